// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {InstrumentId} from "../InstrumentId.sol";

/// @title InstrumentSymbol
/// @notice The human symbol of an instrument id, spelled exactly as the Go
/// package exchange/instrument's Symbol does (docs/instruments.md):
///
///     H100SXM-US-T1-2027-01-04+168h
///     H100SXM-US-T1-2027-01-04T06+24h
///     H100SXM-US-T1-SPOT+4h
///     H200.NVL-EU-T2-SPOT+1h        (interconnect other than the model's usual one)
///     GPU2342-APAC-T3-2027-03-01+1h (model not in the table)
///
/// The GPU table and region names are the Go package's; a row added there
/// must be added here (TestInstrumentSymbolMatchesGo holds them equal).
/// Only for valid ids: callers check {InstrumentId.isValid} first.
library InstrumentSymbol {
    using Strings for uint256;

    function symbol(uint256 id) internal pure returns (string memory) {
        uint16 gpu = InstrumentId.gpu(id);
        (string memory name, uint8 usual) = _model(gpu);
        string memory s = name;
        uint8 ic = InstrumentId.interconnect(id);
        if (ic != usual) s = string.concat(s, ".", _interconnect(ic));
        s = string.concat(
            s, "-", _region(InstrumentId.region(id)), "-T", uint256(InstrumentId.tier(id)).toString(), "-"
        );
        uint256 hours_ = InstrumentId.windowHours(id);
        if (InstrumentId.kind(id) == InstrumentId.KIND_SPOT) {
            return string.concat(s, "SPOT+", hours_.toString(), "h");
        }
        uint256 start = InstrumentId.windowStart(id);
        (uint256 y, uint256 m, uint256 d) = _civil(start / 24);
        s = string.concat(s, _pad(y, 4), "-", _pad(m, 2), "-", _pad(d, 2));
        if (start % 24 != 0) s = string.concat(s, "T", _pad(start % 24, 2));
        return string.concat(s, "+", hours_.toString(), "h");
    }

    /// @dev The known-model table of exchange/instrument (symbol.go): short
    /// name and usual interconnect; any other model is "GPU" and four
    /// uppercase hex digits, usually PCIe.
    function _model(uint16 gpu) private pure returns (string memory, uint8) {
        if (gpu == 0x20B2) return ("A100SXM", InstrumentId.INTERCONNECT_SXM);
        if (gpu == 0x20B5) return ("A100PCIE", InstrumentId.INTERCONNECT_PCIE);
        if (gpu == 0x2321) return ("H100NVL", InstrumentId.INTERCONNECT_NVL);
        if (gpu == 0x2330) return ("H100SXM", InstrumentId.INTERCONNECT_SXM);
        if (gpu == 0x2331) return ("H100PCIE", InstrumentId.INTERCONNECT_PCIE);
        if (gpu == 0x2335) return ("H200", InstrumentId.INTERCONNECT_SXM);
        if (gpu == 0x233B) return ("H200NVL", InstrumentId.INTERCONNECT_NVL);
        if (gpu == 0x2901) return ("B200", InstrumentId.INTERCONNECT_SXM);
        return (string.concat("GPU", _hex4(gpu)), InstrumentId.INTERCONNECT_PCIE);
    }

    function _interconnect(uint8 ic) private pure returns (string memory) {
        if (ic == InstrumentId.INTERCONNECT_PCIE) return "PCIE";
        if (ic == InstrumentId.INTERCONNECT_SXM) return "SXM";
        return "NVL";
    }

    function _region(uint16 r) private pure returns (string memory) {
        if (r == 1) return "US";
        if (r == 2) return "EU";
        if (r == 3) return "APAC";
        if (r == 4) return "UK";
        if (r == 5) return "CA";
        if (r == 6) return "LATAM";
        return "MEA";
    }

    function _hex4(uint16 v) private pure returns (string memory) {
        bytes memory digits = "0123456789ABCDEF";
        bytes memory b = new bytes(4);
        for (uint256 i = 0; i < 4; ++i) {
            b[3 - i] = digits[(v >> (4 * i)) & 0xf];
        }
        return string(b);
    }

    /// @dev v in decimal, zero-padded to at least `width` digits (Go's %0Nd).
    function _pad(uint256 v, uint256 width) private pure returns (string memory s) {
        s = v.toString();
        while (bytes(s).length < width) s = string.concat("0", s);
    }

    /// @dev The proleptic Gregorian date of a day count since 1970-01-01
    /// (H. Hinnant's civil_from_days, for days >= 0).
    function _civil(uint256 days_) private pure returns (uint256 y, uint256 m, uint256 d) {
        uint256 z = days_ + 719468;
        uint256 era = z / 146097;
        uint256 doe = z - era * 146097;
        uint256 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        uint256 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        uint256 mp = (5 * doy + 2) / 153;
        d = doy - (153 * mp + 2) / 5 + 1;
        m = mp < 10 ? mp + 3 : mp - 9;
        y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    }
}
