// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

// Test-only: a stablecoin the Exchange must refuse (contracts/tests); not part of the deployed system.

/// @title FeeOnTransferCoin
/// @notice An ERC-20 that burns `feeBps` basis points of every transfer
/// between two accounts (mints are free), as some stablecoins can be set
/// to: the receiver gets less than the amount sent.
contract FeeOnTransferCoin is ERC20 {
    uint256 public immutable FEE_BPS;

    constructor(uint256 feeBps) ERC20("Fee USD", "fUSD") {
        FEE_BPS = feeBps;
    }

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice Mints `amount` to `to` (anyone may: a test coin).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0) || to == address(0)) {
            super._update(from, to, value);
            return;
        }
        uint256 fee = (value * FEE_BPS) / 10_000;
        super._update(from, address(0), fee);
        super._update(from, to, value - fee);
    }
}
