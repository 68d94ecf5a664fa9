// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

// Test-only: a contract holder of GPU-hour tokens for redeemer/service's tests; not part of the deployed system.

/// @title TestHolderWallet
/// @notice A contract wallet (a DAO multisig's stand-in) with one owner EOA:
/// it holds ERC-1155 tokens, makes any call its owner asks (`execute`:
/// approve the vault, redeem) and answers EIP-1271 for the owner's
/// signatures (valid iff the 65-byte signature recovers to the owner).
contract TestHolderWallet {
    bytes4 internal constant MAGIC = 0x1626ba7e;

    address public immutable OWNER;

    error NotOwner();
    error CallFailed(bytes reason);

    constructor(address owner_) {
        OWNER = owner_;
    }

    /// @notice Calls `to` with `data` as the wallet; the owner only.
    function execute(address to, bytes calldata data) external returns (bytes memory) {
        if (msg.sender != OWNER) revert NotOwner();
        // solhint-disable-next-line avoid-low-level-calls
        (bool ok, bytes memory out) = to.call(data);
        if (!ok) revert CallFailed(out);
        return out;
    }

    function isValidSignature(bytes32 digest, bytes calldata signature) external view returns (bytes4) {
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, signature);
        if (err == ECDSA.RecoverError.NoError && signer == OWNER) return MAGIC;
        return 0xffffffff;
    }

    function onERC1155Received(address, address, uint256, uint256, bytes calldata) external pure returns (bytes4) {
        return this.onERC1155Received.selector;
    }

    function onERC1155BatchReceived(address, address, uint256[] calldata, uint256[] calldata, bytes calldata)
        external
        pure
        returns (bytes4)
    {
        return this.onERC1155BatchReceived.selector;
    }
}
