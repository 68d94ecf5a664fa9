-- The holders' standing spot specs (redeemer/service.SpotSpecStore): one
-- row per (holder, spot market), the spec, its signature and when it was
-- accepted whole as the service keeps it (json, as redeemer_leases.record:
-- read back byte for byte). Written in the same transaction as the leases
-- that get the spec.
CREATE TABLE redeemer_spot_specs (
    holder     bytea NOT NULL,  -- 20-byte address
    instrument bytea NOT NULL,  -- the spot market's 32-byte id
    record     json NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (holder, instrument)
);
