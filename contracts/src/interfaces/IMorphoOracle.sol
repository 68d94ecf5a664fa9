// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IMorphoOracle
/// @notice The oracle interface Morpho Blue markets read (its IOracle):
/// the price of 1 unit of collateral quoted in 1 unit of the loan token,
/// scaled by 1e36, i.e. with 36 + loan decimals - collateral decimals
/// decimals.
interface IMorphoOracle {
    function price() external view returns (uint256);
}
