// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IMorphoOracle} from "../interfaces/IMorphoOracle.sol";
import {MarkPriceFeed} from "../MarkPriceFeed.sol";
import {InstrumentId} from "../InstrumentId.sol";

/// @title MorphoMarkOracle
/// @notice The price of one reservation's wrapped GPU-hour (WrappedGPUHour,
/// 18 decimals) in a loan token, in the form Morpho Blue's IOracle expects
/// (scaled by 1e36), from the reservation's MarkPriceFeed (8 decimals, USD
/// per GPU-hour; the loan token is taken as one USD). docs/defi.md gives
/// the rule and a worked market.
///
///     t < close - RAMP          mark x SCALE (reverts StalePrice when the
///                               round is older than MAX_AGE, if MAX_AGE > 0)
///     close - RAMP <= t < close mark x SCALE x (close - t) / RAMP
///     close <= t                0, never reverts
///
/// where close is the feed's last trading time and SCALE =
/// 10^(36 + loanDecimals - 18 - 8). From the close an unredeemed GPU-hour
/// can no longer trade or be redeemed, so it is worth nothing: every loan
/// against it becomes liquidatable and, once the collateral is seized,
/// Morpho books what is left as bad debt. The ramp before it is the
/// market's maturity haircut: borrowers must repay or be liquidated while
/// the tokens still trade and can be redeemed. Immutable, no admin.
contract MorphoMarkOracle is IMorphoOracle {
    /// @notice Decimals of the wrapped GPU-hour (WrappedGPUHour).
    uint8 public constant COLLATERAL_DECIMALS = 18;

    /// @notice The reservation's mark-price feed.
    MarkPriceFeed public immutable FEED;
    /// @notice 10^(36 + loanDecimals - COLLATERAL_DECIMALS - feed decimals).
    uint256 public immutable SCALE;
    /// @notice A round older than this (seconds) makes {price} revert
    /// before the ramp starts; 0 turns the check off.
    uint256 public immutable MAX_AGE;
    /// @notice Seconds before the last trading time over which the price
    /// falls linearly to 0.
    uint256 public immutable RAMP;
    /// @notice The feed's last trading time (Unix seconds).
    uint256 public immutable CLOSE;

    error ZeroAddress();
    error NotReservation(uint256 id);
    error BadDecimals(uint8 loanDecimals);
    error BadRamp(uint256 ramp);
    error StalePrice(uint256 updatedAt, uint256 maxAge);

    /// @param feed a reservation's MarkPriceFeed; @param loanDecimals the
    /// loan token's decimals (6 for USDC, at most 36 - 18 - 8 + 36);
    /// @param maxAge the staleness bound in seconds (0: none); @param ramp
    /// the maturity ramp in seconds (0: the price drops to 0 at the close
    /// at once; at most the time from the window's listing to its close).
    constructor(MarkPriceFeed feed, uint8 loanDecimals, uint256 maxAge, uint256 ramp) {
        if (address(feed) == address(0)) revert ZeroAddress();
        uint256 id = feed.INSTRUMENT();
        if (InstrumentId.kind(id) != InstrumentId.KIND_RESERVATION) revert NotReservation(id);
        uint8 feedDecimals = feed.decimals();
        if (uint256(loanDecimals) + 36 < uint256(COLLATERAL_DECIMALS) + feedDecimals || loanDecimals > 36) {
            revert BadDecimals(loanDecimals);
        }
        uint256 close = feed.lastTradingTime();
        if (ramp > close) revert BadRamp(ramp);
        FEED = feed;
        SCALE = 10 ** (36 + uint256(loanDecimals) - COLLATERAL_DECIMALS - feedDecimals);
        MAX_AGE = maxAge;
        RAMP = ramp;
        CLOSE = close;
    }

    /// @inheritdoc IMorphoOracle
    function price() external view returns (uint256) {
        if (block.timestamp >= CLOSE) return 0;
        (, int256 answer,, uint256 updatedAt,) = FEED.latestRoundData();
        uint256 rampStart = CLOSE - RAMP;
        if (block.timestamp < rampStart && MAX_AGE != 0 && block.timestamp - updatedAt > MAX_AGE) {
            revert StalePrice(updatedAt, MAX_AGE);
        }
        // answer > 0: the feed refuses other answers.
        uint256 p = uint256(answer) * SCALE;
        if (block.timestamp >= rampStart && RAMP != 0) p = (p * (CLOSE - block.timestamp)) / RAMP;
        return p;
    }
}
