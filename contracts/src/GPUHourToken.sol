// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC1155} from "@openzeppelin/contracts/token/ERC1155/ERC1155.sol";
import {ERC1155Supply} from "@openzeppelin/contracts/token/ERC1155/extensions/ERC1155Supply.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {InstrumentId} from "./InstrumentId.sol";

/// @title GPUHourToken
/// @notice The GPU-hour reservation token: ERC-1155 with one id per
/// instrument (docs/instruments.md), 1 unit = 1 GPU-hour of the instrument's
/// grade inside its delivery window. Only holders of MINTER_ROLE (the
/// provider vault) mint and burn; nobody else, the admin included, can
/// create or destroy tokens.
///
/// Metadata is on-chain: {uri} returns a base64 `data:` JSON document built
/// from the id itself, decoded by InstrumentId, so it needs no server and
/// cannot disagree with the id.
contract GPUHourToken is ERC1155Supply, AccessControl {
    using Strings for uint256;

    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// @notice {uri} was asked for an id that is not a valid instrument id.
    error InvalidInstrumentId(uint256 id);

    /// @param admin holds DEFAULT_ADMIN_ROLE and grants MINTER_ROLE.
    /// @param uri_ the ERC-1155 base URI; kept for ABI compatibility only,
    /// since {uri} builds every document on-chain and never reads it.
    constructor(address admin, string memory uri_) ERC1155(uri_) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Mints `amount` GPU-hours of instrument `id` to `to`.
    function mint(address to, uint256 id, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, id, amount, "");
    }

    /// @notice Burns `amount` of instrument `id` held by `from`.
    function burn(address from, uint256 id, uint256 amount) external onlyRole(MINTER_ROLE) {
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

    function supportsInterface(bytes4 interfaceId) public view override(ERC1155, AccessControl) returns (bool) {
        return super.supportsInterface(interfaceId);
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
            InstrumentId.endTime(id).toString(),
            "}"
        );
    }
}
