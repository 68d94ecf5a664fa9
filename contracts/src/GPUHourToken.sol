// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC1155} from "@openzeppelin/contracts/token/ERC1155/ERC1155.sol";
import {ERC1155Supply} from "@openzeppelin/contracts/token/ERC1155/extensions/ERC1155Supply.sol";
import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {InstrumentId} from "./InstrumentId.sol";

/// @title GPUHourToken
/// @notice The GPU-hour reservation token: ERC-1155 with one id per
/// instrument (docs/instruments.md), 1 unit = 1 GPU-hour of the instrument's
/// grade inside its delivery window.
///
/// Nobody administers it. {MINTER} (the provider vault, which mints only
/// against locked collateral) is fixed in the constructor and is the only
/// address that can create tokens; there is no role to grant and no admin to
/// grant it. {burn} destroys only tokens the caller holds or was approved
/// for (ERC-1155 setApprovalForAll), like a transfer: the vault burns a
/// provider's tokens on buy-back with its approval, and tokens held by the
/// Exchange can leave it only through the Exchange's own flows.
///
/// Metadata is on-chain: {uri} returns a base64 `data:` JSON document built
/// from the id itself, decoded by InstrumentId, so it needs no server and
/// cannot disagree with the id.
contract GPUHourToken is ERC1155Supply {
    using Strings for uint256;

    /// @notice The only address that mints: the ProviderVault, which checks
    /// at construction that it is this token's minter.
    address public immutable MINTER;

    /// @notice {uri} was asked for an id that is not a valid instrument id.
    error InvalidInstrumentId(uint256 id);
    /// @notice {mint} was called by `caller`, not by {MINTER}.
    error NotMinter(address caller);
    /// @notice The constructor was given the zero address as minter.
    error ZeroMinter();

    /// @param minter the ProviderVault (deployed right after the token, at
    /// an address the deployer computes from its nonce).
    constructor(address minter) ERC1155("") {
        if (minter == address(0)) revert ZeroMinter();
        MINTER = minter;
    }

    /// @notice Mints `amount` GPU-hours of instrument `id` to `to`. Only
    /// {MINTER} may, and it does so only against locked collateral.
    function mint(address to, uint256 id, uint256 amount) external {
        if (msg.sender != MINTER) revert NotMinter(msg.sender);
        _mint(to, id, amount, "");
    }

    /// @notice Burns `amount` of instrument `id` held by `from`. The caller
    /// must be `from` or approved by it (setApprovalForAll), as for a
    /// transfer; otherwise it reverts with ERC1155MissingApprovalForAll.
    function burn(address from, uint256 id, uint256 amount) external {
        if (from != msg.sender && !isApprovedForAll(from, msg.sender)) {
            revert ERC1155MissingApprovalForAll(msg.sender, from);
        }
        _burn(from, id, amount);
    }

    /// @notice ERC-1155 metadata of instrument `id` as
    /// `data:application/json;base64,<JSON>`, where the JSON is
    ///
    ///     {"name":"Hourglass GPU-hour 0x2330",
    ///      "description":"...",
    ///      "decimals":0,
    ///      "properties":{"instrument_id":"0x<64 hex digits>","layout_version":1,
    ///        "gpu_device_id":"0x2330","interconnect":1,"region":1,"tier":1,"kind":0,
    ///        "window_start":1799020800,"window_hours":168,"window_end":1799625600}}
    ///
    /// window_start and window_end are Unix seconds (0 for a spot id); the
    /// enum codes are those of docs/instruments.md. Reverts with
    /// InvalidInstrumentId for an id that is not a valid instrument id.
    function uri(uint256 id) public pure override returns (string memory) {
        if (!InstrumentId.isValid(id)) revert InvalidInstrumentId(id);
        string memory json = string.concat(
            "{\"name\":\"Hourglass GPU-hour ",
            uint256(InstrumentId.gpu(id)).toHexString(2),
            "\",\"description\":\"",
            _description(id),
            "\",\"decimals\":0,\"properties\":",
            _properties(id),
            "}"
        );
        return string.concat("data:application/json;base64,", Base64.encode(bytes(json)));
    }

    function _description(uint256 id) private pure returns (string memory) {
        if (InstrumentId.kind(id) == InstrumentId.KIND_SPOT) {
            return "Spot market: no tokens exist.";
        }
        return string.concat(
            "1 unit = 1 GPU-hour of the grade",
            " in the ",
            uint256(InstrumentId.windowHours(id)).toString(),
            "-hour window from Unix time ",
            InstrumentId.startTime(id).toString(),
            "."
        );
    }

    function _properties(uint256 id) private pure returns (string memory) {
        string memory grade = string.concat(
            "{\"instrument_id\":\"",
            id.toHexString(32),
            "\",\"layout_version\":",
            uint256(InstrumentId.version(id)).toString(),
            ",\"gpu_device_id\":\"",
            uint256(InstrumentId.gpu(id)).toHexString(2),
            "\",\"interconnect\":",
            uint256(InstrumentId.interconnect(id)).toString(),
            ",\"region\":",
            uint256(InstrumentId.region(id)).toString(),
            ",\"tier\":",
            uint256(InstrumentId.tier(id)).toString(),
            ",\"kind\":",
            uint256(InstrumentId.kind(id)).toString()
        );
        return string.concat(
            grade,
            ",\"window_start\":",
            InstrumentId.startTime(id).toString(),
            ",\"window_hours\":",
            uint256(InstrumentId.windowHours(id)).toString(),
            ",\"window_end\":",
            // A spot id has no window (its window hours are its lease length).
            (InstrumentId.kind(id) == InstrumentId.KIND_SPOT ? 0 : InstrumentId.endTime(id)).toString(),
            "}"
        );
    }
}
