// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title InstrumentId
/// @notice Decodes, validates and encodes Hourglass instrument ids, the
/// bit-packed uint256 token ids of docs/instruments.md (layout version 1).
/// It mirrors the Go package exchange/instrument exactly: same shifts, same
/// masks, same validation rules in the same order. Bit 0 is the least
/// significant bit:
///
///     bits      width  field
///     0..15     16     window length, whole hours (spot: the lease length, 1..168)
///     16..47    32     window start, whole hours since 1970-01-01T00:00Z (0 for spot)
///     48..55    8      market kind (0 reservation, 1 spot)
///     56..63    8      SLA tier (1..3)
///     64..79    16     region (1..7)
///     80..87    8      interconnect (0 PCIe, 1 SXM, 2 NVL)
///     88..103   16     GPU model, PCI device id (0x0001..0xFFFE)
///     104..119  16     reserved, must be zero
///     120..127  8      layout version (1)
///     128..255  128    must be zero
///
/// The getters only extract bits; they do not validate. Use {isValid} or
/// {check} first where the id comes from outside.
library InstrumentId {
    /// @notice Why an id or a set of fields is not a version 1 instrument.
    /// The order is the order of the checks (docs/instruments.md, rules
    /// 1..7), and each reason matches one sentinel error of the Go package:
    /// ErrVersion, ErrReservedBits, ErrGPU, ErrInterconnect, ErrRegion,
    /// ErrTier, ErrKind, ErrWindow.
    enum Reason {
        None,
        Version,
        ReservedBits,
        Gpu,
        Interconnect,
        Region,
        Tier,
        Kind,
        Window
    }

    /// @notice {encode} was given fields that do not form a valid instrument.
    error InvalidInstrumentFields(Reason reason);

    uint8 internal constant VERSION = 1;

    uint8 internal constant KIND_RESERVATION = 0;
    uint8 internal constant KIND_SPOT = 1;
    /// @notice The longest lease a spot instrument may sell (its window
    /// length is its lease length): a week, which bounds a spot fill's gas.
    uint16 internal constant MAX_SPOT_HOURS = 168;

    uint8 internal constant INTERCONNECT_PCIE = 0;
    uint8 internal constant INTERCONNECT_SXM = 1;
    uint8 internal constant INTERCONNECT_NVL = 2;
    uint8 internal constant MAX_INTERCONNECT = 2;

    uint16 internal constant MIN_REGION = 1;
    uint16 internal constant MAX_REGION = 7;

    uint8 internal constant MIN_TIER = 1;
    uint8 internal constant MAX_TIER = 3;

    uint256 internal constant SHIFT_WINDOW_HOURS = 0;
    uint256 internal constant SHIFT_WINDOW_START = 16;
    uint256 internal constant SHIFT_KIND = 48;
    uint256 internal constant SHIFT_TIER = 56;
    uint256 internal constant SHIFT_REGION = 64;
    uint256 internal constant SHIFT_INTERCONNECT = 80;
    uint256 internal constant SHIFT_GPU = 88;
    uint256 internal constant SHIFT_RESERVED = 104;
    uint256 internal constant SHIFT_VERSION = 120;

    /// @notice Bits 0..47: the window fields (start and length).
    uint256 internal constant WINDOW_MASK = (uint256(1) << SHIFT_KIND) - 1;

    uint256 internal constant SECONDS_PER_HOUR = 3600;

    // ---- getters: plain shifts and masks, no validation ----

    function version(uint256 id) internal pure returns (uint8) {
        return uint8(id >> SHIFT_VERSION);
    }

    /// @notice Bits 104..119, zero in every valid id.
    function reserved(uint256 id) internal pure returns (uint16) {
        return uint16(id >> SHIFT_RESERVED);
    }

    /// @notice The GPU model's PCI device id (vendor 0x10DE implied).
    function gpu(uint256 id) internal pure returns (uint16) {
        return uint16(id >> SHIFT_GPU);
    }

    function interconnect(uint256 id) internal pure returns (uint8) {
        return uint8(id >> SHIFT_INTERCONNECT);
    }

    function region(uint256 id) internal pure returns (uint16) {
        return uint16(id >> SHIFT_REGION);
    }

    function tier(uint256 id) internal pure returns (uint8) {
        return uint8(id >> SHIFT_TIER);
    }

    function kind(uint256 id) internal pure returns (uint8) {
        return uint8(id >> SHIFT_KIND);
    }

    /// @notice Window start in whole hours since the Unix epoch (0 for spot).
    function windowStart(uint256 id) internal pure returns (uint32) {
        return uint32(id >> SHIFT_WINDOW_START);
    }

    /// @notice Window length in hours (spot: the lease length of its fills).
    function windowHours(uint256 id) internal pure returns (uint16) {
        return uint16(id >> SHIFT_WINDOW_HOURS);
    }

    /// @notice Window end, exclusive, in whole hours since the Unix epoch:
    /// windowStart + windowHours, in uint256 so it cannot overflow. A spot
    /// id has no window: this is then its lease length.
    function windowEnd(uint256 id) internal pure returns (uint256) {
        return uint256(windowStart(id)) + windowHours(id);
    }

    /// @notice Window start in Unix seconds (0 for spot).
    function startTime(uint256 id) internal pure returns (uint256) {
        return uint256(windowStart(id)) * SECONDS_PER_HOUR;
    }

    /// @notice Window end, exclusive, in Unix seconds (spot: its lease
    /// length in seconds; a spot id has no window).
    function endTime(uint256 id) internal pure returns (uint256) {
        return windowEnd(id) * SECONDS_PER_HOUR;
    }

    /// @notice The grade of an instrument: the id with the window fields
    /// (bits 0..47) zeroed, which keeps version, GPU, interconnect, region,
    /// tier and kind. All reservation windows of one grade share the key;
    /// all spot markets of a grade (one per lease length) share another.
    function gradeKey(uint256 id) internal pure returns (uint256) {
        return id & ~WINDOW_MASK;
    }

    /// @notice The reservation grade of an instrument: the id with the
    /// window fields and the kind byte (bits 0..55) zeroed. A spot id and
    /// every reservation window of the same GPU, interconnect, region and
    /// tier share it: the vault's capacity, collateral rate and per-hour
    /// lease ledger, and the oracle's penalty, are kept per reservation grade.
    function reservationGrade(uint256 id) internal pure returns (uint256) {
        return id & ~(WINDOW_MASK | (uint256(0xff) << SHIFT_KIND));
    }

    // ---- validation ----

    /// @notice Applies rules 1..7 of docs/instruments.md in order and
    /// returns the first one the id breaks, or Reason.None.
    function check(uint256 id) internal pure returns (Reason) {
        // The version comes first: a later version may give the other bits
        // another meaning.
        if (version(id) != VERSION) return Reason.Version;
        if (id >> 128 != 0 || reserved(id) != 0) return Reason.ReservedBits;
        return checkFields(gpu(id), interconnect(id), region(id), tier(id), kind(id), windowStart(id), windowHours(id));
    }

    /// @notice True when `id` is a valid version 1 instrument id (reservation
    /// or spot): exactly the ids that the Go package's Decode accepts.
    function isValid(uint256 id) internal pure returns (bool) {
        return check(id) == Reason.None;
    }

    /// @notice True when `key` is the grade key of a valid reservation
    /// instrument: window bits zero, and the same key with any window length
    /// of at least one hour is a valid reservation id.
    function isReservationGrade(uint256 key) internal pure returns (bool) {
        return key & WINDOW_MASK == 0 && kind(key) == KIND_RESERVATION && isValid(key | 1);
    }

    /// @notice Field rules 3..7 (the Go package's Validate after the version).
    function checkFields(
        uint16 gpu_,
        uint8 interconnect_,
        uint16 region_,
        uint8 tier_,
        uint8 kind_,
        uint32 windowStart_,
        uint16 windowHours_
    ) internal pure returns (Reason) {
        if (gpu_ == 0 || gpu_ == type(uint16).max) return Reason.Gpu;
        if (interconnect_ > MAX_INTERCONNECT) return Reason.Interconnect;
        if (region_ < MIN_REGION || region_ > MAX_REGION) return Reason.Region;
        if (tier_ < MIN_TIER || tier_ > MAX_TIER) return Reason.Tier;
        if (kind_ == KIND_RESERVATION) {
            if (windowHours_ == 0) return Reason.Window;
        } else if (kind_ == KIND_SPOT) {
            if (windowStart_ != 0 || windowHours_ == 0 || windowHours_ > MAX_SPOT_HOURS) return Reason.Window;
        } else {
            return Reason.Kind;
        }
        return Reason.None;
    }

    // ---- encoding ----

    /// @notice Packs a version 1 instrument. Reverts with
    /// InvalidInstrumentFields when the fields break a rule, so every id it
    /// returns is valid and decodes to the same fields.
    function encode(
        uint16 gpu_,
        uint8 interconnect_,
        uint16 region_,
        uint8 tier_,
        uint8 kind_,
        uint32 windowStart_,
        uint16 windowHours_
    ) internal pure returns (uint256) {
        Reason r = checkFields(gpu_, interconnect_, region_, tier_, kind_, windowStart_, windowHours_);
        if (r != Reason.None) revert InvalidInstrumentFields(r);
        return (uint256(VERSION) << SHIFT_VERSION) | (uint256(gpu_) << SHIFT_GPU)
            | (uint256(interconnect_) << SHIFT_INTERCONNECT) | (uint256(region_) << SHIFT_REGION)
            | (uint256(tier_) << SHIFT_TIER) | (uint256(kind_) << SHIFT_KIND)
            | (uint256(windowStart_) << SHIFT_WINDOW_START) | (uint256(windowHours_) << SHIFT_WINDOW_HOURS);
    }
}
