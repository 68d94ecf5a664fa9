// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {InstrumentId} from "../InstrumentId.sol";
import {InstrumentSymbol} from "../defi/InstrumentSymbol.sol";

/// @title InstrumentIdHarness
/// @notice Test-only wrapper that exposes the internal InstrumentId library
/// to off-chain callers, so the Go tests can check it against the Go package
/// exchange/instrument. The batch functions answer many ids in one eth_call.
/// Not part of the deployed system.
contract InstrumentIdHarness {
    /// @notice Every getter of one id, plus the validation result.
    struct Decoded {
        uint256 windowEnd;
        uint256 startTime;
        uint256 endTime;
        uint256 gradeKey;
        uint8 version;
        uint16 reserved;
        uint16 gpu;
        uint8 interconnect;
        uint16 region;
        uint8 tier;
        uint8 kind;
        uint32 windowStart;
        uint16 windowHours;
        bool valid;
        uint8 reason;
        bool reservationGrade;
    }

    /// @notice The arguments of InstrumentId.encode.
    struct Fields {
        uint16 gpu;
        uint8 interconnect;
        uint16 region;
        uint8 tier;
        uint8 kind;
        uint32 windowStart;
        uint16 windowHours;
    }

    /// @notice The outcome of one encode: the id, or the revert data.
    struct Encoded {
        bool ok;
        uint256 id;
        bytes revertData;
    }

    function decode(uint256 id) public pure returns (Decoded memory d) {
        d.version = InstrumentId.version(id);
        d.reserved = InstrumentId.reserved(id);
        d.gpu = InstrumentId.gpu(id);
        d.interconnect = InstrumentId.interconnect(id);
        d.region = InstrumentId.region(id);
        d.tier = InstrumentId.tier(id);
        d.kind = InstrumentId.kind(id);
        d.windowStart = InstrumentId.windowStart(id);
        d.windowHours = InstrumentId.windowHours(id);
        d.windowEnd = InstrumentId.windowEnd(id);
        d.startTime = InstrumentId.startTime(id);
        d.endTime = InstrumentId.endTime(id);
        d.gradeKey = InstrumentId.gradeKey(id);
        d.valid = InstrumentId.isValid(id);
        d.reason = uint8(InstrumentId.check(id));
        d.reservationGrade = InstrumentId.isReservationGrade(id);
    }

    function decodeBatch(uint256[] calldata ids) external pure returns (Decoded[] memory out) {
        out = new Decoded[](ids.length);
        for (uint256 i = 0; i < ids.length; ++i) {
            out[i] = decode(ids[i]);
        }
    }

    /// @notice InstrumentSymbol.symbol of each (valid) id.
    function symbols(uint256[] calldata ids) external pure returns (string[] memory out) {
        out = new string[](ids.length);
        for (uint256 i = 0; i < ids.length; ++i) {
            out[i] = InstrumentSymbol.symbol(ids[i]);
        }
    }

    function isValid(uint256 id) external pure returns (bool) {
        return InstrumentId.isValid(id);
    }

    function gradeKey(uint256 id) external pure returns (uint256) {
        return InstrumentId.gradeKey(id);
    }

    function reservationGrade(uint256 id) external pure returns (uint256) {
        return InstrumentId.reservationGrade(id);
    }

    /// @notice InstrumentId.encode; reverts with InvalidInstrumentFields.
    function encode(Fields calldata f) public pure returns (uint256) {
        return InstrumentId.encode(f.gpu, f.interconnect, f.region, f.tier, f.kind, f.windowStart, f.windowHours);
    }

    /// @notice Encodes each set of fields, catching reverts.
    function encodeBatch(Fields[] calldata fs) external view returns (Encoded[] memory out) {
        out = new Encoded[](fs.length);
        for (uint256 i = 0; i < fs.length; ++i) {
            try this.encode(fs[i]) returns (uint256 id) {
                out[i] = Encoded(true, id, "");
            } catch (bytes memory data) {
                out[i] = Encoded(false, 0, data);
            }
        }
    }
}
