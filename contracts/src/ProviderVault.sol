// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {InstrumentId} from "./InstrumentId.sol";
import {GPUHourToken} from "./GPUHourToken.sol";

/// @title ProviderVault
/// @notice Where providers register GPU capacity, post stablecoin collateral
/// and mint GPU-hour reservation tokens (their delivery obligations) against
/// both. The vault is the token's fixed {GPUHourToken.MINTER} (checked at
/// construction): the only minter, and it mints only to the provider that
/// calls it, against that provider's free collateral. Burning tokens here
/// (a provider's buy-back, a holder's redemption) needs the caller's
/// ERC-1155 approval of the vault.
///
/// Roles. DEFAULT_ADMIN_ROLE (the timelock in a deployment, see
/// docs/contracts.md) sets collateral rates and grants or revokes roles;
/// REGISTRAR_ROLE approves and rejects nodes. Neither can mint, burn,
/// move collateral or change a position: no function here takes another
/// provider's tokens or collateral.
///
/// Invariant: for every provider, `locked <= deposited`, and `locked` is the
/// sum over instruments of the collateral locked at mint (amount x the
/// grade's collateral per GPU-hour at that time), less what burns and
/// expiry released pro rata (redemption releases nothing: assigned hours
/// stay backed), plus the collateral of leases detached for settlement and
/// not yet freed or paid ({settleDelivery}). So a provider's minted, undelivered GPU-hours never exceed what
/// its collateral covers, and the vault's stablecoin balance is at least the
/// sum of all `deposited`.
///
/// Capacity caveat: a mint of instrument `id` is bounded by
/// `capacity x windowHours` for that id alone. Overlapping windows of one
/// grade each count the full capacity, so capacity can be oversold across
/// overlapping windows; collateral is the binding safety. Redemption is
/// exact: it keeps a per-hour ledger of leased GPUs per provider and grade
/// and never assigns more GPUs in an hour than the provider's capacity.
///
/// Delivery (docs/delivery.md). A holder redeems tokens for a lease before
/// the instrument's last trading time ({redeem}); the vault burns them and
/// assigns the GPU-hours to the providers who minted the id (oldest
/// unassigned mint first, within each provider's capacity per hour); the
/// assigned hours keep their collateral locked. Leases move assigned ->
/// provisioning -> running -> closed, with a {CloseReason}. Whatever a
/// provider minted and nobody redeemed expires at the last trading time
/// ({expire}) and its collateral is released. The delivery oracle
/// (SETTLER_ROLE) settles each lease's collateral from its reports:
/// freed for delivered hours, paid to the holder for undelivered ones.
contract ProviderVault is AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /// @notice May approve or reject proposed nodes. An oracle-attested
    /// inventory replaces it later (see {_approveNode}).
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");
    /// @notice The operator's redeemer, which watches the agents from
    /// outside: it may close leases NodeLost, SpecMissing,
    /// ProviderNeverStarted (from the start), SpecInvalid and GpuFault.
    bytes32 public constant REDEEMER_ROLE = keccak256("REDEEMER_ROLE");
    /// @notice The delivery oracle ({settleDelivery}): moves the collateral
    /// of the leases it settles, and nothing else.
    bytes32 public constant SETTLER_ROLE = keccak256("SETTLER_ROLE");
    /// @notice The spot desk (the DeliveryOracle, which holds spot escrow):
    /// opens spot leases for the Exchange's spot fills ({openSpotLease}).
    bytes32 public constant SPOT_ROLE = keccak256("SPOT_ROLE");

    /// @dev Per close reason r, bits r*4+state: the open states it may close
    /// from (1 Assigned, 2 Provisioning, 3 Running).
    uint256 private constant CLOSE_FROM = (0x8 << 4) // Completed: Running
        | (0xe << 8) // HolderStopped: any open state
        | (0x6 << 12) // SpecInvalid: Assigned, Provisioning
        | (0x6 << 16) // ImageUnavailable: Assigned, Provisioning
        | (0xc << 20) // NodeLost: Provisioning, Running
        | (0xe << 24) // GpuFault: any open state
        | (0xe << 28) // ProviderStopped: any open state
        | (0x6 << 32) // ProviderNeverStarted: Assigned, Provisioning
        | (0x8 << 36) // JobExited: Running
        | (0x4 << 40) // StartFailed: Provisioning
        | (0x2 << 44); // SpecMissing: Assigned

    enum NodeStatus {
        None,
        Proposed,
        Approved,
        Rejected,
        Retired
    }

    /// @notice A provider's node: `gpus` GPUs of one reservation grade, and
    /// the address of the key its agent signs with (unique among approved
    /// nodes; it may move the provider's leases as the provider may).
    struct Node {
        uint256 gradeKey;
        uint32 gpus;
        NodeStatus status;
        address key;
    }

    /// @notice Where a lease stands. Closed is final.
    enum LeaseState {
        None,
        Assigned,
        Provisioning,
        Running,
        Closed
    }

    /// @notice Why a lease closed: the codes of redeemer/lease's Reason
    /// (stable, never renumbered). Who may give each, from which states and
    /// when: {closeLease} and docs/delivery.md, "Leases".
    enum CloseReason {
        None,
        Completed, // 1: the window ended with the job running
        HolderStopped, // 2: the holder stopped it
        SpecInvalid, // 3: the job spec cannot be run or does not match specHash
        ImageUnavailable, // 4: the image could not be fetched by its digest
        NodeLost, // 5: the node went silent
        GpuFault, // 6: a leased GPU failed
        ProviderStopped, // 7: the provider stopped it before its end
        ProviderNeverStarted, // 8: the window began and the job never started
        JobExited, // 9: the holder's job ended by itself before the end
        StartFailed, // 10: the provider's executor could not start the job
        SpecMissing // 11: the window began and the holder had sent no spec
    }

    /// @notice A lease: `gpus` GPUs of instrument `id`'s grade from hour
    /// `startHour` (hours since the Unix epoch) for `hours` hours, assigned
    /// to `provider` for `holder`. Timestamps are Unix seconds, 0 until the
    /// lease reaches that state.
    struct Lease {
        address holder;
        uint32 startHour;
        uint16 hours_;
        uint32 gpus;
        LeaseState state;
        CloseReason reason;
        address provider;
        uint48 assignedAt;
        uint48 provisioningAt;
        uint48 runningAt;
        uint48 closedAt;
        uint256 id;
        bytes32 specHash;
    }

    /// @dev One provider's share of a redemption, in memory.
    struct Part {
        address provider;
        uint256 holdable;
        uint256 gpus;
    }

    /// @notice A provider's collateral, in stablecoin base units.
    struct Account {
        uint128 deposited; // deposited less withdrawn
        uint128 locked; // backing minted tokens; always <= deposited
    }

    /// @notice What a provider minted of one instrument and still owes,
    /// in one storage slot: GPU-hours minted less burned and expired, the
    /// collateral locked for them, how many of them are assigned to leases
    /// (never burned or expired; `minted - assigned` is unassigned), and the
    /// 1-based index of the provider's live entry in the id's redemption
    /// queue (0: none).
    struct Position {
        uint48 minted;
        uint128 locked;
        uint48 assigned;
        uint32 queueSlot;
    }

    /// @notice Per provider and grade: what retiring a node must respect.
    /// `peakGpus` is the largest ceil(minted / windowHours) of any mint of
    /// the grade since the last reset and `peakUntil` the latest end (Unix
    /// seconds) of those windows. It never decreases on burn (conservative);
    /// it resets when every such window has ended or `outstanding` is zero.
    struct Exposure {
        uint128 outstanding; // GPU-hours minted less burned, all windows of the grade
        uint64 peakGpus;
        uint64 peakUntil;
    }

    /// @notice A reservation stops trading and redeeming at its window start
    /// minus this lead: its last trading time. The same constant as the
    /// Exchange's TRADING_CLOSE_LEAD (one lead for every grade).
    uint256 public constant TRADING_CLOSE_LEAD = 2 hours;
    /// @notice How long after a lease's start anyone may close it
    /// ProviderNeverStarted if it is not running.
    uint256 public constant NEVER_STARTED_GRACE = 30 minutes;
    /// @notice The most GPUs of one grade a provider can have leased in one
    /// hour (the per-hour ledger keeps 16 bits per hour).
    uint256 public constant MAX_LEASED_GPUS = type(uint16).max;

    IERC20 public immutable STABLECOIN;
    GPUHourToken public immutable TOKEN;

    /// @notice Collateral per GPU-hour of a reservation grade, in stablecoin
    /// base units; 0 means the grade is not tradable.
    mapping(uint256 gradeKey => uint256) public collateralPerGpuHour;
    mapping(address provider => mapping(bytes32 nodeId => Node)) private _nodes;
    /// @notice Approved GPUs of a provider in a grade.
    mapping(address provider => mapping(uint256 gradeKey => uint256)) public capacity;
    mapping(address provider => Account) private _accounts;
    mapping(address provider => mapping(uint256 id => Position)) private _positions;
    mapping(address provider => mapping(uint256 gradeKey => Exposure)) private _exposures;
    /// @notice The provider whose approved node signs with this key.
    mapping(address key => address provider) public nodeKeyProvider;
    /// @dev Per instrument, providers in the order of their oldest
    /// unassigned mint; entries go stale (see {_live}) and are skipped.
    mapping(uint256 id => address[]) private _queue;
    mapping(uint256 id => uint256) private _queueHead;
    /// @dev GPUs leased per provider, grade and hour: 16 hours per word,
    /// 16 bits each (word = hour >> 4, lane = hour & 15).
    mapping(address provider => mapping(uint256 gradeKey => mapping(uint256 word => uint256))) private _leased;
    mapping(uint256 leaseId => Lease) private _leases;
    /// @notice The id the next lease gets (lease ids start at 1).
    uint256 public nextLeaseId = 1;

    // Amounts stay in the data, not in topics: a topic costs 375 gas, a data
    // word 256, and nobody filters logs by amount.
    // solhint-disable gas-indexed-events
    event CollateralRateSet(uint256 indexed gradeKey, uint256 collateralPerGpuHour);
    event NodeProposed(
        address indexed provider, bytes32 indexed nodeId, uint256 indexed gradeKey, uint32 gpus, address key
    );
    event NodeApproved(
        address indexed provider, bytes32 indexed nodeId, uint256 indexed gradeKey, uint32 gpus, uint256 capacity
    );
    event NodeRejected(address indexed provider, bytes32 indexed nodeId, uint256 indexed gradeKey, uint32 gpus);
    event NodeRetired(
        address indexed provider, bytes32 indexed nodeId, uint256 indexed gradeKey, uint32 gpus, uint256 capacity
    );
    event CollateralDeposited(address indexed provider, uint256 amount, uint256 deposited);
    event CollateralWithdrawn(address indexed provider, uint256 amount, uint256 deposited);
    event Minted(address indexed provider, uint256 indexed id, uint256 amount, uint256 collateralLocked, uint256 locked);
    event Burned(
        address indexed provider, uint256 indexed id, uint256 amount, uint256 collateralReleased, uint256 locked
    );
    /// @notice What `provider` minted of `id` and nobody redeemed lapsed at
    /// the last trading time: `amount` GPU-hours, `collateralReleased` freed.
    event Expired(
        address indexed provider, uint256 indexed id, uint256 amount, uint256 collateralReleased, uint256 locked
    );
    /// @notice `holder` redeemed gpus x hours of `id`: leases firstLeaseId ..
    /// firstLeaseId + leases - 1 (one per provider, LeaseAssigned each).
    event Redeemed(
        address indexed holder,
        uint256 indexed id,
        uint256 firstLeaseId,
        uint256 leases,
        uint256 gpus,
        uint256 startHour,
        uint256 hours_,
        bytes32 specHash
    );
    /// @notice A lease was created in state Assigned at time `at`.
    event LeaseAssigned(
        uint256 indexed leaseId,
        address indexed holder,
        address indexed provider,
        uint256 id,
        uint256 gpus,
        uint256 startHour,
        uint256 hours_,
        bytes32 specHash,
        uint256 time
    );
    /// @notice Lease `leaseId` moved to `state` at time `time`, moved by `by`;
    /// `reason` is None unless the state is Closed.
    event LeaseStateChanged(
        uint256 indexed leaseId,
        address indexed holder,
        address indexed provider,
        LeaseState state,
        CloseReason reason,
        address by,
        uint256 time
    );
    /// @notice The settler settled part of lease `leaseId`: `released` of
    /// its provider's locked collateral freed, `paid` sent to its holder.
    event DeliverySettled(uint256 indexed leaseId, uint256 released, uint256 paid);
    // solhint-enable gas-indexed-events

    error ZeroAddress();
    error ZeroAmount();
    error ZeroGpus();
    error InvalidGrade(uint256 gradeKey);
    error RateTooHigh(uint256 collateralPerGpuHour);
    error NodeAlreadyRegistered(address provider, bytes32 nodeId, NodeStatus status);
    error NodeNotPending(address provider, bytes32 nodeId, NodeStatus status);
    error NodeNotApproved(address provider, bytes32 nodeId, NodeStatus status);
    error CapacityInUse(
        address provider, uint256 gradeKey, uint256 capacityAfter, uint256 gpusNeeded, uint256 neededUntil
    );
    error InvalidInstrument(uint256 id, InstrumentId.Reason reason);
    error NotReservation(uint256 id);
    error WindowStarted(uint256 id, uint256 startTime);
    error GradeNotPriced(uint256 gradeKey);
    error CapacityExceeded(address provider, uint256 id, uint256 minted, uint256 amount, uint256 limit);
    error InsufficientCollateral(address provider, uint256 required, uint256 available);
    error BurnExceedsMinted(address provider, uint256 id, uint256 minted, uint256 amount);
    error NotTokenMinter(address token, address minter);
    error NodeKeyInUse(address key, address provider);
    error ZeroHours();
    error LeaseOutsideWindow(uint256 id, uint256 startHour, uint256 hours_);
    error TradingClosed(uint256 id, uint256 lastTradingTime);
    error TradingOpen(uint256 id, uint256 lastTradingTime);
    error NotAssignable(uint256 id, uint256 gpus, uint256 hours_, uint256 assignableGpus);
    error BurnExceedsUnassigned(address provider, uint256 id, uint256 unassigned, uint256 amount);
    error NothingToExpire(address provider, uint256 id);
    error UnknownLease(uint256 leaseId);
    error BadTransition(uint256 leaseId, LeaseState from, LeaseState to);
    error NotLeaseProvider(uint256 leaseId, address caller);
    error NotLeaseHolder(uint256 leaseId, address caller);
    error ReasonNotAllowed(uint256 leaseId, CloseReason reason, LeaseState state);
    error LeaseNotEnded(uint256 leaseId, uint256 endTime);
    error LeaseNotStarted(uint256 leaseId, uint256 startTime);
    error LeaseEnded(uint256 leaseId, uint256 endTime);
    error StartGraceNotOver(uint256 leaseId, uint256 deadline);
    error NotSpot(uint256 id);
    error SpotCapacityExceeded(address provider, uint256 id, uint256 gpus, uint256 freeGpus);

    /// @param admin holds DEFAULT_ADMIN_ROLE (the timelock in a deployment).
    /// @param registrar gets REGISTRAR_ROLE (none when zero; the admin may
    /// grant it later).
    /// @param token_ must name this vault as its {GPUHourToken.MINTER}, or
    /// the constructor reverts with NotTokenMinter.
    constructor(address admin, address registrar, IERC20 stablecoin_, GPUHourToken token_) {
        if (admin == address(0) || address(stablecoin_) == address(0) || address(token_) == address(0)) {
            revert ZeroAddress();
        }
        address minter = token_.MINTER();
        if (minter != address(this)) revert NotTokenMinter(address(token_), minter);
        STABLECOIN = stablecoin_;
        TOKEN = token_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (registrar != address(0)) _grantRole(REGISTRAR_ROLE, registrar);
    }

    // ---- admin ----

    /// @notice Sets the collateral per GPU-hour of a reservation grade (0
    /// stops new mints of it). Positions already minted keep the collateral
    /// locked at their mint. Admin only: behind the timelock's delay in a
    /// deployment, since a lower rate lets new tokens carry less backing.
    function setCollateralPerGpuHour(uint256 gradeKey, uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (!InstrumentId.isReservationGrade(gradeKey)) revert InvalidGrade(gradeKey);
        if (amount > type(uint128).max) revert RateTooHigh(amount);
        collateralPerGpuHour[gradeKey] = amount;
        emit CollateralRateSet(gradeKey, amount);
    }

    // ---- nodes ----

    /// @notice Proposes node `nodeId` of the caller with `gpus` GPUs of a
    /// reservation grade, whose agent signs with the key of address `key`
    /// (not another approved node's key). The content is fixed until a
    /// registrar decides; a rejected or retired node id may be proposed again.
    function proposeNode(bytes32 nodeId, uint256 gradeKey, uint32 gpus, address key) external {
        if (gpus == 0) revert ZeroGpus();
        if (key == address(0)) revert ZeroAddress();
        if (!InstrumentId.isReservationGrade(gradeKey)) revert InvalidGrade(gradeKey);
        address holder = nodeKeyProvider[key];
        if (holder != address(0)) revert NodeKeyInUse(key, holder);
        Node storage n = _nodes[msg.sender][nodeId];
        NodeStatus s = n.status;
        if (s == NodeStatus.Proposed || s == NodeStatus.Approved) revert NodeAlreadyRegistered(msg.sender, nodeId, s);
        n.gradeKey = gradeKey;
        n.gpus = gpus;
        n.status = NodeStatus.Proposed;
        n.key = key;
        emit NodeProposed(msg.sender, nodeId, gradeKey, gpus, key);
    }

    /// @notice Approves a proposed node: its GPUs join the provider's capacity.
    function approveNode(address provider, bytes32 nodeId) external onlyRole(REGISTRAR_ROLE) {
        _approveNode(provider, nodeId);
    }

    /// @notice Rejects a proposed node.
    function rejectNode(address provider, bytes32 nodeId) external onlyRole(REGISTRAR_ROLE) {
        Node storage n = _nodes[provider][nodeId];
        if (n.status != NodeStatus.Proposed) revert NodeNotPending(provider, nodeId, n.status);
        n.status = NodeStatus.Rejected;
        emit NodeRejected(provider, nodeId, n.gradeKey, n.gpus);
    }

    /// @notice Removes one of the caller's approved nodes from its capacity.
    /// Reverts with CapacityInUse while the remaining capacity would not
    /// cover the GPUs per hour that the caller's open mints of the grade may
    /// need (tracked conservatively, see {exposure}).
    function retireNode(bytes32 nodeId) external {
        Node storage n = _nodes[msg.sender][nodeId];
        if (n.status != NodeStatus.Approved) revert NodeNotApproved(msg.sender, nodeId, n.status);
        uint256 grade = n.gradeKey;
        uint32 gpus = n.gpus;
        uint256 capAfter = capacity[msg.sender][grade] - gpus;
        Exposure memory e = _exposures[msg.sender][grade];
        if (e.outstanding != 0 && block.timestamp < e.peakUntil && capAfter < e.peakGpus) {
            revert CapacityInUse(msg.sender, grade, capAfter, e.peakGpus, e.peakUntil);
        }
        n.status = NodeStatus.Retired;
        delete nodeKeyProvider[n.key];
        capacity[msg.sender][grade] = capAfter;
        emit NodeRetired(msg.sender, nodeId, grade, gpus, capAfter);
    }

    /// @dev The one place where a node becomes capacity. The registrar calls
    /// it today; an oracle-attested inventory will call it instead.
    function _approveNode(address provider, bytes32 nodeId) internal {
        Node storage n = _nodes[provider][nodeId];
        if (n.status != NodeStatus.Proposed) revert NodeNotPending(provider, nodeId, n.status);
        address key = n.key;
        address holder = nodeKeyProvider[key];
        if (holder != address(0)) revert NodeKeyInUse(key, holder);
        nodeKeyProvider[key] = provider;
        n.status = NodeStatus.Approved;
        uint256 grade = n.gradeKey;
        uint256 cap = capacity[provider][grade] + n.gpus;
        capacity[provider][grade] = cap;
        emit NodeApproved(provider, nodeId, grade, n.gpus, cap);
    }

    // ---- collateral ----

    /// @notice Deposits `amount` of the stablecoin (approve the vault first)
    /// as the caller's collateral.
    function depositCollateral(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        Account storage a = _accounts[msg.sender];
        uint256 deposited = uint256(a.deposited) + amount;
        a.deposited = deposited.toUint128();
        emit CollateralDeposited(msg.sender, amount, deposited);
        STABLECOIN.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Withdraws up to the caller's free collateral (deposited less
    /// locked).
    function withdrawCollateral(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        Account storage a = _accounts[msg.sender];
        uint256 free = uint256(a.deposited) - a.locked;
        if (amount > free) revert InsufficientCollateral(msg.sender, amount, free);
        uint256 deposited = uint256(a.deposited) - amount;
        a.deposited = uint128(deposited);
        emit CollateralWithdrawn(msg.sender, amount, deposited);
        STABLECOIN.safeTransfer(msg.sender, amount);
    }

    // ---- minting and burning ----

    /// @notice Mints `amount` GPU-hours of reservation `id` to the caller,
    /// locking amount x collateralPerGpuHour of its grade. The window must
    /// not have started, the grade must be priced, the caller's minted
    /// amount of `id` must stay within capacity x windowHours, and its free
    /// collateral must cover the lock.
    function mint(uint256 id, uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        (uint256 grade, uint256 rate) = _checkMintable(id);
        uint256 need = amount * rate;
        uint256 minted = _addPosition(msg.sender, id, grade, amount, need);
        uint256 locked = _lock(msg.sender, need);
        uint256 hours_ = InstrumentId.windowHours(id);
        _addExposure(msg.sender, grade, amount, (minted + hours_ - 1) / hours_, InstrumentId.endTime(id));
        emit Minted(msg.sender, id, amount, need, locked);

        TOKEN.mint(msg.sender, id, amount);
    }

    /// @notice Burns `amount` of instrument `id` that the caller holds and
    /// minted, releasing that share of the collateral locked for it. The
    /// caller must have approved the vault on the token (setApprovalForAll):
    /// the token burns only with the holder's approval.
    function burn(uint256 id, uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        Position memory p = _positions[msg.sender][id];
        if (amount > p.minted) revert BurnExceedsMinted(msg.sender, id, p.minted, amount);
        uint256 open = p.minted - p.assigned;
        if (amount > open) revert BurnExceedsUnassigned(msg.sender, id, open, amount);
        uint256 release = amount == p.minted ? p.locked : (uint256(p.locked) * amount) / p.minted;
        p.minted -= uint48(amount);
        p.locked -= uint128(release);
        _positions[msg.sender][id] = p;
        Account storage a = _accounts[msg.sender];
        uint256 locked = uint256(a.locked) - release;
        a.locked = uint128(locked);

        _reduceExposure(msg.sender, InstrumentId.gradeKey(id), amount);
        emit Burned(msg.sender, id, amount, release, locked);

        TOKEN.burn(msg.sender, id, amount);
    }

    // ---- redemption and expiry ----

    /// @notice Redeems gpus x hours_ GPU-hours of reservation `id` that the
    /// caller holds for a lease of `gpus` GPUs from hour `startHour` (hours
    /// since the Unix epoch) for `hours_` hours, inside the id's window,
    /// before its last trading time; `specHash` is the keccak256 of the job
    /// spec the holder gives the provider off-chain. The caller must have
    /// approved the vault on the token (setApprovalForAll). The tokens are
    /// burned and the GPUs assigned (docs/delivery.md, "Assignment"):
    /// walking the id's providers from the oldest unassigned mint, the first
    /// provider that can hold all `gpus` for every hour gets the lease;
    /// when none can, each in turn takes what it can hold. A provider can
    /// hold min(unassigned GPU-hours / hours_, its capacity less the GPUs
    /// already leased in the busiest of those hours). One lease per provider
    /// part, each starting Assigned; returns the first lease id.
    function redeem(uint256 id, uint32 gpus, uint16 hours_, uint32 startHour, bytes32 specHash)
        external
        nonReentrant
        returns (uint256 firstLeaseId)
    {
        if (gpus == 0) revert ZeroGpus();
        if (hours_ == 0) revert ZeroHours();
        _checkReservation(id);
        uint256 closeAt = lastTradingTime(id);
        if (!(block.timestamp < closeAt)) revert TradingClosed(id, closeAt);
        if (startHour < InstrumentId.windowStart(id) || uint256(startHour) + hours_ > InstrumentId.windowEnd(id)) {
            revert LeaseOutsideWindow(id, startHour, hours_);
        }
        Part[] memory parts = _assign(id, InstrumentId.gradeKey(id), gpus, hours_, startHour);
        firstLeaseId = nextLeaseId;
        uint256 leaseId = firstLeaseId;
        for (uint256 i = 0; i < parts.length; ++i) {
            if (parts[i].gpus == 0) continue;
            _positions[parts[i].provider][id].assigned += uint48(parts[i].gpus * hours_); // <= minted, a uint48
            _openLease(leaseId, msg.sender, parts[i], id, startHour, hours_, specHash);
            ++leaseId;
        }
        nextLeaseId = leaseId;
        emit Redeemed(msg.sender, id, firstLeaseId, leaseId - firstLeaseId, gpus, startHour, hours_, specHash);

        TOKEN.burn(msg.sender, id, uint256(gpus) * hours_);
    }

    /// @notice Releases what `provider` minted of reservation `id` and
    /// nobody redeemed, once the id's last trading time has passed: the
    /// obligation lapses and its share of the position's collateral is
    /// freed. Anyone may call it. Tokens still held are worth nothing then:
    /// they can no longer trade or be redeemed.
    function expire(address provider, uint256 id) external nonReentrant {
        _checkReservation(id);
        uint256 closeAt = lastTradingTime(id);
        if (block.timestamp < closeAt) revert TradingOpen(id, closeAt);
        Position memory p = _positions[provider][id];
        uint256 amount = p.minted - p.assigned;
        if (amount == 0) revert NothingToExpire(provider, id);
        uint256 release = amount == p.minted ? p.locked : (uint256(p.locked) * amount) / p.minted;
        p.minted -= uint48(amount);
        p.locked -= uint128(release);
        _positions[provider][id] = p;
        Account storage a = _accounts[provider];
        uint256 locked = uint256(a.locked) - release;
        a.locked = uint128(locked);
        _reduceExposure(provider, InstrumentId.gradeKey(id), amount);
        emit Expired(provider, id, amount, release, locked);
    }

    // ---- spot leases ----

    /// @notice The spot desk's hook ({SPOT_ROLE}: the DeliveryOracle, for a
    /// spot fill the Exchange settles, docs/contracts.md "Spot fills"):
    /// opens a lease of `gpus` GPUs of spot instrument `id` from `provider`
    /// to `holder`, from the current clock hour (block.timestamp / 3600)
    /// for the id's lease length (its window length), without tokens. The
    /// provider must have that many GPUs of the id's reservation grade free
    /// in every hour of the lease (capacity less GPUs already leased), and
    /// free collateral for gpus x hours at the grade's rate, which stays
    /// locked in its position of `id` (minted and assigned at once) until
    /// the oracle settles the lease. The lease then lives as a redeemed one
    /// (specHash 0: the holder sends its job spec off-chain). Returns its id.
    function openSpotLease(address holder, address provider, uint256 id, uint32 gpus)
        external
        onlyRole(SPOT_ROLE)
        nonReentrant
        returns (uint256 leaseId)
    {
        if (InstrumentId.check(id) != InstrumentId.Reason.None || InstrumentId.kind(id) != InstrumentId.KIND_SPOT) {
            revert NotSpot(id);
        }
        if (gpus == 0) revert ZeroGpus();
        if (holder == address(0) || provider == address(0)) revert ZeroAddress();
        uint256 grade = InstrumentId.reservationGrade(id);
        uint256 rate = collateralPerGpuHour[grade];
        if (rate == 0) revert GradeNotPriced(grade);
        uint16 hours_ = InstrumentId.windowHours(id);
        uint32 startHour = uint32(block.timestamp / InstrumentId.SECONDS_PER_HOUR);
        {
            uint256 free = _freeGpus(provider, grade, startHour, hours_);
            if (free < gpus) revert SpotCapacityExceeded(provider, id, gpus, free);
        }
        _bookSpot(provider, id, grade, uint256(gpus) * hours_, rate);
        leaseId = nextLeaseId;
        nextLeaseId = leaseId + 1;
        _openLease(leaseId, holder, Part(provider, 0, gpus), id, startHour, hours_, bytes32(0));
    }

    /// @dev Locks `amount` GPU-hours' collateral at `rate` and adds them to
    /// the provider's position of spot id `id`, minted and assigned at once
    /// (no redemption queue), and to its outstanding hours of `grade`: as a
    /// redeemed mint's, they keep a node from retiring under the lease
    /// until its end (the peak, {_openLease}).
    function _bookSpot(address provider, uint256 id, uint256 grade, uint256 amount, uint256 rate) private {
        uint256 need = amount * rate;
        _lock(provider, need);
        Position memory p = _positions[provider][id];
        p.minted = (uint256(p.minted) + amount).toUint48();
        p.assigned = uint48(uint256(p.assigned) + amount); // <= minted
        p.locked = (uint256(p.locked) + need).toUint128();
        _positions[provider][id] = p;
        Exposure storage e = _exposures[provider][grade];
        e.outstanding = (uint256(e.outstanding) + amount).toUint128();
    }

    // ---- leases ----

    /// @notice Assigned -> Provisioning: the provider's agent has placed the
    /// lease on a node and prepares it (spec checks, image pull), ahead of
    /// the window if it likes; also Running -> Provisioning, to restart a
    /// job it lost. Before the lease's end; the provider or one of its
    /// approved nodes' keys.
    function markProvisioning(uint256 leaseId) external {
        Lease storage ls = _leaseOf(leaseId);
        _onlyProviderSide(leaseId, ls.provider);
        LeaseState s = ls.state;
        if (s != LeaseState.Assigned && s != LeaseState.Running) {
            revert BadTransition(leaseId, s, LeaseState.Provisioning);
        }
        (, uint256 end) = _span(ls);
        if (!(block.timestamp < end)) revert LeaseEnded(leaseId, end);
        ls.state = LeaseState.Provisioning;
        ls.provisioningAt = uint48(block.timestamp);
        emit LeaseStateChanged(
            leaseId, ls.holder, ls.provider, LeaseState.Provisioning, CloseReason.None, msg.sender, block.timestamp
        );
    }

    /// @notice Provisioning -> Running: the job runs. Inside the lease's
    /// hours; the provider or one of its approved nodes' keys.
    function markRunning(uint256 leaseId) external {
        Lease storage ls = _leaseOf(leaseId);
        _onlyProviderSide(leaseId, ls.provider);
        if (ls.state != LeaseState.Provisioning) revert BadTransition(leaseId, ls.state, LeaseState.Running);
        (uint256 start, uint256 end) = _span(ls);
        if (block.timestamp < start) revert LeaseNotStarted(leaseId, start);
        if (!(block.timestamp < end)) revert LeaseEnded(leaseId, end);
        ls.state = LeaseState.Running;
        ls.runningAt = uint48(block.timestamp);
        emit LeaseStateChanged(
            leaseId, ls.holder, ls.provider, LeaseState.Running, CloseReason.None, msg.sender, block.timestamp
        );
    }

    /// @notice Closes an open lease with `reason`, by the table of
    /// redeemer/lease (docs/delivery.md, "Leases"): Completed from Running
    /// at or after the end, JobExited from Running before it, ImageUnavailable
    /// and StartFailed and ProviderStopped by the provider side (the provider
    /// or one of its approved nodes' keys); HolderStopped by the holder;
    /// SpecInvalid and GpuFault by the provider side or REDEEMER_ROLE;
    /// NodeLost by REDEEMER_ROLE; SpecMissing by REDEEMER_ROLE from the
    /// start; ProviderNeverStarted by REDEEMER_ROLE from the start, or by
    /// anyone from the later of the start and the assignment plus
    /// NEVER_STARTED_GRACE. The assigned
    /// GPU-hours stay assigned and their collateral locked (the delivery
    /// judgement settles them, docs/delivery.md).
    function closeLease(uint256 leaseId, CloseReason reason) external {
        Lease storage ls = _leaseOf(leaseId);
        LeaseState s = ls.state;
        if (s == LeaseState.Closed) revert BadTransition(leaseId, s, LeaseState.Closed);
        if ((CLOSE_FROM >> ((uint256(reason) << 2) + uint256(s))) & 1 == 0) revert ReasonNotAllowed(leaseId, reason, s);
        (uint256 start, uint256 end) = _span(ls);
        if (reason == CloseReason.HolderStopped) {
            if (msg.sender != ls.holder) revert NotLeaseHolder(leaseId, msg.sender);
        } else if (
            reason == CloseReason.NodeLost || reason == CloseReason.SpecMissing
                || reason == CloseReason.ProviderNeverStarted
        ) {
            bool redeemer = hasRole(REDEEMER_ROLE, msg.sender);
            if (reason == CloseReason.ProviderNeverStarted && !redeemer) {
                // From the later of the start and the assignment: a spot
                // lease starts in the hour its fill settled, mostly after
                // that hour's start.
                uint256 deadline = (start > ls.assignedAt ? start : ls.assignedAt) + NEVER_STARTED_GRACE;
                if (block.timestamp < deadline) revert StartGraceNotOver(leaseId, deadline);
            } else {
                if (!redeemer) revert AccessControlUnauthorizedAccount(msg.sender, REDEEMER_ROLE);
                if (reason != CloseReason.NodeLost && block.timestamp < start) revert LeaseNotStarted(leaseId, start);
            }
        } else {
            if (!(reason == CloseReason.SpecInvalid || reason == CloseReason.GpuFault)
                    || !hasRole(REDEEMER_ROLE, msg.sender)) {
                _onlyProviderSide(leaseId, ls.provider);
            }
            if (reason == CloseReason.Completed && block.timestamp < end) revert LeaseNotEnded(leaseId, end);
            if (reason == CloseReason.JobExited && !(block.timestamp < end)) revert LeaseEnded(leaseId, end);
        }
        ls.state = LeaseState.Closed;
        ls.reason = reason;
        ls.closedAt = uint48(block.timestamp);
        emit LeaseStateChanged(leaseId, ls.holder, ls.provider, LeaseState.Closed, reason, msg.sender, block.timestamp);
    }

    // ---- delivery settlement ----

    /// @notice The settler's hook (DeliveryOracle, docs/oracle.md). With
    /// `detachGpuHours` non-zero (the lease's first settlement, gpus x
    /// hours), those GPU-hours leave the provider's position of the lease's
    /// instrument (minted and assigned) with their share of its collateral,
    /// `locked x detachGpuHours / minted`, which stays locked in the
    /// provider's account for the settler to settle. Then `released` of the
    /// provider's locked collateral is freed and `paid` of it goes to the
    /// lease's holder. The settler keeps each lease within its share; the
    /// vault only keeps `locked <= deposited` (an underflow reverts).
    function settleDelivery(uint256 leaseId, uint256 detachGpuHours, uint256 released, uint256 paid)
        external
        onlyRole(SETTLER_ROLE)
        nonReentrant
    {
        Lease storage ls = _leaseOf(leaseId);
        address provider = ls.provider;
        if (detachGpuHours != 0) {
            Position storage p = _positions[provider][ls.id];
            uint256 minted = p.minted;
            p.locked -= uint128(detachGpuHours == minted ? p.locked : (p.locked * detachGpuHours) / minted);
            p.minted = uint48(minted - detachGpuHours);
            p.assigned -= uint48(detachGpuHours);
        }
        Account storage a = _accounts[provider];
        a.locked -= (released + paid).toUint128();
        a.deposited -= uint128(paid);
        emit DeliverySettled(leaseId, released, paid);
        if (paid != 0) STABLECOIN.safeTransfer(ls.holder, paid);
    }

    // ---- views ----

    /// @notice A lease (state None when `leaseId` does not exist).
    function lease(uint256 leaseId) external view returns (Lease memory) {
        return _leases[leaseId];
    }

    /// @notice The last trading time of reservation `id`, Unix seconds: its
    /// window start less TRADING_CLOSE_LEAD. Trading and redemption stop at
    /// it; unredeemed GPU-hours expire at it.
    function lastTradingTime(uint256 id) public pure returns (uint256) {
        uint256 start = InstrumentId.startTime(id);
        return start > TRADING_CLOSE_LEAD ? start - TRADING_CLOSE_LEAD : 0;
    }

    /// @notice What `provider` minted of `id` (less burns and expiry) and
    /// has not yet been assigned to a lease.
    function unassigned(address provider, uint256 id) external view returns (uint256) {
        Position memory p = _positions[provider][id];
        return p.minted - p.assigned;
    }

    /// @notice GPUs of `gradeKey` leased from `provider` in hour `hour`.
    function leasedGpus(address provider, uint256 gradeKey, uint256 hour) external view returns (uint256) {
        return (_leased[provider][gradeKey][hour >> 4] >> ((hour & 15) << 4)) & 0xffff;
    }

    /// @notice The providers of `id` in redemption order, from the oldest
    /// unassigned mint: only those with unassigned GPU-hours.
    function redemptionQueue(uint256 id) external view returns (address[] memory providers) {
        address[] storage q = _queue[id];
        providers = new address[](q.length - _queueHead[id]);
        uint256 n = 0;
        for (uint256 i = _queueHead[id]; i < q.length; ++i) {
            if (_live(id, q[i], i)) {
                providers[n] = q[i];
                ++n;
            }
        }
        assembly ("memory-safe") {
            mstore(providers, n)
        }
    }


    /// @notice A provider's node.
    function node(address provider, bytes32 nodeId) external view returns (Node memory) {
        return _nodes[provider][nodeId];
    }

    /// @notice A provider's collateral: deposited and locked.
    function account(address provider) external view returns (Account memory) {
        return _accounts[provider];
    }

    /// @notice What `provider` minted of instrument `id`, less burns, and
    /// the collateral locked for it.
    function position(address provider, uint256 id) external view returns (Position memory) {
        return _positions[provider][id];
    }

    /// @notice What retiring a node of `gradeKey` must respect for `provider`.
    function exposure(address provider, uint256 gradeKey) external view returns (Exposure memory) {
        return _exposures[provider][gradeKey];
    }

    /// @notice Deposited less locked collateral of `provider`.
    function freeCollateral(address provider) external view returns (uint256) {
        Account memory a = _accounts[provider];
        return uint256(a.deposited) - a.locked;
    }

    /// @notice How many GPU-hours of `id` `provider` could mint now (0 when
    /// the id is not a priced, future reservation).
    function mintable(address provider, uint256 id) external view returns (uint256) {
        if (!InstrumentId.isValid(id) || InstrumentId.kind(id) != InstrumentId.KIND_RESERVATION) return 0;
        if (!(block.timestamp < InstrumentId.startTime(id))) return 0;
        uint256 grade = InstrumentId.gradeKey(id);
        uint256 rate = collateralPerGpuHour[grade];
        if (rate == 0) return 0;
        uint256 limit = capacity[provider][grade] * InstrumentId.windowHours(id);
        uint256 minted = _positions[provider][id].minted;
        uint256 byCapacity = minted < limit ? limit - minted : 0;
        Account memory a = _accounts[provider];
        uint256 byCollateral = (uint256(a.deposited) - a.locked) / rate;
        return byCapacity < byCollateral ? byCapacity : byCollateral;
    }

    /// @dev Reverts unless `id` is a valid reservation whose window has not
    /// started and whose grade is priced; returns the grade and its rate.
    function _checkMintable(uint256 id) private view returns (uint256 grade, uint256 rate) {
        InstrumentId.Reason reason = InstrumentId.check(id);
        if (reason != InstrumentId.Reason.None) revert InvalidInstrument(id, reason);
        if (InstrumentId.kind(id) != InstrumentId.KIND_RESERVATION) revert NotReservation(id);
        uint256 start = InstrumentId.startTime(id);
        if (!(block.timestamp < start)) revert WindowStarted(id, start);
        grade = InstrumentId.gradeKey(id);
        rate = collateralPerGpuHour[grade];
        if (rate == 0) revert GradeNotPriced(grade);
    }

    /// @dev Adds `amount` GPU-hours and `need` locked collateral to the
    /// provider's position in `id`, within capacity x windowHours; returns
    /// the new minted amount.
    function _addPosition(address provider, uint256 id, uint256 grade, uint256 amount, uint256 need)
        private
        returns (uint256 minted)
    {
        Position memory p = _positions[provider][id];
        uint256 limit = capacity[provider][grade] * InstrumentId.windowHours(id);
        if (p.minted > limit || amount > limit - p.minted) {
            revert CapacityExceeded(provider, id, p.minted, amount, limit);
        }
        if (p.minted == p.assigned) {
            // Nothing unassigned: the provider joins the tail of the queue
            // (an older entry of its, if any, is stale from now on).
            address[] storage q = _queue[id];
            q.push(provider);
            p.queueSlot = q.length.toUint32();
        }
        minted = uint256(p.minted) + amount;
        p.minted = minted.toUint48();
        p.locked = (uint256(p.locked) + need).toUint128();
        _positions[provider][id] = p;
    }

    /// @dev Locks `need` of the provider's free collateral; returns the new
    /// locked total.
    function _lock(address provider, uint256 need) private returns (uint256 locked) {
        Account storage a = _accounts[provider];
        locked = a.locked;
        uint256 free = uint256(a.deposited) - locked;
        if (need > free) revert InsufficientCollateral(provider, need, free);
        locked += need;
        a.locked = uint128(locked); // <= deposited, which is a uint128
    }

    function _addExposure(address provider, uint256 grade, uint256 amount, uint256 gpusNeeded, uint256 end)
        private
    {
        Exposure memory e = _exposures[provider][grade];
        if (!(block.timestamp < e.peakUntil)) {
            // Every window counted in the peak has ended: start afresh.
            e.peakGpus = 0;
            e.peakUntil = 0;
        }
        if (gpusNeeded > e.peakGpus) e.peakGpus = gpusNeeded.toUint64();
        if (end > e.peakUntil) e.peakUntil = end.toUint64();
        e.outstanding = (uint256(e.outstanding) + amount).toUint128();
        _exposures[provider][grade] = e;
    }

    /// @dev Reverts unless `id` is a valid reservation id.
    function _checkReservation(uint256 id) private pure {
        InstrumentId.Reason reason = InstrumentId.check(id);
        if (reason != InstrumentId.Reason.None) revert InvalidInstrument(id, reason);
        if (InstrumentId.kind(id) != InstrumentId.KIND_RESERVATION) revert NotReservation(id);
    }

    /// @dev Whether queue entry `i` of `id` is the provider's live entry and
    /// it has GPU-hours unassigned.
    function _live(uint256 id, address provider, uint256 i) private view returns (bool) {
        Position memory p = _positions[provider][id];
        return p.queueSlot == i + 1 && p.minted > p.assigned;
    }

    /// @dev The assignment rule (docs/delivery.md; redeemer/assign mirrors
    /// it). Advances the queue head past dead entries; reverts with
    /// NotAssignable when the providers cannot hold `gpus` together.
    function _assign(uint256 id, uint256 grade, uint256 gpus, uint256 hours_, uint256 startHour)
        private
        returns (Part[] memory parts)
    {
        address[] storage q = _queue[id];
        uint256 head = _queueHead[id];
        uint256 len = q.length;
        while (head < len && !_live(id, q[head], head)) ++head;
        if (head != _queueHead[id]) _queueHead[id] = head;
        parts = new Part[](len - head);
        uint256 n = 0;
        for (uint256 i = head; i < len; ++i) {
            address p = q[i];
            if (!_live(id, p, i)) continue;
            uint256 h = _holdable(p, id, grade, hours_, startHour);
            if (h >= gpus) {
                // One provider holds it all: no split.
                parts[0] = Part(p, h, gpus);
                assembly ("memory-safe") {
                    mstore(parts, 1)
                }
                return parts;
            }
            parts[n] = Part(p, h, 0);
            ++n;
        }
        uint256 left = gpus;
        for (uint256 i = 0; i < n && left != 0; ++i) {
            uint256 take = parts[i].holdable < left ? parts[i].holdable : left;
            parts[i].gpus = take;
            left -= take;
        }
        if (left != 0) revert NotAssignable(id, gpus, hours_, gpus - left);
        assembly ("memory-safe") {
            mstore(parts, n)
        }
    }

    /// @dev Opens lease `leaseId` of part `pt` (a redemption's provider
    /// part, or a spot lease) for `holder`: the provider's per-hour ledger
    /// and exposure of the id's reservation grade, the lease, LeaseAssigned.
    function _openLease(
        uint256 leaseId,
        address holder,
        Part memory pt,
        uint256 id,
        uint32 startHour,
        uint16 hours_,
        bytes32 specHash
    ) private {
        uint256 grade = InstrumentId.reservationGrade(id);
        uint256 peak = _lease(pt.provider, grade, startHour, hours_, pt.gpus);
        uint256 end = (uint256(startHour) + hours_) * InstrumentId.SECONDS_PER_HOUR;
        Exposure storage e = _exposures[pt.provider][grade];
        if (peak > e.peakGpus) e.peakGpus = uint64(peak);
        if (end > e.peakUntil) e.peakUntil = uint64(end);
        Lease storage ls = _leases[leaseId];
        ls.holder = holder;
        ls.startHour = startHour;
        ls.hours_ = hours_;
        ls.gpus = uint32(pt.gpus);
        ls.state = LeaseState.Assigned;
        ls.provider = pt.provider;
        ls.assignedAt = uint48(block.timestamp);
        ls.id = id;
        ls.specHash = specHash;
        emit LeaseAssigned(leaseId, holder, pt.provider, id, pt.gpus, startHour, hours_, specHash, block.timestamp);
    }

    /// @dev GPUs provider `p` can hold for the whole lease: its unassigned
    /// GPU-hours of `id` over `hours_`, and its capacity (at most
    /// MAX_LEASED_GPUS) less the GPUs already leased in the busiest hour.
    function _holdable(address p, uint256 id, uint256 grade, uint256 hours_, uint256 startHour)
        private
        view
        returns (uint256)
    {
        Position memory pos = _positions[p][id];
        uint256 byTokens = (pos.minted - pos.assigned) / hours_;
        uint256 free = _freeGpus(p, grade, startHour, hours_);
        return byTokens < free ? byTokens : free;
    }

    /// @dev GPUs of `grade` provider `p` has free in every hour of
    /// [startHour, startHour + hours_): its capacity (at most
    /// MAX_LEASED_GPUS) less the GPUs leased in the busiest of those hours.
    function _freeGpus(address p, uint256 grade, uint256 startHour, uint256 hours_)
        private
        view
        returns (uint256)
    {
        uint256 cap = capacity[p][grade];
        if (cap > MAX_LEASED_GPUS) cap = MAX_LEASED_GPUS;
        uint256 busiest = 0;
        uint256 end = startHour + hours_;
        uint256 word = type(uint256).max;
        uint256 bits;
        for (uint256 h = startHour; h < end; ++h) {
            if (h >> 4 != word) {
                word = h >> 4;
                bits = _leased[p][grade][word];
            }
            uint256 used = (bits >> ((h & 15) << 4)) & 0xffff;
            if (used > busiest) busiest = used;
        }
        return cap > busiest ? cap - busiest : 0;
    }

    /// @dev Adds `gpus` to provider `p`'s leased GPUs of `grade` in each
    /// hour of the lease; returns the most leased in any of them after.
    function _lease(address p, uint256 grade, uint256 startHour, uint256 hours_, uint256 gpus)
        private
        returns (uint256 peak)
    {
        mapping(uint256 => uint256) storage ledger = _leased[p][grade];
        uint256 end = startHour + hours_;
        uint256 h = startHour;
        while (h < end) {
            uint256 word = h >> 4;
            uint256 bits = ledger[word];
            uint256 stop = (word + 1) << 4;
            if (stop > end) stop = end;
            for (; h < stop; ++h) {
                uint256 shift = (h & 15) << 4;
                uint256 used = ((bits >> shift) & 0xffff) + gpus; // <= capacity <= 0xffff (checked by _holdable)
                if (used > peak) peak = used;
                bits = (bits & ~(uint256(0xffff) << shift)) | (used << shift);
            }
            ledger[word] = bits;
        }
    }

    /// @dev Lowers the provider's outstanding GPU-hours of `grade` by `amount`.
    function _reduceExposure(address provider, uint256 grade, uint256 amount) private {
        Exposure storage e = _exposures[provider][grade];
        uint128 outstanding = e.outstanding - uint128(amount);
        if (outstanding == 0) {
            delete _exposures[provider][grade];
        } else {
            e.outstanding = outstanding;
        }
    }

    /// @dev The lease's hours as Unix seconds: [start, end).
    function _span(Lease storage ls) private view returns (uint256 start, uint256 end) {
        start = uint256(ls.startHour) * InstrumentId.SECONDS_PER_HOUR;
        end = start + uint256(ls.hours_) * InstrumentId.SECONDS_PER_HOUR;
    }

    function _leaseOf(uint256 leaseId) private view returns (Lease storage ls) {
        ls = _leases[leaseId];
        if (ls.state == LeaseState.None) revert UnknownLease(leaseId);
    }

    /// @dev Reverts unless the caller is `provider` or the key of one of its
    /// approved nodes.
    function _onlyProviderSide(uint256 leaseId, address provider) private view {
        if (msg.sender != provider && nodeKeyProvider[msg.sender] != provider) {
            revert NotLeaseProvider(leaseId, msg.sender);
        }
    }
}
