// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {AggregatorV3Interface} from "./interfaces/AggregatorV3Interface.sol";
import {InstrumentId} from "./InstrumentId.sol";

/// @title MarkPriceFeed
/// @notice The mark price of one instrument as a Chainlink-compatible feed
/// (AggregatorV3Interface, 8 decimals: USD per GPU-hour x 10^8), and, for a
/// reservation, its settlement price: the last mark posted before the last
/// trading time (window start - TRADING_CLOSE_LEAD), frozen on-chain by
/// {settle}. docs/delivery.md, "Mark price and settlement price", gives the
/// rule the operator computes the mark with and its staleness.
///
/// Roles. OPERATOR_ROLE posts marks ({postMark}); DEFAULT_ADMIN_ROLE (the
/// timelock in a deployment) grants and revokes it. Nobody can change a
/// posted round or the settlement price; {settle} needs no role.
contract MarkPriceFeed is AggregatorV3Interface, AccessControl {
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");
    /// @notice The Exchange's and the vault's lead: trading, redemption and
    /// marks stop at window start minus this.
    uint256 public constant TRADING_CLOSE_LEAD = 2 hours;
    uint8 public constant DECIMALS = 8;
    /// @notice The operator's promise (docs/delivery.md): while the market
    /// has a two-sided book or trades, a round at least every HEARTBEAT
    /// seconds, and sooner when the mark moves by DEVIATION_BPS or more
    /// from the latest round. A quiet market gets no rounds: read updatedAt.
    uint256 public constant HEARTBEAT = 60;
    /// @notice See {HEARTBEAT}: 50 basis points, 0.5 %.
    uint256 public constant DEVIATION_BPS = 50;

    struct Round {
        int192 answer;
        uint64 updatedAt;
    }

    /// @notice The instrument id whose mark this feed carries.
    uint256 public immutable INSTRUMENT;

    /// @notice The latest round id; rounds are 1..latestRound.
    uint80 public latestRound;
    /// @notice The round frozen as the settlement price (0 until {settle}).
    uint80 public settlementRound;
    mapping(uint80 roundId => Round) private _rounds;

    // solhint-disable gas-indexed-events
    event MarkPosted(uint80 indexed roundId, int256 answer, uint256 updatedAt);
    event SettlementPriceRecorded(uint256 indexed id, uint80 roundId, int256 answer, uint256 updatedAt);
    // solhint-enable gas-indexed-events

    error ZeroAddress();
    error InvalidInstrument(uint256 id, InstrumentId.Reason reason);
    error NotReservation(uint256 id);
    error NonPositiveAnswer(int256 answer);
    error AnswerTooLarge(int256 answer);
    error TradingClosed(uint256 id, uint256 lastTradingTime);
    error TradingOpen(uint256 id, uint256 lastTradingTime);
    error NoData();
    error NoSuchRound(uint80 roundId);
    error AlreadySettled(uint80 roundId);
    error NotSettled();

    /// @param id a valid instrument id (reservation or spot; only a
    /// reservation has a settlement price).
    constructor(uint256 id, address admin, address operator) {
        if (admin == address(0)) revert ZeroAddress();
        InstrumentId.Reason reason = InstrumentId.check(id);
        if (reason != InstrumentId.Reason.None) revert InvalidInstrument(id, reason);
        INSTRUMENT = id;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (operator != address(0)) _grantRole(OPERATOR_ROLE, operator);
    }

    /// @notice Posts the mark `answer` (USD per GPU-hour x 10^8) as a new
    /// round updated now. Operator only; a reservation's marks stop at its
    /// last trading time.
    function postMark(int256 answer) external onlyRole(OPERATOR_ROLE) {
        if (answer <= 0) revert NonPositiveAnswer(answer);
        if (answer > type(int192).max) revert AnswerTooLarge(answer);
        if (_isReservation()) {
            uint256 closeAt = lastTradingTime();
            if (!(block.timestamp < closeAt)) revert TradingClosed(INSTRUMENT, closeAt);
        }
        uint80 roundId = latestRound + 1;
        latestRound = roundId;
        _rounds[roundId] = Round(int192(answer), uint64(block.timestamp));
        emit MarkPosted(roundId, answer, block.timestamp);
    }

    /// @notice Freezes the latest round as the reservation's settlement
    /// price, once its last trading time has passed (no round can be
    /// posted after it, so the latest round is the last mark before it).
    /// Anyone may call it, once.
    function settle() external returns (uint80 roundId) {
        if (!_isReservation()) revert NotReservation(INSTRUMENT);
        uint256 closeAt = lastTradingTime();
        if (block.timestamp < closeAt) revert TradingOpen(INSTRUMENT, closeAt);
        if (settlementRound != 0) revert AlreadySettled(settlementRound);
        roundId = latestRound;
        if (roundId == 0) revert NoData();
        settlementRound = roundId;
        Round memory r = _rounds[roundId];
        emit SettlementPriceRecorded(INSTRUMENT, roundId, r.answer, r.updatedAt);
    }

    /// @notice The settlement price: the frozen round, its answer and when
    /// the operator posted it (its age at the last trading time is
    /// lastTradingTime() - updatedAt). Reverts NotSettled before {settle}.
    function settlementPrice() external view returns (uint80 roundId, int256 answer, uint256 updatedAt) {
        roundId = settlementRound;
        if (roundId == 0) revert NotSettled();
        Round memory r = _rounds[roundId];
        return (roundId, r.answer, r.updatedAt);
    }

    /// @notice Window start less TRADING_CLOSE_LEAD, Unix seconds (0 for spot).
    function lastTradingTime() public view returns (uint256) {
        uint256 start = InstrumentId.startTime(INSTRUMENT);
        return start > TRADING_CLOSE_LEAD ? start - TRADING_CLOSE_LEAD : 0;
    }

    // ---- AggregatorV3Interface ----

    function decimals() external pure returns (uint8) {
        return DECIMALS;
    }

    function description() external view returns (string memory) {
        return string.concat("Hourglass mark ", Strings.toHexString(INSTRUMENT, 32), " (USD per GPU-hour)");
    }

    function version() external pure returns (uint256) {
        return 1;
    }

    /// @notice Round `roundId`; reverts NoSuchRound for a round not posted.
    /// startedAt equals updatedAt and answeredInRound equals roundId: every
    /// round is one post.
    function getRoundData(uint80 roundId)
        external
        view
        returns (uint80, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
    {
        if (roundId == 0 || roundId > latestRound) revert NoSuchRound(roundId);
        Round memory r = _rounds[roundId];
        return (roundId, r.answer, r.updatedAt, r.updatedAt, roundId);
    }

    /// @notice The latest round; reverts NoData before the first post.
    function latestRoundData()
        external
        view
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
    {
        roundId = latestRound;
        if (roundId == 0) revert NoData();
        Round memory r = _rounds[roundId];
        return (roundId, r.answer, r.updatedAt, r.updatedAt, roundId);
    }

    /// @notice The latest answer, as Chainlink's AggregatorInterface (Aave
    /// reads it); reverts NoData before the first round. After the last
    /// trading time it is the settlement price, forever.
    function latestAnswer() external view returns (int256) {
        uint80 roundId = latestRound;
        if (roundId == 0) revert NoData();
        return _rounds[roundId].answer;
    }

    /// @notice When the latest round was posted (block time); reverts
    /// NoData before the first round.
    function latestTimestamp() external view returns (uint256) {
        uint80 roundId = latestRound;
        if (roundId == 0) revert NoData();
        return _rounds[roundId].updatedAt;
    }

    function _isReservation() private view returns (bool) {
        return InstrumentId.kind(INSTRUMENT) == InstrumentId.KIND_RESERVATION;
    }
}
