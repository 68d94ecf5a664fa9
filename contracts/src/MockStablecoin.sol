// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title MockStablecoin
/// @notice A USDC-like stablecoin for tests and the embedded dev chain: 6
/// decimals, EIP-2612 permit, minted by its owner (the faucet).
contract MockStablecoin is ERC20, ERC20Permit, Ownable {
    constructor(address owner_) ERC20("Mock USD Coin", "mUSDC") ERC20Permit("Mock USD Coin") Ownable(owner_) {}

    /// @notice USDC has 6 decimals; so does the mock.
    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice Mints `amount` base units to `to`.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
