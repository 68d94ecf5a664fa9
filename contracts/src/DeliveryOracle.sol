// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {InstrumentId} from "./InstrumentId.sol";
import {MarkPriceFeed} from "./MarkPriceFeed.sol";
import {ProviderVault} from "./ProviderVault.sol";

/// @title DeliveryOracle
/// @notice The delivery oracle's on-chain half (docs/oracle.md, "On-chain
/// reports and settlement"): a registry of reporter keys with a threshold
/// k, per-epoch Merkle roots that k of them signed (EIP-712), a challenge
/// window in which a guardian may void a wrong root, and the settlement of
/// each lease from a Merkle proof of its cumulative figures against a
/// final root: delivered GPU-hours free the provider's collateral,
/// undelivered ones pay the holder the settlement price plus the grade's
/// penalty from it, never more than the lease's collateral.
///
/// An epoch e is the hour [e x 3600, (e+1) x 3600) (hours since the Unix
/// epoch, like a lease's startHour). A report's leaves are OpenZeppelin
/// StandardMerkleTree leaves of (uint256 leaseId, uint256 delivered,
/// uint256 undelivered, uint256 reasons): the lease's cumulative delivered
/// and undelivered GPU-hours (gpus x hours) up to the end of the epoch and a
/// bitmap of the close-reason codes (ProviderVault.CloseReason) that
/// explain undelivered hours.
///
/// Roles. DEFAULT_ADMIN_ROLE (the timelock in a deployment) sets the
/// reporters and the threshold, the challenge window, the penalties, the
/// instruments' feeds, and grants GUARDIAN_ROLE, which voids reports in
/// their challenge window. Posting a report needs k reporters' signatures,
/// not a role; settling a lease needs nothing but a valid proof.
///
/// Settlement is a function of the lease's cumulative figures (D, U) only,
/// with its collateral C (its share of the provider's position, detached
/// at its first settlement), its L = gpus x hours GPU-hours and its rate q
/// (settlement price + penalty per GPU-hour, fixed at its first
/// settlement): the holder has been paid min(C, U x q) in all, the
/// provider freed min(D x C / L, C - min(C, (L - D) x q)), and, once
/// D + U = L, C less what the holder got. Each settlement pays the
/// difference from the last settled figures, so every hour is paid once
/// whatever order proofs arrive in.
///
/// Spot leases (docs/contracts.md, "Spot fills"). The Exchange
/// (EXCHANGE_ROLE) opens a lease for each spot fill it settles
/// ({openSpot}) and sends the buyer's payment, price x GPU-hours, here at
/// the end of the same batch: the escrow ({escrowHeld}). Settling a spot
/// lease pays the provider the price of each delivered hour from escrow
/// and refunds the holder the price of each undelivered one, plus the
/// reservation grade's penalty from the collateral (q = the penalty only:
/// no feed); after a holder's stop, the hours from the stop on go back to
/// the holder, without penalty.
contract DeliveryOracle is AccessControl {
    using SafeCast for uint256;
    using SafeERC20 for IERC20;

    /// @notice May void a report inside its challenge window.
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    /// @notice The Exchange: opens spot leases for its spot fills ({openSpot}).
    bytes32 public constant EXCHANGE_ROLE = keccak256("EXCHANGE_ROLE");
    /// @notice EIP-712 type hash of Report(uint64 epoch,bytes32 root).
    bytes32 public constant REPORT_TYPEHASH = keccak256("Report(uint64 epoch,bytes32 root)");
    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 private constant NAME_HASH = keccak256("Hourglass Oracle");
    bytes32 private constant VERSION_HASH = keccak256("1");
    /// @notice The most reporters the registry holds.
    uint256 public constant MAX_REPORTERS = 31;
    /// @notice The longest challenge window the admin may set.
    uint256 public constant MAX_CHALLENGE_WINDOW = 30 days;
    /// @notice Seconds per epoch (one hour).
    uint256 public constant EPOCH_SECONDS = 3600;

    /// @notice A posted root: when it was posted, when it becomes final
    /// (postedAt + the challenge window then in force) and whether a
    /// guardian voided it.
    struct Report {
        bytes32 root;
        uint64 postedAt;
        uint64 finalAt;
        bool voided;
    }

    /// @notice What has been settled of a lease: its cumulative figures as
    /// last settled, its rate q (stablecoin base units per undelivered
    /// GPU-hour) and collateral C, fixed at its first settlement.
    struct Settlement {
        uint64 delivered;
        uint64 undelivered;
        uint128 rate;
        uint128 collateral;
        bool opened;
    }

    /// @notice The vault whose leases this oracle settles (it needs the
    /// vault's SETTLER_ROLE).
    ProviderVault public immutable VAULT;
    /// @notice A feed answer (8 decimals) divided by this is stablecoin
    /// base units: 10^(8 - the stablecoin's decimals).
    uint256 public immutable PRICE_DIVISOR;
    /// @notice The vault's stablecoin: spot escrow is held in it.
    IERC20 public immutable STABLECOIN;
    uint256 private immutable CACHED_CHAIN_ID;
    address private immutable CACHED_THIS;
    bytes32 private immutable CACHED_DOMAIN_SEPARATOR;

    /// @notice Signatures postReport needs.
    uint256 public threshold;
    /// @notice Whether `reporter` is a registered reporter key.
    mapping(address reporter => bool) public isReporter;
    address[] private _reporters;
    /// @notice Seconds a report waits before it is final.
    uint64 public challengeWindow;
    /// @notice The latest epoch reported (0: none); a new report's epoch
    /// must be later, unless it re-posts a voided one.
    uint64 public latestEpoch;
    mapping(uint64 epoch => Report) private _reports;
    mapping(uint256 leaseId => Settlement) private _settlements;
    /// @notice Penalty per undelivered GPU-hour of a reservation grade,
    /// stablecoin base units, on top of the settlement price.
    mapping(uint256 gradeKey => uint256) public penaltyPerGpuHour;
    /// @notice The MarkPriceFeed of each instrument (its settlement price).
    mapping(uint256 id => MarkPriceFeed) public feedOf;
    /// @notice The price of a spot lease, stablecoin base units per
    /// GPU-hour (its fill's price); 0 for a reservation lease.
    mapping(uint256 leaseId => uint256) public spotPrice;
    /// @notice Stablecoin this contract holds for spot leases: what spot
    /// fills paid in, less what settlements paid out.
    uint256 public escrowHeld;

    // solhint-disable gas-indexed-events
    event ReportersSet(address[] reporters, uint256 threshold);
    event ChallengeWindowSet(uint256 challengeWindow);
    event PenaltySet(uint256 indexed gradeKey, uint256 penaltyPerGpuHour);
    event FeedSet(uint256 indexed id, address feed);
    event ReportPosted(uint64 indexed epoch, bytes32 root, uint256 signers, uint256 finalAt);
    event ReportVoided(uint64 indexed epoch, bytes32 root, address by);
    /// @notice Lease `leaseId` settled to cumulative `delivered` and
    /// `undelivered` GPU-hours (epoch `epoch`'s report): `released` of the
    /// provider's collateral freed and `paid` to the holder by this call.
    event LeaseSettled(
        uint256 indexed leaseId,
        uint64 indexed epoch,
        uint256 delivered,
        uint256 undelivered,
        uint256 reasons,
        uint256 released,
        uint256 paid
    );
    /// @notice The Exchange opened spot lease `leaseId`: `gpus` GPUs of spot
    /// instrument `id` from `provider` for `holder` at `price` per GPU-hour,
    /// gpus x hours x price now in escrow.
    event SpotLeaseOpened(
        uint256 indexed leaseId, address indexed holder, address indexed provider, uint256 id, uint256 gpus, uint256 price
    );
    /// @notice A settlement of spot lease `leaseId` paid `toProvider` (the
    /// price of newly delivered hours) and `toHolder` (the price of newly
    /// undelivered or refunded hours) out of escrow.
    event SpotEscrowReleased(uint256 indexed leaseId, uint256 toProvider, uint256 toHolder);
    // solhint-enable gas-indexed-events

    error ZeroAddress();
    error BadReporters(uint256 reporters, uint256 threshold);
    error DuplicateReporter(address reporter);
    error WindowTooLong(uint256 challengeWindow);
    error InvalidGrade(uint256 gradeKey);
    error FeedMismatch(uint256 id, address feed, uint256 feedInstrument);
    error ZeroRoot();
    error EpochNotOver(uint64 epoch, uint256 endTime);
    error EpochNotIncreasing(uint64 epoch, uint64 latestEpoch);
    error ReportExists(uint64 epoch, bytes32 root);
    error NoReporters();
    error TooFewSignatures(uint256 signatures, uint256 threshold);
    error InvalidSignature(uint256 index);
    error SignerNotAscending(uint256 index, address signer);
    error NotReporter(uint256 index, address signer);
    error NoReport(uint64 epoch);
    error ReportIsVoided(uint64 epoch);
    error ReportFinal(uint64 epoch, uint256 finalAt);
    error ReportNotFinal(uint64 epoch, uint256 finalAt);
    error InvalidProof(uint256 leaseId, uint64 epoch);
    error UnknownLease(uint256 leaseId);
    error FiguresExceedLease(uint256 leaseId, uint256 delivered, uint256 undelivered, uint256 gpuHours);
    error FiguresDecreased(uint256 leaseId, uint256 delivered, uint256 undelivered);
    error NothingToSettle(uint256 leaseId);
    error FeedNotSet(uint256 id);
    error BadSpotSize(uint256 id, uint256 gpuHours);

    /// @param vault the ProviderVault (its stablecoin has at most 8 decimals).
    /// @param admin gets DEFAULT_ADMIN_ROLE (the timelock in a deployment).
    /// @param guardian gets GUARDIAN_ROLE (none when zero).
    /// @param reporters_ the first reporter set (may be empty, with threshold 0).
    constructor(
        ProviderVault vault,
        address admin,
        address guardian,
        address[] memory reporters_,
        uint256 threshold_,
        uint64 challengeWindow_
    ) {
        if (address(vault) == address(0) || admin == address(0)) revert ZeroAddress();
        CACHED_CHAIN_ID = block.chainid;
        CACHED_THIS = address(this);
        CACHED_DOMAIN_SEPARATOR = _buildDomainSeparator();
        VAULT = vault;
        STABLECOIN = vault.STABLECOIN();
        PRICE_DIVISOR = 10 ** (8 - uint256(IERC20Metadata(address(STABLECOIN)).decimals()));
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (guardian != address(0)) _grantRole(GUARDIAN_ROLE, guardian);
        _setReporters(reporters_, threshold_);
        _setChallengeWindow(challengeWindow_);
    }

    // ---- admin (the timelock) ----

    /// @notice Replaces the reporter set and the threshold: at most
    /// MAX_REPORTERS distinct non-zero keys and a majority threshold
    /// (n/2 < k <= n), or no reporters and threshold 0 (no reports).
    /// Reports already posted stand.
    function setReporters(address[] calldata reporters_, uint256 threshold_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setReporters(reporters_, threshold_);
    }

    /// @notice Sets the challenge window of reports posted from now on.
    function setChallengeWindow(uint64 challengeWindow_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setChallengeWindow(challengeWindow_);
    }

    /// @notice Sets a reservation grade's penalty per undelivered GPU-hour
    /// (stablecoin base units); a lease keeps the rate of its first settlement.
    function setPenalty(uint256 gradeKey, uint256 penalty) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (!InstrumentId.isReservationGrade(gradeKey)) revert InvalidGrade(gradeKey);
        penaltyPerGpuHour[gradeKey] = penalty;
        emit PenaltySet(gradeKey, penalty);
    }

    /// @notice Names the MarkPriceFeed of instrument `id` (its INSTRUMENT
    /// must be `id`); the settlement price of undelivered hours comes from it.
    function setFeed(uint256 id, MarkPriceFeed feed) external onlyRole(DEFAULT_ADMIN_ROLE) {
        uint256 feedId = feed.INSTRUMENT();
        if (feedId != id) revert FeedMismatch(id, address(feed), feedId);
        feedOf[id] = feed;
        emit FeedSet(id, address(feed));
    }

    // ---- reports ----

    /// @notice Posts the root of epoch `epoch` signed by at least
    /// `threshold` registered reporters: `signatures` are 65-byte ECDSA
    /// signatures of the EIP-712 digest of Report(epoch, root)
    /// ({reportDigest}), ordered by signer address, strictly ascending (so
    /// each signer counts once). The epoch must be over and later than
    /// {latestEpoch}, unless it re-posts a voided epoch. Anyone may send it.
    function postReport(uint64 epoch, bytes32 root, bytes[] calldata signatures) external {
        if (root == bytes32(0)) revert ZeroRoot();
        uint256 end = (uint256(epoch) + 1) * EPOCH_SECONDS;
        if (block.timestamp < end) revert EpochNotOver(epoch, end);
        Report storage r = _reports[epoch];
        if (r.root != bytes32(0) && !r.voided) revert ReportExists(epoch, r.root);
        uint64 latest = latestEpoch;
        if (r.root == bytes32(0)) {
            if (epoch <= latest) revert EpochNotIncreasing(epoch, latest);
            latestEpoch = epoch;
        }
        uint256 k = threshold;
        if (k == 0) revert NoReporters();
        if (signatures.length < k) revert TooFewSignatures(signatures.length, k);
        bytes32 digest = reportDigest(epoch, root);
        address last = address(0);
        for (uint256 i = 0; i < signatures.length; ++i) {
            (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(digest, signatures[i]);
            if (err != ECDSA.RecoverError.NoError) revert InvalidSignature(i);
            if (signer <= last) revert SignerNotAscending(i, signer);
            if (!isReporter[signer]) revert NotReporter(i, signer);
            last = signer;
        }
        uint256 finalAt = block.timestamp + challengeWindow;
        r.root = root;
        r.postedAt = uint64(block.timestamp);
        r.finalAt = uint64(finalAt);
        r.voided = false;
        emit ReportPosted(epoch, root, signatures.length, finalAt);
    }

    /// @notice The dispute path: a guardian voids epoch `epoch`'s report
    /// before it is final (docs/oracle.md). Nothing was settled against it;
    /// the epoch may be reported again.
    function voidReport(uint64 epoch) external onlyRole(GUARDIAN_ROLE) {
        Report storage r = _reports[epoch];
        if (r.root == bytes32(0)) revert NoReport(epoch);
        if (r.voided) revert ReportIsVoided(epoch);
        if (!(block.timestamp < r.finalAt)) revert ReportFinal(epoch, r.finalAt);
        r.voided = true;
        emit ReportVoided(epoch, r.root, msg.sender);
    }

    // ---- settlement ----

    /// @notice Settles lease `leaseId` to the cumulative figures that
    /// `proof` proves in epoch `epoch`'s final report. Anyone may call it.
    /// Pays the difference from the lease's last settled figures; figures
    /// below those revert (FiguresDecreased), equal ones revert
    /// (NothingToSettle). delivered + undelivered must not exceed the
    /// lease's gpus x hours.
    function settleLease(
        uint256 leaseId,
        uint256 delivered,
        uint256 undelivered,
        uint256 reasons,
        uint64 epoch,
        bytes32[] calldata proof
    ) external {
        Report storage r = _reports[epoch];
        bytes32 root = r.root;
        if (root == bytes32(0)) revert NoReport(epoch);
        if (r.voided) revert ReportIsVoided(epoch);
        if (block.timestamp < r.finalAt) revert ReportNotFinal(epoch, r.finalAt);
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(leaseId, delivered, undelivered, reasons))));
        if (!MerkleProof.verifyCalldata(proof, root, leaf)) revert InvalidProof(leaseId, epoch);

        (uint256 detach, uint256 released, uint256 paid) = _apply(leaseId, delivered, undelivered);
        emit LeaseSettled(leaseId, epoch, delivered, undelivered, reasons, released, paid);
        VAULT.settleDelivery(leaseId, detach, released, paid);
    }

    // ---- spot ----

    /// @notice The Exchange's hook for a spot fill it settles: opens a lease
    /// of gpuHours / h GPUs of spot instrument `id` (h its lease length)
    /// from `provider` for `holder` through the vault
    /// ({ProviderVault.openSpotLease}: capacity and collateral), at `price`
    /// per GPU-hour, and counts gpuHours x price into {escrowHeld} (the
    /// Exchange sends it at the end of the batch). Reverts (the Exchange
    /// then skips the fill SPOT_REFUSED) when gpuHours is not a positive
    /// multiple of h or the vault refuses.
    function openSpot(address holder, address provider, uint256 id, uint256 gpuHours, uint256 price)
        external
        onlyRole(EXCHANGE_ROLE)
        returns (uint256 leaseId)
    {
        uint256 h = InstrumentId.windowHours(id);
        if (h == 0 || gpuHours == 0 || gpuHours % h != 0) revert BadSpotSize(id, gpuHours);
        uint256 gpus = gpuHours / h;
        uint256 escrow = gpuHours * price;
        leaseId = VAULT.openSpotLease(holder, provider, id, gpus.toUint32());
        spotPrice[leaseId] = price;
        escrowHeld += escrow;
        emit SpotLeaseOpened(leaseId, holder, provider, id, gpus, price);
    }

    // ---- views ----

    /// @notice The EIP-712 digest reporters sign for (epoch, root).
    function reportDigest(uint64 epoch, bytes32 root) public view returns (bytes32) {
        return MessageHashUtils.toTypedDataHash(domainSeparator(), keccak256(abi.encode(REPORT_TYPEHASH, epoch, root)));
    }

    /// @notice The EIP-712 domain separator: name "Hourglass Oracle",
    /// version "1", this chain's id and this contract's address (cached at
    /// deployment, rebuilt when the chain id differs, as the Exchange's).
    function domainSeparator() public view returns (bytes32) {
        if (address(this) == CACHED_THIS && block.chainid == CACHED_CHAIN_ID) return CACHED_DOMAIN_SEPARATOR;
        return _buildDomainSeparator();
    }

    /// @notice The registered reporter keys.
    function reporters() external view returns (address[] memory) {
        return _reporters;
    }

    /// @notice Epoch `epoch`'s report (root zero when none was posted).
    function report(uint64 epoch) external view returns (Report memory) {
        return _reports[epoch];
    }

    /// @notice Whether epoch `epoch` has a final report: posted, not
    /// voided, its challenge window over.
    function isFinal(uint64 epoch) external view returns (bool) {
        Report memory r = _reports[epoch];
        return r.root != bytes32(0) && !r.voided && !(block.timestamp < r.finalAt);
    }

    /// @notice What has been settled of lease `leaseId`.
    function settlement(uint256 leaseId) external view returns (Settlement memory) {
        return _settlements[leaseId];
    }

    // ---- internals ----

    /// @dev Records lease `leaseId`'s new cumulative figures; returns the
    /// GPU-hours to detach from the provider's position (its first
    /// settlement) and what this settlement frees and pays.
    function _apply(uint256 leaseId, uint256 delivered, uint256 undelivered)
        private
        returns (uint256 detach, uint256 released, uint256 paid)
    {
        ProviderVault.Lease memory ls = VAULT.lease(leaseId);
        if (ls.state == ProviderVault.LeaseState.None) revert UnknownLease(leaseId);
        uint256 total = uint256(ls.gpus) * ls.hours_;
        if (delivered + undelivered > total) revert FiguresExceedLease(leaseId, delivered, undelivered, total);
        Settlement memory s = _settlements[leaseId];
        if (delivered < s.delivered || undelivered < s.undelivered) {
            revert FiguresDecreased(leaseId, s.delivered, s.undelivered);
        }
        if (delivered == s.delivered && undelivered == s.undelivered) revert NothingToSettle(leaseId);
        uint256 paidBefore;
        uint256 releasedBefore;
        bool spot = InstrumentId.kind(ls.id) == InstrumentId.KIND_SPOT;
        if (s.opened) {
            (paidBefore, releasedBefore) = _totals(s, total, s.delivered, s.undelivered);
        } else {
            detach = total;
            ProviderVault.Position memory p = VAULT.position(ls.provider, ls.id);
            s.collateral = (total == p.minted ? p.locked : (uint256(p.locked) * total) / p.minted).toUint128();
            // A spot lease's price comes back from escrow: its rate is the
            // penalty of its reservation grade alone.
            s.rate = ((spot ? 0 : _price(ls.id)) + penaltyPerGpuHour[InstrumentId.reservationGrade(ls.id)]).toUint128();
            s.opened = true;
        }
        uint256 before = (uint256(s.delivered) << 64) | s.undelivered;
        (paid, released) = _totals(s, total, delivered, undelivered);
        s.delivered = uint64(delivered); // <= total < 2^48
        s.undelivered = uint64(undelivered);
        _settlements[leaseId] = s;
        paid -= paidBefore;
        released -= releasedBefore;
        if (spot) _releaseEscrow(leaseId, ls, before, delivered, undelivered);
    }

    /// @dev Pays spot lease `leaseId`'s escrow for its figures moving from
    /// `before` (delivered << 64 | undelivered) to (d, u): in all, the
    /// provider gets toProvider(D, U) = min(D, cap - min(U, cap)) x price
    /// and the holder (D + U) x price less that, where cap is gpus x hours,
    /// or after a holder's stop gpus x the hours that began before it (the
    /// later ones, which the judge counts delivered, go back to the
    /// holder). This call pays the provider toProvider's increase (none if
    /// it fell: a provider is never asked to pay back) and the holder the
    /// rest of the new hours' price.
    function _releaseEscrow(uint256 leaseId, ProviderVault.Lease memory ls, uint256 before, uint256 d, uint256 u)
        private
    {
        uint256 price = spotPrice[leaseId];
        uint256 hours_ = ls.hours_;
        if (ls.state == ProviderVault.LeaseState.Closed && ls.reason == ProviderVault.CloseReason.HolderStopped) {
            uint256 stopHour = (uint256(ls.closedAt) + EPOCH_SECONDS - 1) / EPOCH_SECONDS;
            uint256 ran = stopHour > ls.startHour ? stopHour - ls.startHour : 0;
            if (ran < hours_) hours_ = ran;
        }
        uint256 cap = uint256(ls.gpus) * hours_;
        uint256 d0 = before >> 64;
        uint256 u0 = uint64(before);
        uint256 was = _min(d0, cap - _min(u0, cap));
        uint256 nowShare = _min(d, cap - _min(u, cap));
        uint256 toProvider = nowShare > was ? (nowShare - was) * price : 0;
        uint256 toHolder = (d + u - d0 - u0) * price - toProvider;
        escrowHeld -= toProvider + toHolder;
        emit SpotEscrowReleased(leaseId, toProvider, toHolder);
        if (toProvider != 0) STABLECOIN.safeTransfer(ls.provider, toProvider);
        if (toHolder != 0) STABLECOIN.safeTransfer(ls.holder, toHolder);
    }

    /// @dev What the holder has been paid and the provider freed in all at
    /// figures (d, u) of a lease of `total` GPU-hours.
    function _totals(Settlement memory s, uint256 total, uint256 d, uint256 u)
        private
        pure
        returns (uint256 paid, uint256 released)
    {
        uint256 c = s.collateral;
        uint256 q = s.rate;
        paid = _min(c, u * q);
        if (d + u == total) {
            released = c - paid;
        } else {
            released = _min((d * c) / total, c - _min(c, (total - d) * q));
        }
    }

    /// @dev The settlement price of `id` in stablecoin base units per
    /// GPU-hour, freezing it first when nobody has ({MarkPriceFeed.settle}).
    function _price(uint256 id) private returns (uint256) {
        MarkPriceFeed feed = feedOf[id];
        if (address(feed) == address(0)) revert FeedNotSet(id);
        if (feed.settlementRound() == 0) feed.settle();
        (, int256 answer,) = feed.settlementPrice();
        return uint256(answer) / PRICE_DIVISOR; // answer > 0 (postMark checks it)
    }

    function _buildDomainSeparator() private view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, address(this)));
    }

    function _setReporters(address[] memory reporters_, uint256 threshold_) private {
        uint256 n = reporters_.length;
        if (n > MAX_REPORTERS || threshold_ > n || (n != 0 && threshold_ * 2 <= n)) {
            revert BadReporters(n, threshold_);
        }
        for (uint256 i = 0; i < _reporters.length; ++i) {
            isReporter[_reporters[i]] = false;
        }
        for (uint256 i = 0; i < n; ++i) {
            address a = reporters_[i];
            if (a == address(0)) revert ZeroAddress();
            if (isReporter[a]) revert DuplicateReporter(a);
            isReporter[a] = true;
        }
        _reporters = reporters_;
        threshold = threshold_;
        emit ReportersSet(reporters_, threshold_);
    }

    function _setChallengeWindow(uint64 w) private {
        if (w > MAX_CHALLENGE_WINDOW) revert WindowTooLong(w);
        challengeWindow = w;
        emit ChallengeWindowSet(w);
    }

    function _min(uint256 a, uint256 b) private pure returns (uint256) {
        return a < b ? a : b;
    }
}
