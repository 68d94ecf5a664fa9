// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC1155} from "@openzeppelin/contracts/token/ERC1155/IERC1155.sol";
import {IERC1155Receiver} from "@openzeppelin/contracts/token/ERC1155/IERC1155Receiver.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";

/// @notice What the wrapper asks its factory: the instrument's symbol.
interface ISymbolSource {
    function symbolOf(uint256 id) external pure returns (string memory);
}

/// @title WrappedGPUHour
/// @notice One reservation token id of the GPUHourToken as an ERC-20, for
/// protocols that take only ERC-20 collateral (docs/defi.md). 18 decimals:
/// one GPU-hour token is 1e18 wrapped units ({UNIT}).
///
/// Wrap: send the GPU-hour tokens of {ID} to this contract with the
/// token's safeTransferFrom (or safeBatchTransferFrom with only {ID}); it
/// mints amount x 1e18 to the sender, or to the address abi-encoded in the
/// transfer's data (32 bytes). Unwrap: {unwrap} burns amount x 1e18 of the
/// caller's units and sends amount tokens to any address. Fractions of a
/// GPU-hour (a liquidation may seize any number of units) stay wrapped:
/// they move as ERC-20 and unwrap once they make a whole token.
///
/// Nobody administers it: no owner, no pause, no upgrade, no expiry. Only a
/// holder moves or burns its units (or its ERC-20 spender). Every unit is
/// backed: tokenBalance x 1e18 == totalSupply always, since tokens come in
/// only through the receiver hooks (which mint) and leave only through
/// {unwrap} (which burns first). Unwrap works forever, also after the
/// window's last trading time, when an unredeemed GPU-hour is worth nothing
/// (it can no longer trade or be redeemed; docs/defi.md, "Expiry").
contract WrappedGPUHour is ERC20, IERC1155Receiver {
    /// @notice Wrapped units per GPU-hour token.
    uint256 public constant UNIT = 1e18;

    /// @notice The GPUHourToken.
    IERC1155 public immutable TOKEN;
    /// @notice The reservation instrument id this wrapper holds.
    uint256 public immutable ID;
    /// @notice The factory that deployed it (it spells the symbol, so that
    /// each wrapper need not carry that code).
    address public immutable FACTORY;

    event Wrapped(address indexed from, address indexed to, uint256 amount);
    event Unwrapped(address indexed from, address indexed to, uint256 amount);

    /// @notice A receiver hook was called by another contract than {TOKEN}.
    error NotToken(address caller);
    /// @notice Tokens of another id were sent.
    error WrongId(uint256 id);
    /// @notice Zero tokens wrapped or unwrapped.
    error ZeroAmount();
    /// @notice The transfer's data is neither empty nor one abi-encoded
    /// non-zero address.
    error BadRecipient(bytes data);
    /// @notice {unwrap} to this wrapper itself.
    error UnwrapToSelf();

    /// @param token the GPUHourToken; @param id a reservation instrument id
    /// (the factory checks it).
    constructor(IERC1155 token, uint256 id) ERC20("", "") {
        TOKEN = token;
        ID = id;
        FACTORY = msg.sender;
    }

    /// @notice "Wrapped " and the instrument's symbol, e.g.
    /// "Wrapped H100SXM-US-T1-2027-01-04+168h".
    function name() public view override returns (string memory) {
        return string.concat("Wrapped ", ISymbolSource(FACTORY).symbolOf(ID));
    }

    /// @notice "w" and the instrument's symbol, e.g.
    /// "wH100SXM-US-T1-2027-01-04+168h".
    function symbol() public view override returns (string memory) {
        return string.concat("w", ISymbolSource(FACTORY).symbolOf(ID));
    }

    /// @notice Burns amount x 1e18 of the caller's units and sends `amount`
    /// GPU-hour tokens of {ID} to `to` (which, if a contract, must accept
    /// ERC-1155). Always available.
    function unwrap(uint256 amount, address to) external {
        if (amount == 0) revert ZeroAmount();
        if (to == address(this)) revert UnwrapToSelf();
        _burn(msg.sender, amount * UNIT);
        emit Unwrapped(msg.sender, to, amount);
        TOKEN.safeTransferFrom(address(this), to, ID, amount, "");
    }

    function onERC1155Received(address, address from, uint256 id, uint256 value, bytes calldata data)
        external
        returns (bytes4)
    {
        if (msg.sender != address(TOKEN)) revert NotToken(msg.sender);
        if (id != ID) revert WrongId(id);
        _wrap(from, value, data);
        return IERC1155Receiver.onERC1155Received.selector;
    }

    /// @notice Accepts a batch whose ids are all {ID} (OpenZeppelin 5.6+
    /// calls this hook for a one-id batch too).
    function onERC1155BatchReceived(
        address,
        address from,
        uint256[] calldata ids,
        uint256[] calldata values,
        bytes calldata data
    ) external returns (bytes4) {
        if (msg.sender != address(TOKEN)) revert NotToken(msg.sender);
        uint256 total;
        for (uint256 i = 0; i < ids.length; ++i) {
            if (ids[i] != ID) revert WrongId(ids[i]);
            total += values[i];
        }
        _wrap(from, total, data);
        return IERC1155Receiver.onERC1155BatchReceived.selector;
    }

    function supportsInterface(bytes4 interfaceId) external pure returns (bool) {
        return interfaceId == type(IERC1155Receiver).interfaceId || interfaceId == type(IERC165).interfaceId;
    }

    function _wrap(address from, uint256 amount, bytes calldata data) private {
        if (amount == 0) revert ZeroAmount();
        address to = from;
        if (data.length != 0) {
            if (data.length != 32) revert BadRecipient(data);
            to = abi.decode(data, (address));
            if (to == address(0)) revert BadRecipient(data);
        }
        _mint(to, amount * UNIT);
        emit Wrapped(from, to, amount);
    }
}
