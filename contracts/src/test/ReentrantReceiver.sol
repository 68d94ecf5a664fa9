// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC1155Receiver} from "@openzeppelin/contracts/token/ERC1155/IERC1155Receiver.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";

// Test-only: attacks the Exchange in contracts/tests/exchange_*_test.go; not part of the deployed system.

interface IExchangeForAttack {
    function executeWithdrawal(address account, uint256 asset) external;
    function cancelWithdrawal(uint256 asset) external;
    function requestWithdrawal(uint256 asset, uint256 amount) external;
    function depositToken(uint256 id, uint256 amount) external;
}

/// @title ReentrantReceiver
/// @notice An Exchange account that is a contract receiving ERC-1155 tokens;
/// its onERC1155Received hook attacks the Exchange (mode):
///  0 accept;
///  1 re-enter executeWithdrawal(this, asset) and let the revert bubble;
///  2 re-enter cancelWithdrawal(asset), bubbling;
///  3 re-enter requestWithdrawal(asset, 1), bubbling;
///  4 re-enter depositToken(asset, value) (the tokens just received), bubbling;
///  5 re-enter executeWithdrawal in a try, record the revert data, accept;
///  6 burn all gas.
contract ReentrantReceiver is IERC1155Receiver {
    address public immutable CONTROLLER;
    IExchangeForAttack public immutable EXCHANGE;
    uint8 public mode;
    uint256 public asset;
    uint256 public hookCalls;
    bytes public lastRevert;

    error NotController();

    constructor(IExchangeForAttack exchange_) {
        CONTROLLER = msg.sender;
        EXCHANGE = exchange_;
    }

    function setMode(uint8 mode_, uint256 asset_) external {
        if (msg.sender != CONTROLLER) revert NotController();
        mode = mode_;
        asset = asset_;
    }

    /// @notice Calls `target` with `data` as this contract (the controller
    /// only), bubbling a revert.
    function exec(address target, bytes calldata data) external returns (bytes memory) {
        if (msg.sender != CONTROLLER) revert NotController();
        // solhint-disable-next-line avoid-low-level-calls
        (bool ok, bytes memory ret) = target.call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        return ret;
    }

    function onERC1155Received(address, address, uint256, uint256 value, bytes calldata)
        external
        returns (bytes4)
    {
        ++hookCalls;
        uint8 m = mode;
        if (m == 1) EXCHANGE.executeWithdrawal(address(this), asset);
        else if (m == 2) EXCHANGE.cancelWithdrawal(asset);
        else if (m == 3) EXCHANGE.requestWithdrawal(asset, 1);
        else if (m == 4) EXCHANGE.depositToken(asset, value);
        else if (m == 5) {
            try EXCHANGE.executeWithdrawal(address(this), asset) {
                lastRevert = "";
            } catch (bytes memory reason) {
                lastRevert = reason;
            }
        } else if (m == 6) {
            uint256 x;
            while (true) {
                x = uint256(keccak256(abi.encode(x)));
            }
        }
        return this.onERC1155Received.selector;
    }

    function onERC1155BatchReceived(address, address, uint256[] calldata, uint256[] calldata, bytes calldata)
        external
        pure
        returns (bytes4)
    {
        return this.onERC1155BatchReceived.selector;
    }

    function supportsInterface(bytes4 interfaceId) external pure returns (bool) {
        return interfaceId == type(IERC1155Receiver).interfaceId || interfaceId == type(IERC165).interfaceId;
    }
}
