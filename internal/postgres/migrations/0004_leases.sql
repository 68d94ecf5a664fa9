-- The redeemer's leases (redeemer/service.Store): one row per lease, the
-- record whole as the service keeps it (its terms, lifecycle history, the
-- holder's accepted job spec and signature, its on-chain transitions and
-- relay state), plus a few columns copied out of it for operators' queries.
-- The record is json, not jsonb: it is read back byte for byte and an
-- agent's free-text detail may hold characters jsonb refuses.
CREATE TABLE redeemer_leases (
    lease_id   text PRIMARY KEY,
    state      text NOT NULL,         -- the lease's state as the service applied it
    holder     bytea NOT NULL,        -- 20-byte addresses
    provider   bytea NOT NULL,
    node       bytea,                 -- the agent's node key, once dispatched
    confirmed  boolean NOT NULL,      -- its LeaseAssigned log is final
    has_spec   boolean NOT NULL,      -- the holder's job spec was accepted
    record     json NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX redeemer_leases_provider ON redeemer_leases (provider, state);
CREATE INDEX redeemer_leases_holder ON redeemer_leases (holder, state);

-- The chain watcher's checkpoint: one row, written in the same transaction
-- as the leases of the batch it follows.
CREATE TABLE redeemer_checkpoint (
    singleton          boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    confirmed_number   bigint NOT NULL CHECK (confirmed_number >= 0),
    confirmed_hash     bytea NOT NULL,
    unconfirmed        json NOT NULL,  -- [{"Number":n,"Hash":"0x.."}], oldest first
    updated_at         timestamptz NOT NULL DEFAULT now()
);
