// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC1155} from "@openzeppelin/contracts/token/ERC1155/ERC1155.sol";
import {IERC1155Receiver} from "@openzeppelin/contracts/token/ERC1155/IERC1155Receiver.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

// Test-only contracts that attack the Exchange (contracts/tests/exchange_*_test.go).
// Not part of the deployed system.

interface IExchangeForAttack {
    function executeWithdrawal(address account, uint256 asset) external;
    function cancelWithdrawal(uint256 asset) external;
    function requestWithdrawal(uint256 asset, uint256 amount) external;
    function depositToken(uint256 id, uint256 amount) external;
}

/// @title TestWallet1271
/// @notice An EIP-1271 smart wallet keyed by an owner EOA, whose answer the
/// test chooses (mode):
///  0 Owner: valid iff the 65-byte signature recovers to the owner;
///  1 Reject: never valid;
///  2 AcceptAll: the magic value for every digest and signature;
///  3 BurnGas: spins until the call runs out of gas;
///  4 FirstCallInTx: as Owner, but only on the first call of a transaction
///    (it times a read of its own `probe` slot: cold on the first access of
///    a transaction, warm afterwards), so it answers differently between two
///    calls inside one static context.
contract TestWallet1271 {
    bytes4 internal constant MAGIC = 0x1626ba7e;

    address public immutable owner;
    address public immutable controller;
    uint8 public mode;
    uint256 private probe = 1;

    error NotController();

    constructor(address owner_, uint8 mode_) {
        owner = owner_;
        controller = msg.sender;
        mode = mode_;
    }

    function setMode(uint8 mode_) external {
        if (msg.sender != controller) revert NotController();
        mode = mode_;
    }

    function isValidSignature(bytes32 digest, bytes calldata signature) external view returns (bytes4) {
        uint8 m = mode;
        if (m == 1) return 0xffffffff;
        if (m == 2) return MAGIC;
        if (m == 3) {
            uint256 x;
            while (true) {
                x = uint256(keccak256(abi.encode(x)));
            }
        }
        if (m == 4) {
            uint256 used;
            assembly ("memory-safe") {
                let g := gas()
                let v := sload(probe.slot)
                used := sub(g, gas())
                if eq(v, 0xdead) { used := 0 } // keeps the read (probe is 1)
            }
            if (used < 1000) return 0xffffffff; // warm: not the first call
        }
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, signature);
        if (err == ECDSA.RecoverError.NoError && signer == owner) return MAGIC;
        return 0xffffffff;
    }
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
    address public immutable controller;
    IExchangeForAttack public immutable exchange;
    uint8 public mode;
    uint256 public asset;
    uint256 public hookCalls;
    bytes public lastRevert;

    error NotController();

    constructor(IExchangeForAttack exchange_) {
        controller = msg.sender;
        exchange = exchange_;
    }

    function setMode(uint8 mode_, uint256 asset_) external {
        if (msg.sender != controller) revert NotController();
        mode = mode_;
        asset = asset_;
    }

    /// @notice Calls `target` with `data` as this contract (the controller
    /// only), bubbling a revert.
    function exec(address target, bytes calldata data) external returns (bytes memory) {
        if (msg.sender != controller) revert NotController();
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
        hookCalls += 1;
        uint8 m = mode;
        if (m == 1) exchange.executeWithdrawal(address(this), asset);
        else if (m == 2) exchange.cancelWithdrawal(asset);
        else if (m == 3) exchange.requestWithdrawal(asset, 1);
        else if (m == 4) exchange.depositToken(asset, value);
        else if (m == 5) {
            try exchange.executeWithdrawal(address(this), asset) {
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

/// @title FakeGPUHourToken
/// @notice An ERC-1155 that anyone can mint: tokens of a contract other
/// than the Exchange's token, which the Exchange must refuse.
contract FakeGPUHourToken is ERC1155 {
    constructor() ERC1155("") {}

    function mint(address to, uint256 id, uint256 amount, bytes calldata data) external {
        _mint(to, id, amount, data);
    }
}
