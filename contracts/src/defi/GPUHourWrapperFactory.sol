// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC1155} from "@openzeppelin/contracts/token/ERC1155/IERC1155.sol";
import {Create2} from "@openzeppelin/contracts/utils/Create2.sol";
import {InstrumentId} from "../InstrumentId.sol";
import {InstrumentSymbol} from "./InstrumentSymbol.sol";
import {WrappedGPUHour} from "./WrappedGPUHour.sol";

/// @title GPUHourWrapperFactory
/// @notice Deploys one {WrappedGPUHour} per reservation id of one
/// GPUHourToken, at an address fixed by the id alone: CREATE2 from this
/// factory with salt bytes32(id) over the wrapper's creation code with
/// (token, id) as constructor arguments. {wrapperOf} gives the address
/// before it exists, so a lending market can be configured ahead; a lender
/// allow-lists this factory's addresses (anyone can deploy a wrapper of a
/// fake token from another factory). No admin; anyone may {create}.
contract GPUHourWrapperFactory {
    /// @notice The GPUHourToken whose ids this factory wraps.
    IERC1155 public immutable TOKEN;

    event WrapperCreated(uint256 indexed id, address wrapper);

    error ZeroAddress();
    error InvalidInstrument(uint256 id, InstrumentId.Reason reason);
    /// @notice Spot ids have no tokens to wrap.
    error NotReservation(uint256 id);

    constructor(IERC1155 token) {
        if (address(token) == address(0)) revert ZeroAddress();
        TOKEN = token;
    }

    /// @notice Deploys the wrapper of reservation `id` if it does not exist
    /// yet, and returns its address either way.
    function create(uint256 id) external returns (address wrapper) {
        _check(id);
        wrapper = wrapperOf(id);
        if (wrapper.code.length != 0) return wrapper;
        new WrappedGPUHour{salt: bytes32(id)}(TOKEN, id);
        emit WrapperCreated(id, wrapper);
    }

    /// @notice The address of `id`'s wrapper, deployed or not.
    function wrapperOf(uint256 id) public view returns (address) {
        bytes32 initCodeHash = keccak256(abi.encodePacked(type(WrappedGPUHour).creationCode, abi.encode(TOKEN, id)));
        return Create2.computeAddress(bytes32(id), initCodeHash);
    }

    /// @notice Whether `id`'s wrapper is deployed.
    function created(uint256 id) external view returns (bool) {
        return wrapperOf(id).code.length != 0;
    }

    /// @notice The symbol of valid instrument `id` as exchange/instrument
    /// spells it (InstrumentSymbol); the wrappers' name and symbol.
    function symbolOf(uint256 id) external pure returns (string memory) {
        return InstrumentSymbol.symbol(id);
    }

    function _check(uint256 id) private pure {
        InstrumentId.Reason reason = InstrumentId.check(id);
        if (reason != InstrumentId.Reason.None) revert InvalidInstrument(id, reason);
        if (InstrumentId.kind(id) != InstrumentId.KIND_RESERVATION) revert NotReservation(id);
    }
}
