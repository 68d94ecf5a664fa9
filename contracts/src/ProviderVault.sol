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
/// calls it, against that provider's free collateral. Burning a provider's
/// tokens here needs the provider's ERC-1155 approval of the vault.
///
/// Roles. DEFAULT_ADMIN_ROLE (the timelock in a deployment, see
/// docs/contracts.md) sets collateral rates and grants or revokes roles;
/// REGISTRAR_ROLE approves and rejects nodes. Neither can mint, burn,
/// move collateral or change a position: no function here takes another
/// provider's tokens or collateral.
///
/// Invariant: for every provider, `locked <= deposited`, and `locked` is the
/// sum over instruments of the collateral locked at mint (amount x the
/// grade's collateral per GPU-hour at that time), less what burns released
/// pro rata. So a provider's minted, undelivered GPU-hours never exceed what
/// its collateral covers, and the vault's stablecoin balance is at least the
/// sum of all `deposited`.
///
/// Capacity caveat: a mint of instrument `id` is bounded by
/// `capacity x windowHours` for that id alone. Overlapping windows of one
/// grade each count the full capacity (the vault keeps no per-hour ledger),
/// so capacity can be oversold across overlapping windows; collateral is the
/// binding safety.
contract ProviderVault is AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /// @notice May approve or reject proposed nodes. An oracle-attested
    /// inventory replaces it later (see {_approveNode}).
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");

    enum NodeStatus {
        None,
        Proposed,
        Approved,
        Rejected,
        Retired
    }

    /// @notice A provider's node: `gpus` GPUs of one reservation grade.
    struct Node {
        uint256 gradeKey;
        uint32 gpus;
        NodeStatus status;
    }

    /// @notice A provider's collateral, in stablecoin base units.
    struct Account {
        uint128 deposited; // deposited less withdrawn
        uint128 locked; // backing minted tokens; always <= deposited
    }

    /// @notice What a provider minted of one instrument and still owes.
    struct Position {
        uint128 minted; // GPU-hours minted less burned
        uint128 locked; // collateral locked for them
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

    // Amounts stay in the data, not in topics: a topic costs 375 gas, a data
    // word 256, and nobody filters logs by amount.
    // solhint-disable gas-indexed-events
    event CollateralRateSet(uint256 indexed gradeKey, uint256 collateralPerGpuHour);
    event NodeProposed(address indexed provider, bytes32 indexed nodeId, uint256 indexed gradeKey, uint32 gpus);
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
    /// reservation grade. The content is fixed until a registrar decides; a
    /// rejected or retired node id may be proposed again.
    function proposeNode(bytes32 nodeId, uint256 gradeKey, uint32 gpus) external {
        if (gpus == 0) revert ZeroGpus();
        if (!InstrumentId.isReservationGrade(gradeKey)) revert InvalidGrade(gradeKey);
        Node storage n = _nodes[msg.sender][nodeId];
        NodeStatus s = n.status;
        if (s == NodeStatus.Proposed || s == NodeStatus.Approved) revert NodeAlreadyRegistered(msg.sender, nodeId, s);
        n.gradeKey = gradeKey;
        n.gpus = gpus;
        n.status = NodeStatus.Proposed;
        emit NodeProposed(msg.sender, nodeId, gradeKey, gpus);
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
        capacity[msg.sender][grade] = capAfter;
        emit NodeRetired(msg.sender, nodeId, grade, gpus, capAfter);
    }

    /// @dev The one place where a node becomes capacity. The registrar calls
    /// it today; an oracle-attested inventory will call it instead.
    function _approveNode(address provider, bytes32 nodeId) internal {
        Node storage n = _nodes[provider][nodeId];
        if (n.status != NodeStatus.Proposed) revert NodeNotPending(provider, nodeId, n.status);
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
        uint256 release = amount == p.minted ? p.locked : (uint256(p.locked) * amount) / p.minted;
        _positions[msg.sender][id] = Position(p.minted - uint128(amount), p.locked - uint128(release));
        Account storage a = _accounts[msg.sender];
        uint256 locked = uint256(a.locked) - release;
        a.locked = uint128(locked);

        uint256 grade = InstrumentId.gradeKey(id);
        Exposure storage e = _exposures[msg.sender][grade];
        uint128 outstanding = e.outstanding - uint128(amount);
        if (outstanding == 0) {
            delete _exposures[msg.sender][grade];
        } else {
            e.outstanding = outstanding;
        }
        emit Burned(msg.sender, id, amount, release, locked);

        TOKEN.burn(msg.sender, id, amount);
    }

    // ---- views ----

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
        minted = uint256(p.minted) + amount;
        _positions[provider][id] = Position(minted.toUint128(), (uint256(p.locked) + need).toUint128());
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
}
