// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

// Test-only: attacks the Exchange in contracts/tests/exchange_*_test.go; not part of the deployed system.

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
///    calls inside one static context;
///  5 FirstCallThenBurn: as Owner on the first call of a transaction, and
///    spins until the call runs out of gas on every later call (the
///    adversary of a per-fill re-check).
contract TestWallet1271 {
    bytes4 internal constant MAGIC = 0x1626ba7e;

    address public immutable OWNER;
    address public immutable CONTROLLER;
    uint8 public mode;
    uint256 private probe = 1;

    error NotController();

    constructor(address owner_, uint8 mode_) {
        OWNER = owner_;
        CONTROLLER = msg.sender;
        mode = mode_;
    }

    function setMode(uint8 mode_) external {
        if (msg.sender != CONTROLLER) revert NotController();
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
        if (m == 4 || m == 5) {
            uint256 used;
            assembly ("memory-safe") {
                let g := gas()
                let v := sload(probe.slot)
                used := sub(g, gas())
                if eq(v, 0xdead) { used := 0 } // keeps the read (probe is 1)
            }
            if (used < 1000) {
                // warm: not the first call
                if (m == 4) return 0xffffffff;
                uint256 y;
                while (true) {
                    y = uint256(keccak256(abi.encode(y)));
                }
            }
        }
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, signature);
        if (err == ECDSA.RecoverError.NoError && signer == OWNER) return MAGIC;
        return 0xffffffff;
    }
}
