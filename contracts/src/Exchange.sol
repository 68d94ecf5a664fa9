// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IERC1155} from "@openzeppelin/contracts/token/ERC1155/IERC1155.sol";
import {IERC1155Receiver} from "@openzeppelin/contracts/token/ERC1155/IERC1155Receiver.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title Exchange
/// @notice Hourglass settlement: holds traders' stablecoin and GPU-hour
/// tokens as internal balances and settles batches of fills between
/// EIP-712-signed orders that the off-chain engine matched
/// (docs/contracts.md is the specification).
///
/// Roles. The admin (owner, two-step transfer) sets the operator, the
/// guardian, the fee recipient and the withdrawal delay. The operator may
/// only call {settle}: every balance it moves is bounded by orders their
/// owners signed. The guardian pauses and unpauses settlement, never
/// deposits or withdrawals.
///
/// Leaving needs nobody: {requestWithdrawal} earmarks an amount, and
/// {executeWithdrawal} pays it out after {withdrawalDelay}, from what the
/// balance still holds then: during the delay the operator settles the
/// fills matched before the request (settlement may still debit the
/// balance), so a request never cancels a trade already made. There is no
/// operator fast path.
///
/// Gas. {settle} reads each touched balance slot once, keeps running
/// values in memory (transient storage maps a slot to its memory entry),
/// and writes each changed slot once at the end. An account's cash shares
/// its slot with its nonce window, so marking a filled order's nonce used
/// costs nothing extra, and an order's filled amount is stored only while
/// the order is left partially filled after a batch. The per-fill path is
/// one assembly block (see {_settleFills}) working on a memory context at
/// a fixed address, and a batch emits a single event, {BatchSettled}, whose
/// `results` carry one byte per fill (settled, or skipped with its reason).
contract Exchange is Ownable2Step, ReentrancyGuardTransient, IERC1155Receiver {
    using SafeERC20 for IERC20;

    /// @notice An order as its maker signs it (EIP-712 primary type "Order").
    /// side: 0 buy, 1 sell. price: stablecoin base units per token unit.
    /// amount: token units. maxFeeBps: the most the maker pays, in basis
    /// points of the notional. expiry: Unix seconds, the order is dead from
    /// that second on; 0 = no expiry. nonce: identifies the order among the
    /// maker's orders (one nonce, one order). salt: free. signatureType:
    /// 0 ECDSA by the maker's key, 1 EIP-1271 by the maker contract.
    struct Order {
        address maker;
        uint256 market;
        uint8 side;
        uint256 price;
        uint256 amount;
        uint16 maxFeeBps;
        uint64 expiry;
        uint64 nonce;
        uint256 salt;
        uint8 signatureType;
    }

    /// @notice A pending withdrawal: `amount` can be paid out from `readyAt` (Unix seconds) on.
    struct Pending {
        uint256 amount;
        uint64 readyAt;
    }

    /// @notice An account's nonce state: every nonce below `base` is used,
    /// nonce base+i is used if bit i of `window` is set, nonces at or above
    /// base+64 are kept in a bitmap (`farNonces`: whether any bit is set).
    /// `partialOrders` counts its orders with a stored filled amount.
    struct NonceState {
        uint64 base;
        uint64 window;
        bool farNonces;
        uint256 partialOrders;
    }

    bytes32 public constant ORDER_TYPEHASH = keccak256(
        "Order(address maker,uint256 market,uint8 side,uint256 price,uint256 amount,uint16 maxFeeBps,uint64 expiry,uint64 nonce,uint256 salt,uint8 signatureType)"
    );

    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 private constant NAME_HASH = keccak256("Hourglass Exchange");
    bytes32 private constant VERSION_HASH = keccak256("1");

    /// @notice The asset id of the stablecoin in deposits, withdrawals and
    /// {balanceOf}; every other asset id is a token id, so token id 0 is refused.
    uint256 public constant CASH = 0;
    /// @notice The most a fill may charge either side, whatever the order signed.
    uint256 public constant MAX_FEE_BPS = 1000;
    uint64 public constant MAX_WITHDRAWAL_DELAY = 7 days;
    /// @notice Gas given to one EIP-1271 isValidSignature call.
    uint256 public constant CONTRACT_SIGNATURE_GAS = 200_000;
    /// @notice The most gas one {settle} spends inside EIP-1271 wallets, all
    /// together. Each wallet order is asked once per batch; a call starts
    /// only while at least CONTRACT_SIGNATURE_GAS of this budget is left and
    /// is charged the gas it used, so wallets burn at most this much per
    /// batch. A wallet order reached with less left is skipped
    /// WALLET_GAS_BUDGET (docs/contracts.md, "Gas bounds").
    uint256 public constant WALLET_GAS_BUDGET = 2_000_000;
    /// @notice The most steps one nonce-base slide takes (each step moves
    /// the base past at most 64 used nonces and reads at most two bitmap
    /// words); a longer run of used nonces is passed on later calls.
    uint256 public constant MAX_SLIDE_STEPS = 4;
    /// @notice A reservation instrument trades until its window start minus
    /// this lead (DESIGN.md, "The delivery half"); later fills are skipped
    /// TRADING_CLOSED. One constant for every grade: there is no per-grade
    /// parameter on chain yet.
    uint256 public constant TRADING_CLOSE_LEAD = 2 hours;
    /// @notice The most gas one spot desk call (openSpot through
    /// {spotDesk}) gets for a spot fill: a batch of one fill of the longest
    /// lease (168 h, its ledger words new) costs about 554,000 gas in all
    /// (docs/contracts.md, "Spot fills").
    uint256 public constant SPOT_CALL_GAS = 1_000_000;
    /// @notice A failed spot desk call that leaves less gas than this may
    /// have got less than SPOT_CALL_GAS (EIP-150 gives a call at most 63/64
    /// of what is left; a starved call and its own inner call leave at most
    /// about 2/63 of SPOT_CALL_GAS): the batch then reverts (SpotGasTooLow)
    /// rather than skip a fill the desk might have taken. A batch sent with
    /// too little gas fails as a whole, so a gas estimate never skips a
    /// spot fill, and a spot fill needs no more gas than it uses.
    uint256 public constant SPOT_STARVED_BELOW = SPOT_CALL_GAS / 31;
    /// @notice Bytes of one order record and one fill record in {settle}.
    uint256 public constant ORDER_BYTES = 185;
    uint256 public constant FILL_BYTES = 24;
    /// @notice Cash balances live in 96 bits. Deposits keep the exchange's
    /// stablecoin holdings at or below this, so no balance can exceed it.
    uint256 public constant MAX_CASH = 0xffffffffffffffffffffffff;
    /// @notice The largest price and amount an order may carry (2^120 - 1).
    uint256 public constant MAX_ORDER_VALUE = 0xffffffffffffffffffffffffffffff;

    // Skip reasons: bits 0..5 of a skipped fill's byte in the results of
    // {BatchSettled} (stable: never renumbered, at most 63). The assembly of
    // {_settleFills} writes them as literals next to these names.
    uint256 private constant R_BAD_ORDER_INDEX = 1;
    uint256 private constant R_BAD_ORDER = 2;
    uint256 private constant R_BAD_SIGNATURE = 3;
    uint256 private constant R_EXPIRED = 4;
    uint256 private constant R_NONCE_USED = 5;
    uint256 private constant R_DUPLICATE_ORDER = 6;
    uint256 private constant R_MARKET_MISMATCH = 7;
    uint256 private constant R_SAME_SIDE = 8;
    uint256 private constant R_PRICE_NOT_CROSSED = 9;
    uint256 private constant R_ZERO_QTY = 10;
    uint256 private constant R_OVERFILL = 11;
    uint256 private constant R_FEE_TOO_HIGH = 12;
    uint256 private constant R_INSUFFICIENT_CASH = 13;
    uint256 private constant R_INSUFFICIENT_TOKENS = 14;
    uint256 private constant R_WALLET_GAS_BUDGET = 15;
    uint256 private constant R_TRADING_CLOSED = 16;
    uint256 private constant R_SPOT_REFUSED = 17;
    // Parties of a skip, bits 6..7 of its result byte: the fill itself (or
    // the pair of orders), its taker order or its maker order.
    uint256 private constant P_FILL = 0;
    uint256 private constant P_TAKER = 1;
    uint256 private constant P_MAKER = 2;

    // Account word: cash (bits 0..95) | partially filled orders with a stored
    // filled amount (96..126) | far-nonce flag (127) | nonce base (128..191)
    // | nonce window (192..255), bit 192+i = nonce base+i is used.
    uint256 private constant MASK64 = 0xffffffffffffffff;
    uint256 private constant MASK128 = 0xffffffffffffffffffffffffffffffff;
    uint256 private constant PARTIAL_ONE = 0x1000000000000000000000000; // 1 << 96
    uint256 private constant PARTIAL_MASK = 0x7fffffff;
    uint256 private constant FAR_FLAG = 0x80000000000000000000000000000000; // 1 << 127

    // Order status in a batch's memory.
    uint256 private constant S_VALID = 0xff;

    // Batch context (memory, offsets from its base). See settle.
    uint256 private constant CTX = 0x80; // its address
    uint256 private constant C_ORDERS = 0x00; // calldata offset of the order records
    uint256 private constant C_N = 0x20; // number of orders
    uint256 private constant C_SIGS = 0x40; // calldata offset of contractSigs
    uint256 private constant C_SIGSLEN = 0x60;
    uint256 private constant C_TAG = 0x80; // batch id: tags transient entries
    uint256 private constant C_DOMAIN = 0xa0;
    uint256 private constant C_OMEM = 0xc0; // order states, 0xc0 bytes each
    uint256 private constant C_ANEXT = 0xe0; // next free account entry
    uint256 private constant C_ABASE = 0x100;
    uint256 private constant C_TNEXT = 0x120; // next free token entry
    uint256 private constant C_TBASE = 0x140;
    uint256 private constant C_FEE = 0x160; // fee recipient's account entry
    uint256 private constant C_SETTLED = 0x180;
    uint256 private constant C_SKIPPED = 0x1a0;
    uint256 private constant C_QTY = 0x1c0; // the current fill:
    uint256 private constant C_TFEE = 0x1e0;
    uint256 private constant C_MFEE = 0x200;
    uint256 private constant C_NOTIONAL = 0x220;
    uint256 private constant C_WGAS = 0x240; // EIP-1271 gas left in the batch
    uint256 private constant C_BUYER = 0x260; // order state of the buy order
    uint256 private constant C_SELLER = 0x280;
    uint256 private constant C_BFEE = 0x2a0;
    uint256 private constant C_SFEE = 0x2c0;
    uint256 private constant C_BPARTY = 0x2e0;
    uint256 private constant C_HASH = 0x300; // 11 words of hashing scratch
    uint256 private constant C_RES = 0x460; // the BatchSettled data: 4 words, then the results
    uint256 private constant C_SACC = 0x480; // storage slots of _accounts, _tokens,
    uint256 private constant C_STOK = 0x4a0; // _nonceBitmap and _filled
    uint256 private constant C_SBMP = 0x4c0;
    uint256 private constant C_SFIL = 0x4e0;
    uint256 private constant C_TYPEHASH = 0x500;
    uint256 private constant C_FEEADDR = 0x520; // the fee recipient
    uint256 private constant C_ESCROW = 0x540; // the batch's spot escrow, owed to the spot desk
    uint256 private constant C_DESK = 0x560; // the spot desk | 1 << 160 once read (0: not yet)
    uint256 private constant C_SDESK = 0x580; // storage slot of spotDesk
    uint256 private constant C_SIZE = 0x5a0;

    IERC20 public immutable STABLECOIN;
    IERC1155 public immutable TOKEN;
    uint256 private immutable CACHED_CHAIN_ID;
    address private immutable CACHED_THIS;
    bytes32 private immutable CACHED_DOMAIN_SEPARATOR;

    /// @notice The only account that may call {settle}.
    address public operator;
    /// @notice The id of the last settled batch; the next must be one more.
    uint64 public lastBatchId;
    bool public settlementPaused;
    address public guardian;
    /// @notice Receives every fee into its internal cash balance.
    address public feeRecipient;
    uint64 public withdrawalDelay;
    /// @notice Where spot fills go ({setSpotDesk}): the DeliveryOracle,
    /// which opens the lease and holds the buyer's payment in escrow. Zero:
    /// spot fills are skipped SPOT_REFUSED.
    address public spotDesk;

    mapping(address account => uint256 word) private _accounts;
    mapping(uint256 id => mapping(address account => uint256 balance)) private _tokens;
    mapping(address account => mapping(uint256 word => uint256 bits)) private _nonceBitmap;
    // filled amount (bits 0..127) | nonce (128..191) of an order left
    // partially filled, by maker and order digest.
    mapping(address maker => mapping(bytes32 digest => uint256 entry)) private _filled;
    // amount (bits 0..191) | ready time (192..255)
    mapping(address account => mapping(uint256 asset => uint256 entry)) private _pending;

    event Deposited(address indexed account, uint256 indexed asset, uint256 amount);
    event WithdrawalRequested(address indexed account, uint256 indexed asset, uint256 amount, uint256 pending, uint64 readyAt);
    event WithdrawalCancelled(address indexed account, uint256 indexed asset, uint256 amount);
    event WithdrawalExecuted(address indexed account, uint256 indexed asset, uint256 amount);
    event NoncesCancelled(address indexed account, uint64[] nonces);
    event CancelledBelow(address indexed account, uint64 floor);
    /// @notice The outcome of batch `batchId`, the only event {settle}
    /// emits: `settled` fills settled and `skipped` were skipped, and
    /// `results` has one byte per fill, in the order of the batch's fill
    /// records. Byte i is 0 when fill i settled: its quantity is its fill
    /// record's, its price its maker order's (both in the calldata). Else
    /// fill i was skipped and byte i is party << 6 | reason: reason (bits
    /// 0..5) a stable skip code (1 BAD_ORDER_INDEX .. 17 SPOT_REFUSED,
    /// see the R_ constants), party (bits 6..7) 0 the fill itself or the
    /// pair of orders, 1 its taker order, 2 its maker order.
    event BatchSettled(uint64 indexed batchId, uint256 settled, uint256 skipped, bytes results);
    event OperatorSet(address operator);
    event GuardianSet(address guardian);
    event FeeRecipientSet(address feeRecipient);
    event WithdrawalDelaySet(uint64 delay);
    event SettlementPausedSet(bool paused);
    event SpotDeskSet(address spotDesk);

    error NotOperator();
    error NotGuardian();
    error NotToken();
    error SettlementIsPaused();
    error BadBatchId(uint64 got, uint64 want);
    error BadBatchEncoding();
    error ZeroAmount();
    error ZeroAddress();
    error CashAsTokenId();
    error CashCapExceeded();
    error InsufficientBalance(uint256 available, uint256 wanted);
    error TransferAmountMismatch(uint256 received, uint256 expected);
    error PendingOverflow();
    error NoPendingWithdrawal();
    error WithdrawalNotReady(uint64 readyAt);
    error DelayTooLong(uint64 delay, uint64 max);
    error SpotGasTooLow();

    modifier onlyGuardian() {
        if (msg.sender != guardian) revert NotGuardian();
        _;
    }

    constructor(
        IERC20 stablecoin_,
        IERC1155 token_,
        address admin,
        address operator_,
        address guardian_,
        address feeRecipient_,
        uint64 withdrawalDelay_,
        address spotDesk_
    ) Ownable(admin) {
        if (address(stablecoin_) == address(0) || address(token_) == address(0)) revert ZeroAddress();
        if (feeRecipient_ == address(0)) revert ZeroAddress();
        if (withdrawalDelay_ > MAX_WITHDRAWAL_DELAY) revert DelayTooLong(withdrawalDelay_, MAX_WITHDRAWAL_DELAY);
        STABLECOIN = stablecoin_;
        TOKEN = token_;
        CACHED_CHAIN_ID = block.chainid;
        CACHED_THIS = address(this);
        CACHED_DOMAIN_SEPARATOR = _buildDomainSeparator();
        operator = operator_;
        guardian = guardian_;
        feeRecipient = feeRecipient_;
        withdrawalDelay = withdrawalDelay_;
        spotDesk = spotDesk_;
    }

    // ------------------------------------------------------------------
    // Admin and guardian

    function setOperator(address operator_) external onlyOwner {
        operator = operator_;
        emit OperatorSet(operator_);
    }

    function setGuardian(address guardian_) external onlyOwner {
        guardian = guardian_;
        emit GuardianSet(guardian_);
    }

    function setFeeRecipient(address feeRecipient_) external onlyOwner {
        if (feeRecipient_ == address(0)) revert ZeroAddress();
        feeRecipient = feeRecipient_;
        emit FeeRecipientSet(feeRecipient_);
    }

    /// @notice Sets the spot desk (the DeliveryOracle, which must grant
    /// this exchange its EXCHANGE_ROLE); zero stops spot fills (each is
    /// skipped SPOT_REFUSED).
    function setSpotDesk(address spotDesk_) external onlyOwner {
        spotDesk = spotDesk_;
        emit SpotDeskSet(spotDesk_);
    }

    /// @notice Sets the delay of withdrawals requested from now on (at most
    /// MAX_WITHDRAWAL_DELAY); pending requests keep their ready time.
    function setWithdrawalDelay(uint64 delay) external onlyOwner {
        if (delay > MAX_WITHDRAWAL_DELAY) revert DelayTooLong(delay, MAX_WITHDRAWAL_DELAY);
        withdrawalDelay = delay;
        emit WithdrawalDelaySet(delay);
    }

    /// @notice Stops {settle}. Deposits, withdrawals and cancels go on.
    function pauseSettlement() external onlyGuardian {
        settlementPaused = true;
        emit SettlementPausedSet(true);
    }

    function unpauseSettlement() external onlyGuardian {
        settlementPaused = false;
        emit SettlementPausedSet(false);
    }

    // ------------------------------------------------------------------
    // Deposits

    /// @notice Pulls `amount` stablecoin from the caller into its balance.
    function deposit(uint256 amount) external nonReentrant {
        _depositCash(msg.sender, msg.sender, amount);
    }

    /// @notice Pulls `amount` stablecoin from the caller into `account`'s balance.
    function depositFor(address account, uint256 amount) external nonReentrant {
        _depositCash(msg.sender, account, amount);
    }

    /// @notice {deposit} with an EIP-2612 permit. A permit that fails (for
    /// example because someone submitted it first) is ignored; the transfer
    /// then needs the allowance to be there anyway.
    function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external nonReentrant {
        // A permit that fails (front-run or already used) is ignored: the
        // allowance decides in the transfer below.
        // solhint-disable-next-line no-empty-blocks
        try IERC20Permit(address(STABLECOIN)).permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {}
        _depositCash(msg.sender, msg.sender, amount);
    }

    /// @notice Pulls `amount` of token `id` from the caller (which must have
    /// approved the exchange with setApprovalForAll); {onERC1155Received}
    /// credits it. Not nonReentrant itself: the hook is.
    function depositToken(uint256 id, uint256 amount) external {
        if (id == CASH) revert CashAsTokenId();
        if (amount == 0) revert ZeroAmount();
        TOKEN.safeTransferFrom(msg.sender, address(this), id, amount, "");
    }

    /// @notice Credits tokens sent with safeTransferFrom, only from the
    /// exchange's token. The beneficiary is `from`, or the address that
    /// `data` encodes when it is exactly 32 bytes (a mint or a gift).
    function onERC1155Received(address, address from, uint256 id, uint256 value, bytes calldata data)
        external
        nonReentrant
        returns (bytes4)
    {
        if (msg.sender != address(TOKEN)) revert NotToken();
        _creditToken(_beneficiary(from, data), id, value);
        return this.onERC1155Received.selector;
    }

    function onERC1155BatchReceived(
        address,
        address from,
        uint256[] calldata ids,
        uint256[] calldata values,
        bytes calldata data
    ) external nonReentrant returns (bytes4) {
        if (msg.sender != address(TOKEN)) revert NotToken();
        address account = _beneficiary(from, data);
        for (uint256 i; i < ids.length; ++i) {
            _creditToken(account, ids[i], values[i]);
        }
        return this.onERC1155BatchReceived.selector;
    }

    function supportsInterface(bytes4 interfaceId) external pure returns (bool) {
        return interfaceId == type(IERC1155Receiver).interfaceId || interfaceId == type(IERC165).interfaceId;
    }

    function _depositCash(address from, address account, uint256 amount) private {
        if (amount == 0) revert ZeroAmount();
        if (account == address(0)) revert ZeroAddress();
        _accounts[account] += amount; // the cap below keeps it inside 96 bits
        emit Deposited(account, CASH, amount);
        // A stablecoin that takes a fee on transfer (or otherwise delivers
        // another amount) is refused: the deposit reverts unless exactly
        // `amount` arrived, so internal cash never exceeds the holdings.
        uint256 before = STABLECOIN.balanceOf(address(this));
        STABLECOIN.safeTransferFrom(from, address(this), amount);
        uint256 afterwards = STABLECOIN.balanceOf(address(this));
        if (afterwards != before + amount) {
            revert TransferAmountMismatch(afterwards > before ? afterwards - before : 0, amount);
        }
        if (afterwards > MAX_CASH) revert CashCapExceeded();
    }

    function _beneficiary(address from, bytes calldata data) private pure returns (address account) {
        account = from;
        if (data.length == 32) account = abi.decode(data, (address));
        if (account == address(0)) revert ZeroAddress();
    }

    function _creditToken(address account, uint256 id, uint256 value) private {
        if (id == CASH) revert CashAsTokenId();
        // A zero transfer would log a deposit nobody made, for anyone.
        if (value == 0) revert ZeroAmount();
        _tokens[id][account] += value;
        emit Deposited(account, id, value);
    }

    // ------------------------------------------------------------------
    // Withdrawals: the escape hatch

    /// @notice Earmarks `amount` more of `asset` (CASH or a token id) for
    /// withdrawal: the caller's pending withdrawal of it becomes the old
    /// one plus `amount` (at most its balance now), ready after
    /// {withdrawalDelay} (adding restarts the delay). The amount stays in
    /// the balance meanwhile, so fills matched before the request still
    /// settle; {executeWithdrawal} pays what is left of it then. To stop
    /// trading for sure, cancel your orders too ({cancelBelow}).
    function requestWithdrawal(uint256 asset, uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        uint256 bal = _balance(msg.sender, asset);
        uint256 total = (_pending[msg.sender][asset] & type(uint192).max) + amount;
        if (bal < total) revert InsufficientBalance(bal, total);
        uint64 readyAt = uint64(block.timestamp) + withdrawalDelay;
        _pending[msg.sender][asset] = total | (uint256(readyAt) << 192);
        emit WithdrawalRequested(msg.sender, asset, amount, total, readyAt);
    }

    /// @notice Pays `account`'s pending withdrawal of `asset` out to
    /// `account` once its delay has passed. Anyone may call it; no operator
    /// is needed.
    function executeWithdrawal(address account, uint256 asset) external nonReentrant {
        _executeWithdrawal(account, asset, account);
    }

    /// @notice {executeWithdrawal} of the caller's own pending withdrawal,
    /// paid to `recipient` (for an account the stablecoin blacklists, or a
    /// contract without the ERC-1155 receiver hook). Only the owner of the
    /// balance chooses where it goes.
    function executeWithdrawalTo(uint256 asset, address recipient) external nonReentrant {
        if (recipient == address(0)) revert ZeroAddress();
        _executeWithdrawal(msg.sender, asset, recipient);
    }

    /// Pays min(pending, balance): settlement may have debited the balance
    /// during the delay. The unpaid rest of the request is logged as
    /// cancelled, so that a follower that debited the whole request (the
    /// engine does, on WithdrawalRequested) gets it back.
    function _executeWithdrawal(address account, uint256 asset, address recipient) private {
        uint256 p = _pending[account][asset];
        uint256 amount = p & type(uint192).max;
        if (amount == 0) revert NoPendingWithdrawal();
        uint64 readyAt = uint64(p >> 192);
        if (block.timestamp < readyAt) revert WithdrawalNotReady(readyAt);
        delete _pending[account][asset];
        uint256 bal = _balance(account, asset);
        uint256 paid = amount < bal ? amount : bal;
        if (asset == CASH) {
            _accounts[account] -= paid;
        } else {
            _tokens[asset][account] = bal - paid;
        }
        if (paid < amount) emit WithdrawalCancelled(account, asset, amount - paid);
        if (paid == 0) return;
        emit WithdrawalExecuted(account, asset, paid);
        if (asset == CASH) {
            STABLECOIN.safeTransfer(recipient, paid);
        } else {
            TOKEN.safeTransferFrom(address(this), recipient, asset, paid, "");
        }
    }

    /// @notice Drops the caller's pending withdrawal of `asset` (the amount
    /// never left its balance).
    function cancelWithdrawal(uint256 asset) external nonReentrant {
        uint256 amount = _pending[msg.sender][asset] & type(uint192).max;
        if (amount == 0) revert NoPendingWithdrawal();
        delete _pending[msg.sender][asset];
        emit WithdrawalCancelled(msg.sender, asset, amount);
    }

    function _balance(address account, uint256 asset) private view returns (uint256) {
        return asset == CASH ? _accounts[account] & MAX_CASH : _tokens[asset][account];
    }

    // ------------------------------------------------------------------
    // Cancels

    /// @notice Marks the caller's `nonces` used: the orders they identify
    /// can never fill again.
    function cancelNonces(uint64[] calldata nonces) external nonReentrant {
        uint256 w = _accounts[msg.sender];
        for (uint256 i; i < nonces.length; ++i) {
            w = _useNonce(w, msg.sender, nonces[i]);
        }
        _accounts[msg.sender] = w;
        emit NoncesCancelled(msg.sender, nonces);
    }

    /// @notice Cancels every order of the caller with a nonce below `floor`.
    /// A floor at or below the current nonce base changes nothing.
    function cancelBelow(uint64 floor) external nonReentrant {
        uint256 w = _accounts[msg.sender];
        uint256 base = (w >> 128) & MASK64;
        if (floor > base) {
            uint256 d = floor - base;
            uint256 bits = d >= 64 ? 0 : (w >> 192) >> d;
            if (w & FAR_FLAG != 0) bits |= _bitmapWindow(msg.sender, floor);
            w = _slide((w & MASK128) | (uint256(floor) << 128) | (bits << 192), msg.sender);
            _accounts[msg.sender] = w;
        }
        emit CancelledBelow(msg.sender, uint64(w >> 128));
    }

    /// @notice Moves `account`'s nonce base on past its used nonces, by at
    /// most MAX_SLIDE_STEPS steps (anyone may call it; it changes no nonce's
    /// state, only how it is stored).
    function slideNonces(address account) external nonReentrant {
        _accounts[account] = _slide(_accounts[account], account);
    }

    /// @notice Deletes the stored filled amounts of `maker`'s dead orders
    /// (nonce used), given their digests; anyone may call it. Each stored
    /// amount makes the maker's next new orders read one more slot, so a
    /// market maker that cancels partially filled orders may want this.
    function clearFilled(address maker, bytes32[] calldata digests) external nonReentrant {
        uint256 w = _accounts[maker];
        for (uint256 i; i < digests.length; ++i) {
            uint256 e = _filled[maker][digests[i]];
            if (e == 0 || !_nonceUsed(w, maker, (e >> 128) & MASK64)) continue;
            delete _filled[maker][digests[i]];
            w -= PARTIAL_ONE;
        }
        _accounts[maker] = w;
    }

    // ------------------------------------------------------------------
    // Views

    /// @notice The balance of `asset` (CASH or a token id), a pending
    /// withdrawal of it included (see {requestWithdrawal}).
    function balanceOf(address account, uint256 asset) external view returns (uint256) {
        return _balance(account, asset);
    }

    function pendingWithdrawal(address account, uint256 asset) external view returns (Pending memory) {
        uint256 p = _pending[account][asset];
        return Pending(p & type(uint192).max, uint64(p >> 192));
    }

    /// @notice The nonce state of `account` (see NonceState).
    function nonceState(address account) external view returns (NonceState memory) {
        uint256 w = _accounts[account];
        return NonceState(uint64(w >> 128), uint64(w >> 192), w & FAR_FLAG != 0, (w >> 96) & PARTIAL_MASK);
    }

    /// @notice Whether `nonce` of `account` is used (its orders are filled
    /// or cancelled).
    function isNonceUsed(address account, uint64 nonce) external view returns (bool) {
        return _nonceUsed(_accounts[account], account, nonce);
    }

    /// @notice The stored filled amount of an order left partially filled
    /// (0 for a new, a completed or a cleared one).
    function filledAmount(address maker, bytes32 digest) external view returns (uint256) {
        return _filled[maker][digest] & MASK128;
    }

    /// @notice The EIP-712 digest of `order` that its maker signs.
    function hashOrder(Order calldata order) external view returns (bytes32) {
        return MessageHashUtils.toTypedDataHash(_domainSeparator(), keccak256(abi.encode(ORDER_TYPEHASH, order)));
    }

    /// @notice The EIP-712 domain separator: name "Hourglass Exchange",
    /// version "1", this chain's id and this contract's address. Computed
    /// as OpenZeppelin's EIP712 does: cached at deployment, rebuilt when the
    /// chain id (a fork) or the address (a proxy) differs.
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparator();
    }

    function _domainSeparator() private view returns (bytes32) {
        if (address(this) == CACHED_THIS && block.chainid == CACHED_CHAIN_ID) return CACHED_DOMAIN_SEPARATOR;
        return _buildDomainSeparator();
    }

    function _buildDomainSeparator() private view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, address(this)));
    }

    // ------------------------------------------------------------------
    // Settlement

    /// @notice Settles batch `batchId` (must be lastBatchId + 1).
    ///
    /// `orders` holds ORDER_BYTES-byte records, each order of the batch once:
    ///   [0] side  [1] signatureType  [2,22) maker  [22,38) market (uint128)
    ///   [38,54) price (uint128)  [54,70) amount (uint128)  [70,72) maxFeeBps
    ///   [72,80) expiry  [80,88) nonce  [88,120) salt
    ///   [120,185) signature: EOA r ‖ s ‖ v; EIP-1271 offset (uint32) ‖
    ///   length (uint32) of its signature inside `contractSigs`, then zeros.
    /// `fills` holds FILL_BYTES-byte records:
    ///   [0,2) taker order index  [2,4) maker order index  [4,20) quantity
    ///   (uint128)  [20,22) taker fee bps  [22,24) maker fee bps.
    /// Each fill settles at the maker's price or is skipped with a reason; a
    /// skipped fill never reverts the batch. A fill of a spot market (kind
    /// byte 1) moves no tokens: it opens a lease through {spotDesk} and the
    /// buyer's notional goes to the desk's escrow (docs/contracts.md, "Spot
    /// fills"). The outcome of every fill is in
    /// the one {BatchSettled} event the call emits: byte i of its `results`
    /// is 0 when fill i settled (quantity: the fill record's, price: its
    /// maker order's), else party << 6 | reason.
    function settle(uint64 batchId, bytes calldata orders, bytes calldata fills, bytes calldata contractSigs)
        external
        nonReentrant
    {
        if (msg.sender != operator) revert NotOperator();
        if (settlementPaused) revert SettlementIsPaused();
        uint64 want = lastBatchId + 1;
        if (batchId != want) revert BadBatchId(batchId, want);
        lastBatchId = batchId;
        uint256 n = orders.length / ORDER_BYTES;
        uint256 nFills = fills.length / FILL_BYTES;
        if (n * ORDER_BYTES != orders.length || nFills * FILL_BYTES != fills.length || n > 0xffff || nFills > 0xffff) {
            revert BadBatchEncoding();
        }
        uint256 ordersOff;
        uint256 sigsOff;
        uint256 fillsOff;
        assembly ("memory-safe") {
            ordersOff := orders.offset
            sigsOff := contractSigs.offset
            fillsOff := fills.offset
        }
        uint256 ctx = _openBatch(batchId, n, nFills, ordersOff, sigsOff, contractSigs.length);
        _settleFills(ctx, fillsOff, nFills);
        _closeBatch(ctx, batchId, nFills);
    }

    /// Allocates the batch context: the context words, n order states
    /// (zeroed), room for n+1 account entries and n token entries, and the
    /// results of nFills fills (zeroed, behind a 0x80-byte event header).
    function _openBatch(uint64 batchId, uint256 n, uint256 nFills, uint256 ordersOff, uint256 sigsOff, uint256 sigsLen)
        private
        view
        returns (uint256 ctx)
    {
        bytes32 domain = _domainSeparator();
        bytes32 typehash = ORDER_TYPEHASH;
        address fee = feeRecipient;
        assembly ("memory-safe") {
            // The context sits at 0x80, so that settle's assembly can name
            // its words by constant addresses; nothing in memory is live
            // when settle gets here.
            ctx := CTX
            let omem := add(ctx, C_SIZE)
            let abase := add(omem, mul(n, 0xc0))
            let tbase := add(abase, mul(add(n, 1), 0x60))
            let res := add(tbase, mul(n, 0x60))
            let resLen := and(add(nFills, 0x1f), not(0x1f))
            mstore(0x40, add(add(res, 0x80), resLen))
            calldatacopy(omem, calldatasize(), mul(n, 0xc0))
            calldatacopy(add(res, 0x80), calldatasize(), resLen)
            mstore(add(ctx, C_ORDERS), ordersOff)
            mstore(add(ctx, C_N), n)
            mstore(add(ctx, C_SIGS), sigsOff)
            mstore(add(ctx, C_SIGSLEN), sigsLen)
            mstore(add(ctx, C_TAG), batchId)
            mstore(add(ctx, C_DOMAIN), domain)
            mstore(add(ctx, C_OMEM), omem)
            mstore(add(ctx, C_ANEXT), abase)
            mstore(add(ctx, C_ABASE), abase)
            mstore(add(ctx, C_TNEXT), tbase)
            mstore(add(ctx, C_TBASE), tbase)
            mstore(add(ctx, C_SETTLED), 0)
            mstore(add(ctx, C_SKIPPED), 0)
            mstore(add(ctx, C_RES), res)
            mstore(add(ctx, C_SACC), _accounts.slot)
            mstore(add(ctx, C_STOK), _tokens.slot)
            mstore(add(ctx, C_SBMP), _nonceBitmap.slot)
            mstore(add(ctx, C_SFIL), _filled.slot)
            mstore(add(ctx, C_TYPEHASH), typehash)
            mstore(add(ctx, C_FEEADDR), fee)
            mstore(add(ctx, C_WGAS), WALLET_GAS_BUDGET)
            mstore(add(ctx, C_ESCROW), 0)
            mstore(add(ctx, C_DESK), 0)
            mstore(add(ctx, C_SDESK), spotDesk.slot)
        }
    }

    /// Runs every fill of the batch against the context's running balances
    /// and records each fill's result byte. One assembly block: the checks
    /// are those the NatSpec of {settle} and docs/contracts.md
    /// list, in this order per fill: order indexes, quantity; the taker
    /// order, then the maker order (on first use in the batch: fields,
    /// expiry, trading close, digest, duplicate, nonce, stored filled
    /// amount, signature, an EIP-1271 one within the batch's wallet budget;
    /// later: nonce); market, side, price, fees, overfill; buyer's cash,
    /// seller's tokens. A spot fill, after overfill: seller's fee 0, buyer's
    /// cash, the spot desk's answer.
    // solhint-disable-next-line function-max-lines
    function _settleFills(uint256 ctx, uint256 rec, uint256 nFills) private {
        assembly ("memory-safe") {
            // ---- storage slots and memory entries ----

            // keccak256(key . slot): the slot of mapping entry `key`.
            function mapSlot(key, slot) -> s {
                mstore(0x00, key)
                mstore(0x20, slot)
                s := keccak256(0x00, 0x40)
            }

            // The memory entry {slot, original, running} of storage slot
            // `slot`, loaded on first use in the batch: transient storage
            // maps the slot to its entry (tagged with the batch id), so one
            // slot never has two entries. `nextOff` is the address of the context word
            // holding the next free entry of the table.
            function entry(slot, nextOff) -> e {
                let t := tload(slot)
                let tag := mload(0x100) // C_TAG
                switch eq(shr(128, t), tag)
                case 1 { e := and(t, 0xffffffffffffffffffffffffffffffff) }
                default {
                    e := mload(nextOff)
                    mstore(nextOff, add(e, 0x60))
                    let v := sload(slot)
                    mstore(e, slot)
                    mstore(add(e, 0x20), v)
                    mstore(add(e, 0x40), v)
                    tstore(slot, or(shl(128, tag), e))
                }
            }

            function bitmapSlot(a, wi) -> s {
                s := mapSlot(wi, mapSlot(a, mload(0x540))) // C_SBMP
            }

            // ---- nonces: as _nonceUsed, _useNonce, _slide, _bitmapWindow ----

            function nonceUsed(w, a, nonce) -> used {
                let base := and(shr(128, w), 0xffffffffffffffff)
                if lt(nonce, base) {
                    used := 1
                    leave
                }
                let d := sub(nonce, base)
                if lt(d, 64) {
                    used := and(shr(add(192, d), w), 1)
                    leave
                }
                if iszero(and(w, 0x80000000000000000000000000000000)) { leave } // FAR_FLAG
                used := and(shr(and(nonce, 255), sload(bitmapSlot(a, shr(8, nonce)))), 1)
            }

            function bitmapWindow(a, from) -> bits {
                let wi := shr(8, from)
                let b := and(from, 255)
                bits := shr(b, sload(bitmapSlot(a, wi)))
                if gt(b, 192) { bits := or(bits, shl(sub(256, b), sload(bitmapSlot(a, add(wi, 1))))) }
                bits := and(bits, 0xffffffffffffffff)
            }

            function slide(w, a) -> r {
                r := w
                for { let step := 0 } and(lt(step, 4), and(shr(192, r), 1)) { step := add(step, 1) } { // MAX_SLIDE_STEPS
                    let bits := shr(192, r)
                    let k := 0
                    for {} and(bits, 1) {} {
                        bits := shr(1, bits)
                        k := add(k, 1)
                    }
                    let base := add(and(shr(128, r), 0xffffffffffffffff), k)
                    if gt(base, 0xffffffffffffffff) { leave } // the end of the nonce space
                    if and(r, 0x80000000000000000000000000000000) { bits := or(bits, bitmapWindow(a, base)) }
                    r := or(or(and(r, 0xffffffffffffffffffffffffffffffff), shl(128, base)), shl(192, bits))
                }
            }

            function useNonce(w, a, nonce) -> r {
                r := w
                let base := and(shr(128, w), 0xffffffffffffffff)
                if lt(nonce, base) { leave }
                let d := sub(nonce, base)
                if lt(d, 64) {
                    r := or(r, shl(add(192, d), 1))
                    if and(shr(192, r), 1) { r := slide(r, a) }
                    leave
                }
                let s := bitmapSlot(a, shr(8, nonce))
                sstore(s, or(sload(s), shl(and(nonce, 255), 1)))
                r := or(r, 0x80000000000000000000000000000000)
            }

            // ---- signatures ----

            // OpenZeppelin ECDSA.tryRecover: s in the lower half order (no
            // malleable twin), the precompile's answer, a nonzero signer.
            function ecdsaOk(digest, r, maker) -> ok {
                let s := calldataload(add(r, 152))
                if gt(s, 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0) { leave }
                let m := mload(0x40)
                mstore(m, digest)
                mstore(add(m, 0x20), byte(0, calldataload(add(r, 184))))
                mstore(add(m, 0x40), calldataload(add(r, 120)))
                mstore(add(m, 0x60), s)
                mstore(0x00, 0)
                let success := staticcall(gas(), 1, m, 0x80, 0x00, 0x20)
                let signer := mload(0x00)
                ok := and(and(success, eq(returndatasize(), 0x20)), and(iszero(iszero(signer)), eq(signer, maker)))
            }

            // EIP-1271 as OpenZeppelin's SignatureChecker does it (static
            // call, at least 32 bytes back, exactly the magic value), with a
            // gas cap (CONTRACT_SIGNATURE_GAS) per call; validate calls it
            // once per order and batch, within WALLET_GAS_BUDGET.
            function isValid1271(r, wallet, digest) -> ok {
                let off := shr(224, calldataload(add(r, 120)))
                let len := shr(224, calldataload(add(r, 124)))
                if iszero(gt(add(off, len), mload(0xe0))) { // C_SIGSLEN
                    let m := mload(0x40)
                    mstore(m, 0x1626ba7e00000000000000000000000000000000000000000000000000000000)
                    mstore(add(m, 0x04), digest)
                    mstore(add(m, 0x24), 0x40)
                    mstore(add(m, 0x44), len)
                    calldatacopy(add(m, 0x64), add(mload(0xc0), off), len) // C_SIGS
                    mstore(add(add(m, 0x64), len), 0)
                    let size := add(0x64, and(add(len, 0x1f), not(0x1f)))
                    mstore(0x00, 0)
                    let success := staticcall(200000, wallet, m, size, 0x00, 0x20)
                    ok := and(
                        success,
                        and(
                            gt(returndatasize(), 0x1f),
                            eq(mload(0x00), 0x1626ba7e00000000000000000000000000000000000000000000000000000000)
                        )
                    )
                }
            }

            // ---- orders ----

            // First use of an order in the batch: fields, expiry, digest,
            // duplicates, nonce, stored fill, signature; fills in its state
            // {status, digest, filled, stored, account entry, token entry}.
            function validate(r, p) -> why {
                let h := 0x380 // C_HASH
                let w0 := calldataload(r)
                let w70 := calldataload(add(r, 70))
                let maker := shr(96, calldataload(add(r, 2)))
                let amount := shr(128, calldataload(add(r, 54)))
                {
                    let market := shr(128, calldataload(add(r, 22)))
                    let price := shr(128, calldataload(add(r, 38)))
                    mstore(h, mload(0x580)) // C_TYPEHASH
                    mstore(add(h, 0x20), maker)
                    mstore(add(h, 0x40), market)
                    mstore(add(h, 0x60), byte(0, w0)) // side
                    mstore(add(h, 0x80), price)
                    mstore(add(h, 0xa0), amount)
                    mstore(add(h, 0xc0), shr(240, w70)) // maxFeeBps
                    mstore(add(h, 0xe0), and(shr(176, w70), 0xffffffffffffffff)) // expiry
                    mstore(add(h, 0x100), and(shr(112, w70), 0xffffffffffffffff)) // nonce
                    mstore(add(h, 0x120), calldataload(add(r, 88))) // salt
                    mstore(add(h, 0x140), byte(1, w0)) // signatureType
                    let bad := or(gt(byte(0, w0), 1), gt(byte(1, w0), 1))
                    bad := or(bad, or(iszero(maker), iszero(market)))
                    // MAX_ORDER_VALUE
                    bad := or(bad, or(or(iszero(price), iszero(amount)), gt(or(price, amount), 0xffffffffffffffffffffffffffffff)))
                    if bad {
                        why := 2 // R_BAD_ORDER
                        leave
                    }
                }
                {
                    let expiry := and(shr(176, w70), 0xffffffffffffffff)
                    if and(iszero(iszero(expiry)), iszero(lt(timestamp(), expiry))) {
                        why := 4 // R_EXPIRED
                        leave
                    }
                    // A reservation (kind, bits 48..55, 0) with a window
                    // start (bits 16..47, hours) trades until the start
                    // minus TRADING_CLOSE_LEAD (7200 s).
                    let market := shr(128, calldataload(add(r, 22)))
                    let start := mul(and(shr(16, market), 0xffffffff), 3600)
                    if and(and(iszero(and(shr(48, market), 0xff)), iszero(iszero(start))), iszero(lt(add(timestamp(), 7200), start))) {
                        why := 16 // R_TRADING_CLOSED
                        leave
                    }
                }
                let digest
                {
                    let sh := keccak256(h, 0x160)
                    mstore(h, 0x1901000000000000000000000000000000000000000000000000000000000000)
                    mstore(add(h, 0x02), mload(0x120)) // C_DOMAIN
                    mstore(add(h, 0x22), sh)
                    digest := keccak256(h, 0x42)
                }
                mstore(add(p, 0x20), digest)
                // The same order twice in one batch would get two fill counters.
                {
                    let tag := mload(0x100) // C_TAG
                    if eq(tload(digest), tag) {
                        why := 6 // R_DUPLICATE_ORDER
                        leave
                    }
                    tstore(digest, tag)
                }
                let acct := entry(mapSlot(maker, mload(0x500)), 0x160) // C_SACC, C_ANEXT
                let stored := 0
                {
                    let w := mload(add(acct, 0x40))
                    if nonceUsed(w, maker, and(shr(112, w70), 0xffffffffffffffff)) {
                        why := 5 // R_NONCE_USED
                        leave
                    }
                    // Only accounts with a partially filled order have stored amounts.
                    if and(shr(96, w), 0x7fffffff) {
                        stored := and(sload(mapSlot(digest, mapSlot(maker, mload(0x560)))), 0xffffffffffffffffffffffffffffffff) // C_SFIL
                        if iszero(lt(stored, amount)) {
                            why := 5
                            leave
                        }
                    }
                }
                switch byte(1, w0)
                case 1 {
                    // The batch's wallet budget (WALLET_GAS_BUDGET): a call
                    // starts only with a full CONTRACT_SIGNATURE_GAS left
                    // and is charged what it used.
                    let left := mload(0x2c0) // C_WGAS
                    if lt(left, 200000) {
                        why := 15 // R_WALLET_GAS_BUDGET
                        leave
                    }
                    let g := gas()
                    let ok := isValid1271(r, maker, digest)
                    let used := sub(g, gas())
                    switch lt(used, left)
                    case 1 { mstore(0x2c0, sub(left, used)) }
                    default { mstore(0x2c0, 0) }
                    if iszero(ok) {
                        why := 3 // R_BAD_SIGNATURE
                        leave
                    }
                }
                default {
                    if iszero(ecdsaOk(digest, r, maker)) {
                        why := 3
                        leave
                    }
                }
                let tokSlot := mapSlot(maker, mapSlot(shr(128, calldataload(add(r, 22))), mload(0x520))) // C_STOK
                mstore(add(p, 0x40), stored)
                mstore(add(p, 0x60), stored)
                mstore(add(p, 0x80), acct)
                mstore(add(p, 0xa0), entry(tokSlot, 0x1a0)) // C_TNEXT
            }

            // Whether order state `p` can take part in a fill, validating it
            // on its first use in the batch (`fresh`).
            function use(r, p) -> why {
                let status := mload(p)
                if eq(status, 0xff) { // S_VALID
                    // Another order with the same nonce may have completed in this batch.
                    if nonceUsed(mload(add(mload(add(p, 0x80)), 0x40)), shr(96, calldataload(add(r, 2))), shr(192, calldataload(add(r, 80)))) {
                        mstore(p, 5)
                        why := 5 // R_NONCE_USED
                    }
                    leave
                }
                if status {
                    why := status
                    leave
                }
                why := validate(r, p)
                switch why
                case 0 { mstore(p, 0xff) }
                default { mstore(p, why) }
            }

            // ---- a fill ----

            // The order-pair checks of a fill; prices its notional and fees.
            function check(t, m, tr, mr) -> why, who {
                if iszero(eq(shr(128, calldataload(add(tr, 22))), shr(128, calldataload(add(mr, 22))))) {
                    why := 7 // R_MARKET_MISMATCH
                    leave
                }
                let tSide := byte(0, calldataload(tr))
                if eq(tSide, byte(0, calldataload(mr))) {
                    why := 8 // R_SAME_SIDE
                    leave
                }
                let mPrice := shr(128, calldataload(add(mr, 38)))
                {
                    let tPrice := shr(128, calldataload(add(tr, 38)))
                    switch tSide
                    case 0 { if lt(tPrice, mPrice) { why := 9 } }
                    default { if gt(tPrice, mPrice) { why := 9 } }
                    if why { leave } // R_PRICE_NOT_CROSSED
                }
                let tFee := mload(0x260) // C_TFEE
                if or(gt(tFee, 1000), gt(tFee, shr(240, calldataload(add(tr, 70))))) { // MAX_FEE_BPS
                    why := 12 // R_FEE_TOO_HIGH
                    who := 1
                    leave
                }
                let mFee := mload(0x280) // C_MFEE
                if or(gt(mFee, 1000), gt(mFee, shr(240, calldataload(add(mr, 70))))) {
                    why := 12
                    who := 2
                    leave
                }
                let qty := mload(0x240) // C_QTY
                if gt(add(mload(add(t, 0x40)), qty), shr(128, calldataload(add(tr, 54)))) {
                    why := 11 // R_OVERFILL
                    who := 1
                    leave
                }
                if gt(add(mload(add(m, 0x40)), qty), shr(128, calldataload(add(mr, 54)))) {
                    why := 11
                    who := 2
                    leave
                }
                // qty <= amount < 2^120 and price < 2^120: no overflow.
                let notional := mul(qty, mPrice)
                mstore(0x2a0, notional) // C_NOTIONAL
                let tFeeAmt := div(mul(notional, tFee), 10000)
                let mFeeAmt := div(mul(notional, mFee), 10000)
                switch tSide
                case 0 {
                    mstore(0x2e0, t) // C_BUYER
                    mstore(0x300, m) // C_SELLER
                    mstore(0x320, tFeeAmt) // C_BFEE
                    mstore(0x340, mFeeAmt) // C_SFEE
                    mstore(0x360, 1) // C_BPARTY
                }
                default {
                    mstore(0x2e0, m)
                    mstore(0x300, t)
                    mstore(0x320, mFeeAmt)
                    mstore(0x340, tFeeAmt)
                    mstore(0x360, 2)
                }
            }

            // Checks the buyer's cash and the seller's tokens and moves them
            // in the batch's running balances.
            function move() -> why, who {
                let qty := mload(0x240) // C_QTY
                let notional := mload(0x2a0) // C_NOTIONAL
                let bOrd := mload(0x2e0) // C_BUYER
                let sOrd := mload(0x300) // C_SELLER
                {
                    let cost := add(notional, mload(0x320)) // + C_BFEE
                    let bAcct := mload(add(bOrd, 0x80))
                    let bw := mload(add(bAcct, 0x40))
                    if lt(and(bw, 0xffffffffffffffffffffffff), cost) {
                        why := 13 // R_INSUFFICIENT_CASH
                        who := mload(0x360)
                        leave
                    }
                    let sTok := mload(add(sOrd, 0xa0))
                    let sBal := mload(add(sTok, 0x40))
                    if lt(sBal, qty) {
                        why := 14 // R_INSUFFICIENT_TOKENS
                        who := sub(3, mload(0x360))
                        leave
                    }
                    mstore(add(bAcct, 0x40), sub(bw, cost))
                    mstore(add(sTok, 0x40), sub(sBal, qty))
                }
                // Credits cannot carry out of 96 bits: all cash together is
                // at most the exchange's holdings, which deposits cap at MAX_CASH.
                let sFee := mload(0x340)
                let sAcct := mload(add(sOrd, 0x80))
                mstore(add(sAcct, 0x40), add(mload(add(sAcct, 0x40)), sub(notional, sFee)))
                let fAcct := mload(0x1e0) // C_FEE
                mstore(add(fAcct, 0x40), add(mload(add(fAcct, 0x40)), add(mload(0x320), sFee)))
                let bTok := mload(add(bOrd, 0xa0))
                mstore(add(bTok, 0x40), add(mload(add(bTok, 0x40)), qty))
            }

            // A spot fill (market kind byte 1): the seller pays no fee
            // (its pay comes from escrow per delivered hour), the buyer
            // pays notional + its fee, no token moves; the spot desk opens
            // the lease (openSpot(buyer, seller, market, qty, price), a
            // call of at most SPOT_CALL_GAS, its failure skips the fill
            // SPOT_REFUSED for the seller, unless it may have been starved
            // of gas: then the batch reverts) and the notional joins the
            // batch's escrow, sent to the desk once at the end.
            function spot(tr, mr) -> why, who {
                let bParty := mload(0x360) // C_BPARTY
                let sRec := tr
                let bRec := mr
                let sBps := mload(0x280) // C_MFEE
                if eq(bParty, 1) {
                    sRec := mr
                    bRec := tr
                }
                if eq(bParty, 2) { sBps := mload(0x260) } // C_TFEE
                if sBps {
                    why := 12 // R_FEE_TOO_HIGH
                    who := sub(3, bParty)
                    leave
                }
                let notional := mload(0x2a0) // C_NOTIONAL
                let bFee := mload(0x320) // C_BFEE
                let bAcct := mload(add(mload(0x2e0), 0x80)) // C_BUYER's account entry
                let bw := mload(add(bAcct, 0x40))
                if lt(and(bw, 0xffffffffffffffffffffffff), add(notional, bFee)) {
                    why := 13 // R_INSUFFICIENT_CASH
                    who := bParty
                    leave
                }
                let desk := mload(0x5e0) // C_DESK
                if iszero(desk) {
                    desk := or(sload(mload(0x600)), shl(160, 1)) // C_SDESK
                    mstore(0x5e0, desk)
                }
                desk := and(desk, 0xffffffffffffffffffffffffffffffffffffffff)
                let ok := 0
                if desk {
                    let m := mload(0x40)
                    mstore(m, 0x3b9c71d900000000000000000000000000000000000000000000000000000000) // openSpot
                    mstore(add(m, 0x04), shr(96, calldataload(add(bRec, 2)))) // holder: the buyer
                    mstore(add(m, 0x24), shr(96, calldataload(add(sRec, 2)))) // provider: the seller
                    mstore(add(m, 0x44), shr(128, calldataload(add(mr, 22)))) // market
                    mstore(add(m, 0x64), mload(0x240)) // C_QTY: GPU-hours
                    mstore(add(m, 0x84), shr(128, calldataload(add(mr, 38)))) // the maker's price
                    ok := call(1000000, desk, 0, m, 0xa4, 0x00, 0x20) // SPOT_CALL_GAS
                    if and(iszero(ok), lt(gas(), 32258)) { // SPOT_STARVED_BELOW: the call may have been starved
                        mstore(0x00, 0xbe36846f00000000000000000000000000000000000000000000000000000000) // SpotGasTooLow()
                        revert(0x00, 0x04)
                    }
                    ok := and(ok, gt(returndatasize(), 0x1f))
                }
                if iszero(ok) {
                    why := 17 // R_SPOT_REFUSED
                    who := sub(3, bParty)
                    leave
                }
                mstore(add(bAcct, 0x40), sub(bw, add(notional, bFee)))
                let fAcct := mload(0x1e0) // C_FEE
                mstore(add(fAcct, 0x40), add(mload(add(fAcct, 0x40)), bFee))
                mstore(0x5c0, add(mload(0x5c0), notional)) // C_ESCROW
            }

            // Adds the fill to order state `p`; a completed order uses its nonce.
            function advance(p, r) {
                let filled := add(mload(add(p, 0x40)), mload(0x240)) // C_QTY
                mstore(add(p, 0x40), filled)
                if eq(filled, shr(128, calldataload(add(r, 54)))) {
                    let e := add(mload(add(p, 0x80)), 0x40)
                    mstore(e, useNonce(mload(e), shr(96, calldataload(add(r, 2))), shr(192, calldataload(add(r, 80)))))
                }
            }

            // Settles the fill with record word `w` or returns why not (and
            // whose: 0 the fill, 1 its taker order, 2 its maker order).
            function fill(w) -> why, who {
                let tp, mp, tr, mr
                {
                    let ti := shr(240, w)
                    let mi := and(shr(224, w), 0xffff)
                    let n := mload(0xa0) // C_N
                    if or(iszero(lt(ti, n)), iszero(lt(mi, n))) {
                        why := 1 // R_BAD_ORDER_INDEX
                        leave
                    }
                    let qty := and(shr(96, w), 0xffffffffffffffffffffffffffffffff)
                    if iszero(qty) {
                        why := 10 // R_ZERO_QTY
                        leave
                    }
                    mstore(0x240, qty) // C_QTY
                    mstore(0x260, and(shr(80, w), 0xffff)) // C_TFEE
                    mstore(0x280, and(shr(64, w), 0xffff)) // C_MFEE
                    let omem := mload(0x140) // C_OMEM
                    tp := add(omem, mul(ti, 0xc0))
                    mp := add(omem, mul(mi, 0xc0))
                    let orders := mload(0x80) // C_ORDERS
                    tr := add(orders, mul(ti, 185)) // ORDER_BYTES
                    mr := add(orders, mul(mi, 185))
                }
                why := use(tr, tp)
                if why {
                    who := 1
                    leave
                }
                why := use(mr, mp)
                if why {
                    who := 2
                    leave
                }
                why, who := check(tp, mp, tr, mr)
                if why { leave }
                // An EIP-1271 wallet was asked once, on the order's first
                // use in the batch: its answer holds for the whole batch.
                switch eq(and(shr(176, calldataload(add(mr, 22))), 0xff), 1) // market kind (bits 48..55): spot
                case 1 { why, who := spot(tr, mr) }
                default { why, who := move() }
                if why { leave }
                advance(tp, tr)
                advance(mp, mr)
            }

            // The fee recipient's account entry exists from the start.
            mstore(add(ctx, C_FEE), entry(mapSlot(mload(add(ctx, C_FEEADDR)), mload(add(ctx, C_SACC))), add(ctx, C_ANEXT)))
            let res := add(mload(add(ctx, C_RES)), 0x80)
            let settled := 0
            for { let f := 0 } lt(f, nFills) { f := add(f, 1) } {
                let why, who := fill(calldataload(rec))
                switch why
                case 0 { settled := add(settled, 1) }
                default { mstore8(add(res, f), or(shl(6, who), why)) }
                rec := add(rec, FILL_BYTES)
            }
            mstore(add(ctx, C_SETTLED), settled)
            mstore(add(ctx, C_SKIPPED), sub(nFills, settled))
        }
    }

    /// Stores what changed: filled amounts of orders left partial (and
    /// deletes those that completed), then every changed balance slot once;
    /// emits {BatchSettled} with the fills' results.
    // solhint-disable-next-line function-max-lines
    function _closeBatch(uint256 ctx, uint64 batchId, uint256 nFills) private {
        bytes32 topic = BatchSettled.selector;
        assembly ("memory-safe") {
            let n := mload(add(ctx, C_N))
            let omem := mload(add(ctx, C_OMEM))
            let orders := mload(add(ctx, C_ORDERS))
            let filledSlot := mload(add(ctx, C_SFIL))
            for { let i := 0 } lt(i, n) { i := add(i, 1) } {
                let p := add(omem, mul(i, 0xc0))
                let filled := mload(add(p, 0x40))
                let stored := mload(add(p, 0x60))
                if iszero(eq(filled, stored)) {
                    let r := add(orders, mul(i, ORDER_BYTES))
                    mstore(0x00, shr(96, calldataload(add(r, 2)))) // maker
                    mstore(0x20, filledSlot)
                    mstore(0x20, keccak256(0x00, 0x40))
                    mstore(0x00, mload(add(p, 0x20))) // digest
                    let slot := keccak256(0x00, 0x40)
                    let e := add(mload(add(p, 0x80)), 0x40)
                    switch eq(filled, shr(128, calldataload(add(r, 54))))
                    case 1 {
                        // Complete: its nonce is used; the stored amount is no longer needed.
                        if stored {
                            sstore(slot, 0)
                            mstore(e, sub(mload(e), PARTIAL_ONE))
                        }
                    }
                    default {
                        // filled amount | nonce << 128
                        sstore(slot, or(filled, shl(128, shr(192, calldataload(add(r, 80))))))
                        if iszero(stored) { mstore(e, add(mload(e), PARTIAL_ONE)) }
                    }
                }
            }
            for {
                let e := mload(add(ctx, C_ABASE))
                let end := mload(add(ctx, C_ANEXT))
            } lt(e, end) { e := add(e, 0x60) } {
                let v := mload(add(e, 0x40))
                if iszero(eq(v, mload(add(e, 0x20)))) { sstore(mload(e), v) }
            }
            for {
                let e := mload(add(ctx, C_TBASE))
                let end := mload(add(ctx, C_TNEXT))
            } lt(e, end) { e := add(e, 0x60) } {
                let v := mload(add(e, 0x40))
                if iszero(eq(v, mload(add(e, 0x20)))) { sstore(mload(e), v) }
            }
            // BatchSettled(settled, skipped, results): abi-encoded in place
            // in front of the results bytes.
            let h := mload(add(ctx, C_RES))
            mstore(h, mload(add(ctx, C_SETTLED)))
            mstore(add(h, 0x20), mload(add(ctx, C_SKIPPED)))
            mstore(add(h, 0x40), 0x60)
            mstore(add(h, 0x60), nFills)
            log2(h, add(0x80, and(add(nFills, 0x1f), not(0x1f))), topic, batchId)
        }
        // The batch's spot escrow, in one transfer to the desk.
        uint256 escrow;
        address desk;
        assembly ("memory-safe") {
            escrow := mload(add(ctx, C_ESCROW))
            desk := and(mload(add(ctx, C_DESK)), 0xffffffffffffffffffffffffffffffffffffffff)
        }
        if (escrow != 0) STABLECOIN.safeTransfer(desk, escrow);
    }

    // ------------------------------------------------------------------
    // Nonces

    /// Whether `nonce` is used given account word `w`.
    function _nonceUsed(uint256 w, address a, uint256 nonce) private view returns (bool) {
        uint256 base = (w >> 128) & MASK64;
        if (nonce < base) return true;
        uint256 d = nonce - base;
        if (d < 64) return (w >> (192 + d)) & 1 == 1;
        if (w & FAR_FLAG == 0) return false;
        return (_nonceBitmap[a][nonce >> 8] >> (nonce & 255)) & 1 == 1;
    }

    /// Marks `nonce` used in account word `w` (or in the bitmap beyond the
    /// window) and returns the new word.
    function _useNonce(uint256 w, address a, uint256 nonce) private returns (uint256) {
        uint256 base = (w >> 128) & MASK64;
        if (nonce < base) return w;
        uint256 d = nonce - base;
        if (d < 64) {
            w |= 1 << (192 + d);
            // Bit 0 set: the base is used (this nonce, or a slide that
            // stopped at MAX_SLIDE_STEPS): slide on.
            return (w >> 192) & 1 == 1 ? _slide(w, a) : w;
        }
        _nonceBitmap[a][nonce >> 8] |= 1 << (nonce & 255);
        return w | FAR_FLAG;
    }

    /// Moves the window past its used low nonces (they stay used: below the
    /// base), pulling in bitmap bits of nonces that enter the window, in at
    /// most MAX_SLIDE_STEPS steps: the word stays exact if it stops early
    /// (bit 0 of the window set), and the next use of a nonce, a cancel or
    /// {slideNonces} goes on.
    function _slide(uint256 w, address a) private view returns (uint256) {
        for (uint256 step; step < MAX_SLIDE_STEPS && (w >> 192) & 1 == 1; ++step) {
            uint256 bits = w >> 192;
            uint256 k;
            while (bits & 1 == 1) {
                bits >>= 1;
                ++k;
            }
            uint256 base = ((w >> 128) & MASK64) + k;
            if (base > MASK64) return w; // the end of the nonce space
            if (w & FAR_FLAG != 0) bits |= _bitmapWindow(a, base);
            w = (w & MASK128) | (base << 128) | (bits << 192);
        }
        return w;
    }

    /// 64 bitmap bits of `a` from nonce `from` on.
    function _bitmapWindow(address a, uint256 from) private view returns (uint256 bits) {
        uint256 wi = from >> 8;
        uint256 b = from & 255;
        bits = _nonceBitmap[a][wi] >> b;
        if (b > 192) bits |= _nonceBitmap[a][wi + 1] << (256 - b);
        bits &= MASK64;
    }
}
