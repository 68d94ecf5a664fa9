// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ExchangeNonceState is an auto generated low-level Go binding around an user-defined struct.
type ExchangeNonceState struct {
	Base          uint64
	Window        uint64
	FarNonces     bool
	PartialOrders *big.Int
}

// ExchangeOrder is an auto generated low-level Go binding around an user-defined struct.
type ExchangeOrder struct {
	Maker         common.Address
	Market        *big.Int
	Side          uint8
	Price         *big.Int
	Amount        *big.Int
	MaxFeeBps     uint16
	Expiry        uint64
	Nonce         uint64
	Salt          *big.Int
	SignatureType uint8
}

// ExchangePending is an auto generated low-level Go binding around an user-defined struct.
type ExchangePending struct {
	Amount  *big.Int
	ReadyAt uint64
}

// InstrumentIdHarnessDecoded is an auto generated low-level Go binding around an user-defined struct.
type InstrumentIdHarnessDecoded struct {
	WindowEnd        *big.Int
	StartTime        *big.Int
	EndTime          *big.Int
	GradeKey         *big.Int
	Version          uint8
	Reserved         uint16
	Gpu              uint16
	Interconnect     uint8
	Region           uint16
	Tier             uint8
	Kind             uint8
	WindowStart      uint32
	WindowHours      uint16
	Valid            bool
	Reason           uint8
	ReservationGrade bool
}

// InstrumentIdHarnessEncoded is an auto generated low-level Go binding around an user-defined struct.
type InstrumentIdHarnessEncoded struct {
	Ok         bool
	Id         *big.Int
	RevertData []byte
}

// InstrumentIdHarnessFields is an auto generated low-level Go binding around an user-defined struct.
type InstrumentIdHarnessFields struct {
	Gpu          uint16
	Interconnect uint8
	Region       uint16
	Tier         uint8
	Kind         uint8
	WindowStart  uint32
	WindowHours  uint16
}

// ProviderVaultAccount is an auto generated low-level Go binding around an user-defined struct.
type ProviderVaultAccount struct {
	Deposited *big.Int
	Locked    *big.Int
}

// ProviderVaultExposure is an auto generated low-level Go binding around an user-defined struct.
type ProviderVaultExposure struct {
	Outstanding *big.Int
	PeakGpus    uint64
	PeakUntil   uint64
}

// ProviderVaultNode is an auto generated low-level Go binding around an user-defined struct.
type ProviderVaultNode struct {
	GradeKey *big.Int
	Gpus     uint32
	Status   uint8
}

// ProviderVaultPosition is an auto generated low-level Go binding around an user-defined struct.
type ProviderVaultPosition struct {
	Minted *big.Int
	Locked *big.Int
}

// ExchangeMetaData contains all meta data concerning the Exchange contract.
var ExchangeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"stablecoin_\",\"type\":\"address\"},{\"internalType\":\"contractIERC1155\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeRecipient_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"withdrawalDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadBatchEncoding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"want\",\"type\":\"uint64\"}],\"name\":\"BadBatchId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CashAsTokenId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CashCapExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"DelayTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wanted\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPendingWithdrawal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGuardian\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PendingOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SettlementIsPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"settled\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"skipped\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"BatchSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"floor\",\"type\":\"uint64\"}],\"name\":\"CancelledBelow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"asset\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"name\":\"FeeRecipientSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"GuardianSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"nonces\",\"type\":\"uint64[]\"}],\"name\":\"NoncesCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"SettlementPausedSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"asset\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"}],\"name\":\"WithdrawalDelaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"asset\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"asset\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pending\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CASH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CONTRACT_SIGNATURE_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FILL_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CASH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ORDER_VALUE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_WITHDRAWAL_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ORDER_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ORDER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"asset\",\"type\":\"uint256\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"floor\",\"type\":\"uint64\"}],\"name\":\"cancelBelow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"nonces\",\"type\":\"uint64[]\"}],\"name\":\"cancelNonces\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"asset\",\"type\":\"uint256\"}],\"name\":\"cancelWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"maker\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"name\":\"clearFilled\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"depositWithPermit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"asset\",\"type\":\"uint256\"}],\"name\":\"executeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"maker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"filledAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"maker\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"market\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"maxFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"salt\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"signatureType\",\"type\":\"uint8\"}],\"internalType\":\"structExchange.Order\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"isNonceUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastBatchId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"nonceState\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"base\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"farNonces\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"partialOrders\",\"type\":\"uint256\"}],\"internalType\":\"structExchange.NonceState\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauseSettlement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"asset\",\"type\":\"uint256\"}],\"name\":\"pendingWithdrawal\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"internalType\":\"structExchange.Pending\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"asset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feeRecipient_\",\"type\":\"address\"}],\"name\":\"setFeeRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"guardian_\",\"type\":\"address\"}],\"name\":\"setGuardian\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator_\",\"type\":\"address\"}],\"name\":\"setOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"}],\"name\":\"setWithdrawalDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchId\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"orders\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"fills\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"contractSigs\",\"type\":\"bytes\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"settlementPaused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stablecoin\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC1155\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpauseSettlement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "52e09dfdf7a5e88322d52a0e17b5782a9f",
	Bin: "0x610120604052348015610010575f5ffd5b506040516139ec3803806139ec83398101604081905261002f916102b3565b846001600160a01b03811661005e57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61006781610234565b506001600160a01b038716158061008557506001600160a01b038616155b156100a35760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0382166100ca5760405163d92e233d60e01b815260040160405180910390fd5b62093a806001600160401b038216111561010b57604051630f3d79f960e21b81526001600160401b038216600482015262093a806024820152604401610055565b6001600160a01b03808816608052861660a0524660c0523060e0526101cd604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0d7a32bbe7346d34132728034559d6c2cdbdc8ce51cc9a52a322f5bbcd58ebe2918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b61010052600280546001600160a01b039586166001600160a01b031991821617909155600380549486169490911693909317909255600480546001600160401b03909316600160a01b026001600160e01b0319909316919093161717905550610355915050565b600180546001600160a01b031916905561024d81610250565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b038116811461024d575f5ffd5b5f5f5f5f5f5f5f60e0888a0312156102c9575f5ffd5b87516102d48161029f565b60208901519097506102e58161029f565b60408901519096506102f68161029f565b60608901519095506103078161029f565b60808901519094506103188161029f565b60a08901519093506103298161029f565b60c08901519092506001600160401b0381168114610345575f5ffd5b8091505092959891949750929550565b60805160a05160c05160e051610100516136226103ca5f395f611a3f01525f6119eb01525f611a1501525f81816107d401528181610ec9015281816111890152818161146e015261173201525f818161074501528181610bac01528181610e8601528181611bc80152611c0e01526136225ff3fe608060405234801561000f575f5ffd5b50600436106102b0575f3560e01c80639d2d04d11161017b578063d57f9525116100e4578063e9cbd8221161009e578063f40e37d711610079578063f40e37d71461078d578063f698da25146107a0578063f973a209146107a8578063fc0c546a146107cf575f5ffd5b8063e9cbd82214610740578063f23a6e6114610767578063f2fde38b1461077a575f5ffd5b8063d57f9525146105e3578063dc1c4fca146105eb578063dc25abf5146106cb578063dd2b7fd314610709578063e30c39781461071c578063e74b981b1461072d575f5ffd5b8063b3ab15fb11610135578063b3ab15fb14610573578063b6b55f2514610586578063bc197c8114610599578063c4969815146105c5578063d2e7b53a146105cc578063d55be8c6146105da575f5ffd5b80639d2d04d114610517578063a238f9df1461052a578063a719754714610534578063a7ab69611461053c578063ae21ef9814610556578063ae2ebd7f14610560575f5ffd5b8063570ca7351161021d5780637ac92456116101d75780637ac92456146104b857806388a9d707146104cb5780638a0dac4a146104d35780638acbb4cc146104e65780638da5cb5b146104f45780639b2c5bd014610504575f5ffd5b8063570ca735146104485780635b5eee881461045b578063715018a61461048d57806373add0fd1461049557806376d9ff2c146104a857806379ba5097146104b0575f5ffd5b80633a8a8beb1161026e5780633a8a8beb146103bd5780633efcfda4146103d05780634168632d146103e3578063452a9320146103f757806346904840146104225780634a970be714610435575f5ffd5b8062fdd58e146102b457806301ffc9a7146102da5780630adb0c75146102fd5780631b21fb02146103125780632bf0da7e146103255780632f4f21e2146103aa575b5f5ffd5b6102c76102c2366004612f81565b6107f6565b6040519081526020015b60405180910390f35b6102ed6102e8366004612fab565b61084f565b60405190151581526020016102d1565b61031061030b366004613012565b610884565b005b6102c7610320366004613062565b6109a0565b610386610333366004612f81565b6040805180820182525f80825260209182018190526001600160a01b0394909416845260098152818420928452918252918290205482518084019093526001600160c01b038116835260c01c9082015290565b60408051825181526020928301516001600160401b031692810192909252016102d1565b6103106103b8366004612f81565b610a14565b6102ed6103cb366004613092565b610a33565b6103106103de3660046130c5565b610a5f565b6002546102ed90600160e01b900460ff1681565b60035461040a906001600160a01b031681565b6040516001600160a01b0390911681526020016102d1565b60045461040a906001600160a01b031681565b6103106104433660046130ec565b610b64565b60025461040a906001600160a01b031681565b60025461047590600160a01b90046001600160401b031681565b6040516001600160401b0390911681526020016102d1565b610310610c21565b6103106104a336600461312f565b610c34565b610310610ce4565b610310610d52565b6103106104c6366004612f81565b610d93565b6102c7601881565b6103106104e1366004613148565b610f3d565b6102c76001600160781b0381565b5f546001600160a01b031661040a565b6103106105123660046131a0565b610f93565b61031061052536600461324c565b611134565b61047562093a8081565b6102c760b981565b60045461047590600160a01b90046001600160401b031681565b6102c762030d4081565b61031061056e36600461324c565b6111f5565b610310610581366004613148565b6113e9565b6103106105943660046130c5565b61143f565b6105ac6105a736600461326c565b61145a565b6040516001600160e01b031990911681526020016102d1565b6102c75f81565b6102c76001600160601b0381565b6102c76103e881565b610310611527565b6106806105f9366004613148565b604080516080810182525f808252602082018190529181018290526060810191909152506001600160a01b03165f908152600560209081526040918290205482516080808201855282901c6001600160401b0316815260c082901c928101929092526001607f1b8116151592820192909252637fffffff606092831c169181019190915290565b6040516102d191905f6080820190506001600160401b0383511682526001600160401b0360208401511660208301526040830151151560408301526060830151606083015292915050565b6102c76106d9366004612f81565b6001600160a01b03919091165f90815260086020908152604080832093835292905220546001600160801b031690565b61031061071736600461312f565b611596565b6001546001600160a01b031661040a565b61031061073b366004613148565b6116a1565b61040a7f000000000000000000000000000000000000000000000000000000000000000081565b6105ac61077536600461332c565b61171e565b610310610788366004613148565b6117a0565b61031061079b3660046133a2565b611810565b6102c76118ca565b6102c77f87beb5dc43733b09b9408bc629aa7e77c2b55e1578d439cf88e966afeaf75ec881565b61040a7f000000000000000000000000000000000000000000000000000000000000000081565b5f8115610824575f8281526006602090815260408083206001600160a01b0387168452909152902054610846565b6001600160a01b0383165f908152600560205260409020546001600160601b03165b90505b92915050565b5f6001600160e01b03198216630271189760e51b148061084957506001600160e01b031982166301ffc9a760e01b1492915050565b61088c6118d8565b6001600160a01b0383165f90815260056020526040812054905b8281101561097a576001600160a01b0385165f908152600860205260408120818686858181106108d8576108d86133e0565b9050602002013581526020019081526020015f20549050805f1480610912575061091083876001600160401b03608085901c1661190d565b155b1561091d5750610972565b6001600160a01b0386165f90815260086020526040812090868685818110610947576109476133e0565b9050602002013581526020019081526020015f205f9055600160601b8361096e9190613408565b9250505b6001016108a6565b506001600160a01b0384165f9081526005602052604090205561099b6119b5565b505050565b5f6108496109ac6119df565b7f87beb5dc43733b09b9408bc629aa7e77c2b55e1578d439cf88e966afeaf75ec8846040516020016109df92919061342c565b6040516020818303038152906040528051906020012060405161190160f01b8152600281019290925260228201526042902090565b610a1c6118d8565b610a27338383611b08565b610a2f6119b5565b5050565b6001600160a01b0382165f9081526005602052604081205461084690846001600160401b03851661190d565b610a676118d8565b335f9081526009602090815260408083208484529091528120546001600160c01b031690819003610aab57604051639121b84f60e01b815260040160405180910390fd5b335f90815260096020908152604080832085845290915281205581610af357335f9081526005602052604081208054839290610ae890849061350a565b90915550610b219050565b5f82815260066020908152604080832033845290915281208054839290610b1b90849061350a565b90915550505b604051818152829033907f609802616efe88a6b73a266ced98c5dfd07c25e64549e620527605107ea30e819060200160405180910390a350610b616119b5565b50565b610b6c6118d8565b60405163d505accf60e01b8152336004820152306024820152604481018690526064810185905260ff8416608482015260a4810183905260c481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d505accf9060e4015f604051808303815f87803b158015610bf5575f5ffd5b505af1925050508015610c06575060015b50610c12333387611b08565b610c1a6119b5565b5050505050565b610c29611c9e565b610c325f611cca565b565b610c3c611c9e565b62093a806001600160401b0382161115610c8257604051630f3d79f960e21b81526001600160401b038216600482015262093a8060248201526044015b60405180910390fd5b6004805467ffffffffffffffff60a01b1916600160a01b6001600160401b038416908102919091179091556040519081527f065f238a4bdc206a1c1983524e4631c82f5b5c6da8231cee012002d7956458e0906020015b60405180910390a150565b6003546001600160a01b03163314610d0f576040516377b6878160e11b815260040160405180910390fd5b6002805460ff60e01b191690556040515f81527fc9d5dd037bed5a3f6f1109947d765b29dc13371da35d22c886489fc04ebb8ce5906020015b60405180910390a1565b60015433906001600160a01b03168114610d8a5760405163118cdaa760e01b81526001600160a01b0382166004820152602401610c79565b610b6181611cca565b610d9b6118d8565b6001600160a01b0382165f908152600960209081526040808320848452909152812054906001600160c01b03821690819003610dea57604051639121b84f60e01b815260040160405180910390fd5b60c082901c42811115610e1b576040516316870e8960e31b81526001600160401b0382166004820152602401610c79565b6001600160a01b0385165f81815260096020908152604080832088845282528083209290925590518481528692917f37ce46bc94895501203dc6abbf2b2e0d502e856e3cd90186faaba6dab7d316bb910160405180910390a383610eb257610ead6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168684611ce3565b610f32565b604051637921219560e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063f242432a90610f0490309089908990889060040161351d565b5f604051808303815f87803b158015610f1b575f5ffd5b505af1158015610f2d573d5f5f3e3d5ffd5b505050505b505050610a2f6119b5565b610f45611c9e565b600380546001600160a01b0319166001600160a01b0383169081179091556040519081527fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e90602001610cd9565b610f9b6118d8565b6002546001600160a01b03163314610fc657604051631f0853c160e21b815260040160405180910390fd5b600254600160e01b900460ff1615610ff15760405163cc72f27760e01b815260040160405180910390fd5b6002545f9061101190600160a01b90046001600160401b03166001613554565b9050806001600160401b0316886001600160401b031614611058576040516305fe9e7560e11b81526001600160401b03808a16600483015282166024820152604401610c79565b6002805467ffffffffffffffff60a01b1916600160a01b6001600160401b038b16021790555f61108960b988613573565b90505f611097601887613573565b9050876110a560b984613592565b1415806110bc5750856110b9601883613592565b14155b806110c8575061ffff82115b806110d4575061ffff81115b156110f25760405163f130fcbf60e01b815260040160405180910390fd5b8885885f6111048e878787878d611d18565b9050611111818387611e36565b61111c818f87612969565b5050505050505061112b6119b5565b50505050505050565b816111525760405163777198b560e01b815260040160405180910390fd5b805f0361117257604051631f2a200560e01b815260040160405180910390fd5b604051637921219560e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063f242432a906111c490339030908790879060040161351d565b5f604051808303815f87803b1580156111db575f5ffd5b505af11580156111ed573d5f5f3e3d5ffd5b505050505050565b6111fd6118d8565b805f0361121d57604051631f2a200560e01b815260040160405180910390fd5b8161128757335f908152600560205260409020546001600160601b038116828110156112665760405163cf47918160e01b81526004810182905260248101849052604401610c79565b6112708383613408565b335f90815260056020526040902055506112f09050565b5f828152600660209081526040808320338452909152902054818110156112cb5760405163cf47918160e01b81526004810182905260248101839052604401610c79565b6112d58282613408565b5f848152600660209081526040808320338452909152902055505b335f9081526009602090815260408083208584529091528120549061131e836001600160c01b03841661350a565b90506001600160c01b03811115611348576040516373edd2eb60e11b815260040160405180910390fd5b6004545f9061136790600160a01b90046001600160401b031642613554565b335f8181526009602090815260408083208a84528252918290206001600160c01b031960c086901b168717905581518881529081018690526001600160401b03841681830152905192935087927f2ce7aac7c69f4a576eafade8253ab8f552d554424eeb7f73cba6691965d965ae9181900360600190a3505050610a2f6119b5565b6113f1611c9e565b600280546001600160a01b0319166001600160a01b0383169081179091556040519081527f99d737e0adf2c449d71890b86772885ec7959b152ddb265f76325b6e68e105d390602001610cd9565b6114476118d8565b611452333383611b08565b610b616119b5565b5f6114636118d8565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146114ac5760405163087cada760e21b815260040160405180910390fd5b5f6114b8898585612af9565b90505f5b87811015611507576114ff828a8a848181106114da576114da6133e0565b905060200201358989858181106114f3576114f36133e0565b90506020020135612b39565b6001016114bc565b5063bc197c8160e01b91505061151b6119b5565b98975050505050505050565b6003546001600160a01b03163314611552576040516377b6878160e11b815260040160405180910390fd5b6002805460ff60e01b1916600160e01b179055604051600181527fc9d5dd037bed5a3f6f1109947d765b29dc13371da35d22c886489fc04ebb8ce590602001610d48565b61159e6118d8565b335f908152600560205260409020546001600160401b03608082901c8116908316811015611655575f6115da826001600160401b038616613408565b90505f60408210156115f25760c084901c821c6115f4565b5f5b90506001607f1b8416156116175761161533866001600160401b0316612bd2565b175b61163f60c082901b6080876001600160401b0316901b6001600160801b038716171733612c60565b335f908152600560205260409020819055935050505b6040516001600160401b03608084901c16815233907f855420fc9176391291169c74158db25a989261f2169acbdae41a534bd5b448389060200160405180910390a25050610b616119b5565b6116a9611c9e565b6001600160a01b0381166116d05760405163d92e233d60e01b815260040160405180910390fd5b600480546001600160a01b0319166001600160a01b0383169081179091556040519081527fbf9a9534339a9d6b81696e05dcfb614b7dc518a31d48be3cfb757988381fb32390602001610cd9565b5f6117276118d8565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146117705760405163087cada760e21b815260040160405180910390fd5b61178561177e878585612af9565b8686612b39565b5063f23a6e6160e01b6117966119b5565b9695505050505050565b6117a8611c9e565b600180546001600160a01b0383166001600160a01b031990911681179091556117d85f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6118186118d8565b335f90815260056020526040812054905b828110156118755761186b8233868685818110611848576118486133e0565b905060200201602081019061185d919061312f565b6001600160401b0316612d10565b9150600101611829565b50335f8181526005602052604090819020839055517f5858d8a306964a3865e1cf2bf1680312846ef05fe6f8a6134d72e39e12aeb47b906118b990869086906135a9565b60405180910390a250610a2f6119b5565b5f6118d36119df565b905090565b6118e0612dbc565b610c3260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612dfc565b5f608084901c6001600160401b03168083101561192e5760019150506119ae565b5f6119398285613408565b905060408110156119615761194f8160c061350a565b86901c600116600114925050506119ae565b6001607f1b86165f03611978575f925050506119ae565b5050506001600160a01b0382165f908152600760209081526040808320600885901c845290915290205460ff82161c6001908116145b9392505050565b610c325f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611907565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015611a3757507f000000000000000000000000000000000000000000000000000000000000000046145b15611a6157507f000000000000000000000000000000000000000000000000000000000000000090565b6118d3604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0d7a32bbe7346d34132728034559d6c2cdbdc8ce51cc9a52a322f5bbcd58ebe2918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b805f03611b2857604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b038216611b4f5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0382165f9081526005602052604081208054839290611b7690849061350a565b90915550506040518181525f906001600160a01b038416907f73a19dd210f1a7f902193214c0ee91dd35ee5b4d920cba8d519eca65a7b488ca9060200160405180910390a3611bf06001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016843084612e03565b6040516370a0823160e01b81523060048201526001600160601b03907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015611c5b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c7f91906135f3565b111561099b576040516384acb77b60e01b815260040160405180910390fd5b5f546001600160a01b03163314610c325760405163118cdaa760e01b8152336004820152602401610c79565b600180546001600160a01b0319169055610b6181612e3f565b611cf08383836001612e8e565b61099b57604051635274afe760e01b81526001600160a01b0384166004820152602401610c79565b5f5f611d226119df565b90505f7f87beb5dc43733b09b9408bc629aa7e77c2b55e1578d439cf88e966afeaf75ec890505f60045f9054906101000a90046001600160a01b0316905060809350610540840160c08a028101606060018c0102810160608c028101601f19601f8d011680608083010160405260c08e0236863780366080840137508a5f8901528c60208901528960408901528860608901528d60808901528660a08901528360c08901528260e08901528261010089015281610120890152816101408901525f6101808901525f6101a08901528061046089015250505050600561048085015260066104a085015260076104c085015260086104e085015281610500850152806105208501525050509695505050505050565b6128d7565b5f815c61010051808260801c1460018114611e795785519350606084018652845485855280602086015280604086015250838260801b17855d611e86565b6001600160801b03831693505b50505092915050565b610540515f82815260209182526040808220858352909252908120610846565b5f6001600160401b038260801c1680851015611ecf5760019150506119ae565b84036040811015611eea5760c00182901c60011690506119ae565b506001607f1b8216156119ae576001611f068560081c85611e8f565b5460ff86161c1690509392505050565b5f8260081c60ff8416611f298285611e8f565b54811c925060c0811115611f5057611f446001830185611e8f565b5481610100031b831792505b50506001600160401b031692915050565b805b60018160c01c1615610849578060c01c5f5b6001821615611f8a57600191821c9101611f75565b806001600160401b038460801c160190506001600160401b03811115611fb1575050610849565b6001607f1b831615611fcc57611fc78186611f16565b821791505b8160c01b8160801b6001600160801b038516171792505050611f63565b80608081901c6001600160401b03168085101561200657506119ae565b840360408110156120345760018160c0011b821791508061202e5761202b8483611f61565b91505b506119ae565b506120428460081c84611e8f565b8054600160ff87161b1790556001607f1b179392505050565b5f60988301357f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a081111561208f57506119ae565b60405183815260b88501355f1a6020820152607885013560408201528160608201525f5f5260205f60808360015afa9150505f518581148115151660203d14831616925050509392505050565b5f607882013560e01c607c83013560e01c60e0518183011161215d57604051630b135d3f60e11b815286600482015260406024820152816044820152818360c0510160648301375f82606483010152601f19601f8301166064015f5f5260205f82848a62030d40fa915050630b135d3f60e11b5f5114601f3d111681169350505b50509392505050565b5f61038082356046840135600285013560601c603686013560801c601687013560801c602688013560801c610580518752836020880152816040880152855f1a60608801528060808801528260a08801528460f01c60c08801526001600160401b038560b01c1660e08801526001600160401b038560701c1661010088015260588901356101208801528560011a61014088015260018660011a116001875f1a11178215851517811790506001600160781b038483171184158315171781179050801561223e57600298505050505050505050610849565b5050506001600160401b038360b01c1680421015811515161561226a5760049650505050505050610849565b50610160852061190160f01b86526101205160028701526022860152604290942060208801819052610100519490805c8690036122b05760069650505050505050610849565b85815d6122d76101606122d261050051865f9081526020919091526040902090565b611e3b565b95505f60408701516122f66001600160401b038760701c168683611eaf565b1561230c57600598505050505050505050610849565b637fffffff8160601c161561236c576001600160801b0361235061233f61056051885f9081526020919091526040902090565b5f8681526020919091526040902090565b5416915083821061236c57600598505050505050505050610849565b508560011a6001811461239e57612384858b8561205b565b61239957600398505050505050505050610849565b6123be565b6123a983868c6120dc565b6123be57600398505050505050505050610849565b506123e261233f6105205160168c013560801c5f9081526020919091526040902090565b95508060408b01528060608b015250505050508160808601526124076101a082611e3b565b60a0860152505092915050565b5f5f835160ff810361245557612441605085013560c01c600286013560601c604060808901510151611eaf565b1561244f5760058552600592505b50612489565b8015612462579150612489565b5061246d8484612166565b915081801561247e57828552612487565b60ff8552600191505b505b9250929050565b5f5f601686013560801c601686013560801c146124b0576007915061260f565b84355f1a86355f1a81036124c857600892505061260f565b602687013560801c602687013560801c825f81146124f257828211156124ed57600995505b6124ff565b828210156124ff57600995505b5050831561250e57505061260f565b61026051604688013560f01c81116103e88211171561253757600c94506001935050505061260f565b6102805160468a013560f01c81116103e88211171561256157600c9550600294505050505061260f565b6102405160368a013560801c8160408a015101111561258c57600b965060019550505050505061260f565b60368b013560801c8160408b01510111156125b357600b965060029550505050505061260f565b9092026102a0819052612710928102839004929102048280156125ef57876102e05286610300528261032052816103405260026103605261260a565b866102e0528761030052816103205282610340526001610360525b505050505b94509492505050565b5f5f610240516102a0516102e0516103005161032051830160808301516040810151826001600160601b038216101561266057600d9850610360519750505050505050509091565b60a084015160408101518881101561268c57600e9a506103605160030399505050505050505050509091565b939091036040928301529186900391810191909152610340516080929092015181018051948390039094019093526101e0516103205190840180519190920101905260a0015101805190910190529091565b61024051604082015101806040830152603683013560801c810361099b57604060808301510161271e605085013560c01c600286013560601c8351611fe9565b9052505050565b5f5f5f5f5f5f8660f01c61ffff8860e01c1660a05180821015818410151715612758576001985050505050505050915091565b506001600160801b038960601c168061277b57600a985050505050505050915091565b6102405261ffff60508a901c81166102605260408a901c16610280526101405160805160c0848102830198508302909101955060b99283028101945091020190505f806127c88685612414565b9250975087156127e15760019650505050505050915091565b6127eb8584612414565b9150975087156128045760029650505050505050915091565b61281083858789612490565b97509750871561282557505050505050915091565b6001843560011a14821516156128615761284b6020870151600286013560601c866120dc565b6128615750600398600198509650505050505050565b6001833560011a148115161561289d576128876020860151600285013560601c856120dc565b61289d5750600398600298509650505050505050565b50506128a7612618565b9550955085156128ba5750505050915091565b6128c482856126de565b6128ce81846126de565b50505050915091565b6128fe60e084016122d26104808601516105208701515f9081526020919091526040902090565b6101608401526080610460840151015f5f5b83811015612951576129228535612725565b81801561293857828260061b178487015361293f565b6001850194505b50505060189490940193600101612910565b50806101808601528083036101a08601525050505050565b602083015160c084015184516104e08601517f17eda92ba857420a6e8b9d5d155f14081111e82cbc31c2d010d9ed5f926986e9939291905f5b84811015612a495760c08102840160408101516060820151808214612a3e5760b984028601600281013560601c5f528560205260405f2060205260208401515f5260405f206040608086015101603683013560801c851460018114612a2557605084013560c01c60801b8617835584612a2057600160601b82510182525b612a39565b8415612a39575f8355600160601b82510382525b505050505b5050506001016129a2565b505050505061010084015160e08501515b80821015612a8357604082015160208301518114612a7757808351555b50606082019150612a5a565b50506101408401516101208501515b80821015612abb57604082015160208301518114612aaf57808351555b50606082019150612a92565b505061046084015161018085015181526101a08501516020820152606060408201528260608201528382601f19601f86011660800183a25050505050565b826020829003612b1257612b0f82840184613148565b90505b6001600160a01b0381166119ae5760405163d92e233d60e01b815260040160405180910390fd5b81612b575760405163777198b560e01b815260040160405180910390fd5b5f8281526006602090815260408083206001600160a01b038716845290915281208054839290612b8890849061350a565b909155505060405181815282906001600160a01b038516907f73a19dd210f1a7f902193214c0ee91dd35ee5b4d920cba8d519eca65a7b488ca9060200160405180910390a3505050565b6001600160a01b0382165f908152600760209081526040808320600885901c80855292529091205460ff831690811c919060c0811115611f5057612c1881610100613408565b6001600160a01b0386165f90815260076020526040812090612c3b85600161350a565b81526020019081526020015f2054901b8317925050506001600160401b031692915050565b5f5b60c083901c600116600103612d095760c083901c5f5b81600116600103612c9a5760019190911c90612c938161360a565b9050612c78565b5f612cb282608088901c6001600160401b031661350a565b90506001600160401b03811115612cce57859350505050610849565b6001607f1b861615612ce957612ce48582612bd2565b831792505b60c083901b608082901b6001600160801b03881617179550505050612c62565b5090919050565b5f608084901c6001600160401b031680831015612d3057849150506119ae565b5f612d3b8285613408565b90506040811015612d7957612d518160c061350a565b6001901b86179550805f14612d665785612d70565b612d708686612c60565b925050506119ae565b5050506001600160a01b0382165f908152600760209081526040808320600885901c845290915290208054600160ff84161b1790556001607f1b83179392505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610c3257604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b612e11848484846001612ef0565b612e3957604051635274afe760e01b81526001600160a01b0385166004820152602401610c79565b50505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612ee4578383151615612ed8573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316612f4c578383151615612f40573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b6001600160a01b0381168114610b61575f5ffd5b8035612f7c81612f5d565b919050565b5f5f60408385031215612f92575f5ffd5b8235612f9d81612f5d565b946020939093013593505050565b5f60208284031215612fbb575f5ffd5b81356001600160e01b0319811681146119ae575f5ffd5b5f5f83601f840112612fe2575f5ffd5b5081356001600160401b03811115612ff8575f5ffd5b6020830191508360208260051b8501011115612489575f5ffd5b5f5f5f60408486031215613024575f5ffd5b833561302f81612f5d565b925060208401356001600160401b03811115613049575f5ffd5b61305586828701612fd2565b9497909650939450505050565b5f610140828403128015613074575f5ffd5b509092915050565b80356001600160401b0381168114612f7c575f5ffd5b5f5f604083850312156130a3575f5ffd5b82356130ae81612f5d565b91506130bc6020840161307c565b90509250929050565b5f602082840312156130d5575f5ffd5b5035919050565b803560ff81168114612f7c575f5ffd5b5f5f5f5f5f60a08688031215613100575f5ffd5b8535945060208601359350613117604087016130dc565b94979396509394606081013594506080013592915050565b5f6020828403121561313f575f5ffd5b6108468261307c565b5f60208284031215613158575f5ffd5b81356119ae81612f5d565b5f5f83601f840112613173575f5ffd5b5081356001600160401b03811115613189575f5ffd5b602083019150836020828501011115612489575f5ffd5b5f5f5f5f5f5f5f6080888a0312156131b6575f5ffd5b6131bf8861307c565b965060208801356001600160401b038111156131d9575f5ffd5b6131e58a828b01613163565b90975095505060408801356001600160401b03811115613203575f5ffd5b61320f8a828b01613163565b90955093505060608801356001600160401b0381111561322d575f5ffd5b6132398a828b01613163565b989b979a50959850939692959293505050565b5f5f6040838503121561325d575f5ffd5b50508035926020909101359150565b5f5f5f5f5f5f5f5f60a0898b031215613283575f5ffd5b883561328e81612f5d565b9750602089013561329e81612f5d565b965060408901356001600160401b038111156132b8575f5ffd5b6132c48b828c01612fd2565b90975095505060608901356001600160401b038111156132e2575f5ffd5b6132ee8b828c01612fd2565b90955093505060808901356001600160401b0381111561330c575f5ffd5b6133188b828c01613163565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f60a08789031215613341575f5ffd5b863561334c81612f5d565b9550602087013561335c81612f5d565b9450604087013593506060870135925060808701356001600160401b03811115613384575f5ffd5b61339089828a01613163565b979a9699509497509295939492505050565b5f5f602083850312156133b3575f5ffd5b82356001600160401b038111156133c8575f5ffd5b6133d485828601612fd2565b90969095509350505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610849576108496133f4565b803561ffff81168114612f7c575f5ffd5b82815261016081016134516020830161344485612f71565b6001600160a01b03169052565b602083013560408381019190915261346a9084016130dc565b60ff8116606084015250606083013560808381019190915283013560a08084019190915261349990840161341b565b61ffff811660c0840152506134b060c0840161307c565b6001600160401b03811660e0840152506134cc60e0840161307c565b6001600160401b03811661010084015250610100830135610120838101919091526134f89084016130dc565b60ff8116610140840152509392505050565b80820180821115610849576108496133f4565b6001600160a01b0394851681529290931660208301526040820152606081019190915260a0608082018190525f9082015260c00190565b6001600160401b038181168382160190811115610849576108496133f4565b5f8261358d57634e487b7160e01b5f52601260045260245ffd5b500490565b8082028115828204841417610849576108496133f4565b602080825281018290525f8360408301825b858110156135e9576001600160401b036135d48461307c565b168252602092830192909101906001016135bb565b5095945050505050565b5f60208284031215613603575f5ffd5b5051919050565b5f6001820161361b5761361b6133f4565b506001019056",
}

// Exchange is an auto generated Go binding around an Ethereum contract.
type Exchange struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Exchange) GetABI() abi.ABI {
	return c.abi
}

// NewExchange creates a new instance of Exchange.
func NewExchange() *Exchange {
	parsed, err := ExchangeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Exchange{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Exchange) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address stablecoin_, address token_, address admin, address operator_, address guardian_, address feeRecipient_, uint64 withdrawalDelay_) returns()
func (exchange *Exchange) PackConstructor(stablecoin_ common.Address, token_ common.Address, admin common.Address, operator_ common.Address, guardian_ common.Address, feeRecipient_ common.Address, withdrawalDelay_ uint64) []byte {
	enc, err := exchange.abi.Pack("", stablecoin_, token_, admin, operator_, guardian_, feeRecipient_, withdrawalDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4969815.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CASH() view returns(uint256)
func (exchange *Exchange) PackCASH() []byte {
	enc, err := exchange.abi.Pack("CASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4969815.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CASH() view returns(uint256)
func (exchange *Exchange) TryPackCASH() ([]byte, error) {
	return exchange.abi.Pack("CASH")
}

// UnpackCASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc4969815.
//
// Solidity: function CASH() view returns(uint256)
func (exchange *Exchange) UnpackCASH(data []byte) (*big.Int, error) {
	out, err := exchange.abi.Unpack("CASH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCONTRACTSIGNATUREGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae21ef98.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CONTRACT_SIGNATURE_GAS() view returns(uint256)
func (exchange *Exchange) PackCONTRACTSIGNATUREGAS() []byte {
	enc, err := exchange.abi.Pack("CONTRACT_SIGNATURE_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCONTRACTSIGNATUREGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae21ef98.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CONTRACT_SIGNATURE_GAS() view returns(uint256)
func (exchange *Exchange) TryPackCONTRACTSIGNATUREGAS() ([]byte, error) {
	return exchange.abi.Pack("CONTRACT_SIGNATURE_GAS")
}

// UnpackCONTRACTSIGNATUREGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae21ef98.
//
// Solidity: function CONTRACT_SIGNATURE_GAS() view returns(uint256)
func (exchange *Exchange) UnpackCONTRACTSIGNATUREGAS(data []byte) (*big.Int, error) {
	out, err := exchange.abi.Unpack("CONTRACT_SIGNATURE_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFILLBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88a9d707.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FILL_BYTES() view returns(uint256)
func (exchange *Exchange) PackFILLBYTES() []byte {
	enc, err := exchange.abi.Pack("FILL_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFILLBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88a9d707.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FILL_BYTES() view returns(uint256)
func (exchange *Exchange) TryPackFILLBYTES() ([]byte, error) {
	return exchange.abi.Pack("FILL_BYTES")
}

// UnpackFILLBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x88a9d707.
//
// Solidity: function FILL_BYTES() view returns(uint256)
func (exchange *Exchange) UnpackFILLBYTES(data []byte) (*big.Int, error) {
	out, err := exchange.abi.Unpack("FILL_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXCASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2e7b53a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CASH() view returns(uint256)
func (exchange *Exchange) PackMAXCASH() []byte {
	enc, err := exchange.abi.Pack("MAX_CASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2e7b53a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CASH() view returns(uint256)
func (exchange *Exchange) TryPackMAXCASH() ([]byte, error) {
	return exchange.abi.Pack("MAX_CASH")
}

// UnpackMAXCASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2e7b53a.
//
// Solidity: function MAX_CASH() view returns(uint256)
func (exchange *Exchange) UnpackMAXCASH(data []byte) (*big.Int, error) {
	out, err := exchange.abi.Unpack("MAX_CASH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_BPS() view returns(uint256)
func (exchange *Exchange) PackMAXFEEBPS() []byte {
	enc, err := exchange.abi.Pack("MAX_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_BPS() view returns(uint256)
func (exchange *Exchange) TryPackMAXFEEBPS() ([]byte, error) {
	return exchange.abi.Pack("MAX_FEE_BPS")
}

// UnpackMAXFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint256)
func (exchange *Exchange) UnpackMAXFEEBPS(data []byte) (*big.Int, error) {
	out, err := exchange.abi.Unpack("MAX_FEE_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXORDERVALUE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8acbb4cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ORDER_VALUE() view returns(uint256)
func (exchange *Exchange) PackMAXORDERVALUE() []byte {
	enc, err := exchange.abi.Pack("MAX_ORDER_VALUE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXORDERVALUE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8acbb4cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ORDER_VALUE() view returns(uint256)
func (exchange *Exchange) TryPackMAXORDERVALUE() ([]byte, error) {
	return exchange.abi.Pack("MAX_ORDER_VALUE")
}

// UnpackMAXORDERVALUE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8acbb4cc.
//
// Solidity: function MAX_ORDER_VALUE() view returns(uint256)
func (exchange *Exchange) UnpackMAXORDERVALUE(data []byte) (*big.Int, error) {
	out, err := exchange.abi.Unpack("MAX_ORDER_VALUE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXWITHDRAWALDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa238f9df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_WITHDRAWAL_DELAY() view returns(uint64)
func (exchange *Exchange) PackMAXWITHDRAWALDELAY() []byte {
	enc, err := exchange.abi.Pack("MAX_WITHDRAWAL_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXWITHDRAWALDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa238f9df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_WITHDRAWAL_DELAY() view returns(uint64)
func (exchange *Exchange) TryPackMAXWITHDRAWALDELAY() ([]byte, error) {
	return exchange.abi.Pack("MAX_WITHDRAWAL_DELAY")
}

// UnpackMAXWITHDRAWALDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa238f9df.
//
// Solidity: function MAX_WITHDRAWAL_DELAY() view returns(uint64)
func (exchange *Exchange) UnpackMAXWITHDRAWALDELAY(data []byte) (uint64, error) {
	out, err := exchange.abi.Unpack("MAX_WITHDRAWAL_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackORDERBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7197547.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ORDER_BYTES() view returns(uint256)
func (exchange *Exchange) PackORDERBYTES() []byte {
	enc, err := exchange.abi.Pack("ORDER_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackORDERBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7197547.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ORDER_BYTES() view returns(uint256)
func (exchange *Exchange) TryPackORDERBYTES() ([]byte, error) {
	return exchange.abi.Pack("ORDER_BYTES")
}

// UnpackORDERBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7197547.
//
// Solidity: function ORDER_BYTES() view returns(uint256)
func (exchange *Exchange) UnpackORDERBYTES(data []byte) (*big.Int, error) {
	out, err := exchange.abi.Unpack("ORDER_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackORDERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf973a209.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ORDER_TYPEHASH() view returns(bytes32)
func (exchange *Exchange) PackORDERTYPEHASH() []byte {
	enc, err := exchange.abi.Pack("ORDER_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackORDERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf973a209.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ORDER_TYPEHASH() view returns(bytes32)
func (exchange *Exchange) TryPackORDERTYPEHASH() ([]byte, error) {
	return exchange.abi.Pack("ORDER_TYPEHASH")
}

// UnpackORDERTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf973a209.
//
// Solidity: function ORDER_TYPEHASH() view returns(bytes32)
func (exchange *Exchange) UnpackORDERTYPEHASH(data []byte) ([32]byte, error) {
	out, err := exchange.abi.Unpack("ORDER_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (exchange *Exchange) PackAcceptOwnership() []byte {
	enc, err := exchange.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (exchange *Exchange) TryPackAcceptOwnership() ([]byte, error) {
	return exchange.abi.Pack("acceptOwnership")
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fdd58e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account, uint256 asset) view returns(uint256)
func (exchange *Exchange) PackBalanceOf(account common.Address, asset *big.Int) []byte {
	enc, err := exchange.abi.Pack("balanceOf", account, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fdd58e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account, uint256 asset) view returns(uint256)
func (exchange *Exchange) TryPackBalanceOf(account common.Address, asset *big.Int) ([]byte, error) {
	return exchange.abi.Pack("balanceOf", account, asset)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00fdd58e.
//
// Solidity: function balanceOf(address account, uint256 asset) view returns(uint256)
func (exchange *Exchange) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := exchange.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancelBelow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd2b7fd3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelBelow(uint64 floor) returns()
func (exchange *Exchange) PackCancelBelow(floor uint64) []byte {
	enc, err := exchange.abi.Pack("cancelBelow", floor)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelBelow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd2b7fd3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelBelow(uint64 floor) returns()
func (exchange *Exchange) TryPackCancelBelow(floor uint64) ([]byte, error) {
	return exchange.abi.Pack("cancelBelow", floor)
}

// PackCancelNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf40e37d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelNonces(uint64[] nonces) returns()
func (exchange *Exchange) PackCancelNonces(nonces []uint64) []byte {
	enc, err := exchange.abi.Pack("cancelNonces", nonces)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf40e37d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelNonces(uint64[] nonces) returns()
func (exchange *Exchange) TryPackCancelNonces(nonces []uint64) ([]byte, error) {
	return exchange.abi.Pack("cancelNonces", nonces)
}

// PackCancelWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3efcfda4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelWithdrawal(uint256 asset) returns()
func (exchange *Exchange) PackCancelWithdrawal(asset *big.Int) []byte {
	enc, err := exchange.abi.Pack("cancelWithdrawal", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3efcfda4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelWithdrawal(uint256 asset) returns()
func (exchange *Exchange) TryPackCancelWithdrawal(asset *big.Int) ([]byte, error) {
	return exchange.abi.Pack("cancelWithdrawal", asset)
}

// PackClearFilled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0adb0c75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clearFilled(address maker, bytes32[] digests) returns()
func (exchange *Exchange) PackClearFilled(maker common.Address, digests [][32]byte) []byte {
	enc, err := exchange.abi.Pack("clearFilled", maker, digests)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClearFilled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0adb0c75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clearFilled(address maker, bytes32[] digests) returns()
func (exchange *Exchange) TryPackClearFilled(maker common.Address, digests [][32]byte) ([]byte, error) {
	return exchange.abi.Pack("clearFilled", maker, digests)
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount) returns()
func (exchange *Exchange) PackDeposit(amount *big.Int) []byte {
	enc, err := exchange.abi.Pack("deposit", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 amount) returns()
func (exchange *Exchange) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return exchange.abi.Pack("deposit", amount)
}

// PackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f4f21e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositFor(address account, uint256 amount) returns()
func (exchange *Exchange) PackDepositFor(account common.Address, amount *big.Int) []byte {
	enc, err := exchange.abi.Pack("depositFor", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f4f21e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositFor(address account, uint256 amount) returns()
func (exchange *Exchange) TryPackDepositFor(account common.Address, amount *big.Int) ([]byte, error) {
	return exchange.abi.Pack("depositFor", account, amount)
}

// PackDepositToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d2d04d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositToken(uint256 id, uint256 amount) returns()
func (exchange *Exchange) PackDepositToken(id *big.Int, amount *big.Int) []byte {
	enc, err := exchange.abi.Pack("depositToken", id, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d2d04d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositToken(uint256 id, uint256 amount) returns()
func (exchange *Exchange) TryPackDepositToken(id *big.Int, amount *big.Int) ([]byte, error) {
	return exchange.abi.Pack("depositToken", id, amount)
}

// PackDepositWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a970be7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (exchange *Exchange) PackDepositWithPermit(amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := exchange.abi.Pack("depositWithPermit", amount, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a970be7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (exchange *Exchange) TryPackDepositWithPermit(amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return exchange.abi.Pack("depositWithPermit", amount, deadline, v, r, s)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (exchange *Exchange) PackDomainSeparator() []byte {
	enc, err := exchange.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (exchange *Exchange) TryPackDomainSeparator() ([]byte, error) {
	return exchange.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (exchange *Exchange) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := exchange.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackExecuteWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ac92456.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeWithdrawal(address account, uint256 asset) returns()
func (exchange *Exchange) PackExecuteWithdrawal(account common.Address, asset *big.Int) []byte {
	enc, err := exchange.abi.Pack("executeWithdrawal", account, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ac92456.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeWithdrawal(address account, uint256 asset) returns()
func (exchange *Exchange) TryPackExecuteWithdrawal(account common.Address, asset *big.Int) ([]byte, error) {
	return exchange.abi.Pack("executeWithdrawal", account, asset)
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (exchange *Exchange) PackFeeRecipient() []byte {
	enc, err := exchange.abi.Pack("feeRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRecipient() view returns(address)
func (exchange *Exchange) TryPackFeeRecipient() ([]byte, error) {
	return exchange.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (exchange *Exchange) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := exchange.abi.Unpack("feeRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFilledAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc25abf5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function filledAmount(address maker, bytes32 digest) view returns(uint256)
func (exchange *Exchange) PackFilledAmount(maker common.Address, digest [32]byte) []byte {
	enc, err := exchange.abi.Pack("filledAmount", maker, digest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFilledAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc25abf5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function filledAmount(address maker, bytes32 digest) view returns(uint256)
func (exchange *Exchange) TryPackFilledAmount(maker common.Address, digest [32]byte) ([]byte, error) {
	return exchange.abi.Pack("filledAmount", maker, digest)
}

// UnpackFilledAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc25abf5.
//
// Solidity: function filledAmount(address maker, bytes32 digest) view returns(uint256)
func (exchange *Exchange) UnpackFilledAmount(data []byte) (*big.Int, error) {
	out, err := exchange.abi.Unpack("filledAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452a9320.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function guardian() view returns(address)
func (exchange *Exchange) PackGuardian() []byte {
	enc, err := exchange.abi.Pack("guardian")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452a9320.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function guardian() view returns(address)
func (exchange *Exchange) TryPackGuardian() ([]byte, error) {
	return exchange.abi.Pack("guardian")
}

// UnpackGuardian is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x452a9320.
//
// Solidity: function guardian() view returns(address)
func (exchange *Exchange) UnpackGuardian(data []byte) (common.Address, error) {
	out, err := exchange.abi.Unpack("guardian", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHashOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b21fb02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashOrder((address,uint256,uint8,uint256,uint256,uint16,uint64,uint64,uint256,uint8) order) view returns(bytes32)
func (exchange *Exchange) PackHashOrder(order ExchangeOrder) []byte {
	enc, err := exchange.abi.Pack("hashOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b21fb02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashOrder((address,uint256,uint8,uint256,uint256,uint16,uint64,uint64,uint256,uint8) order) view returns(bytes32)
func (exchange *Exchange) TryPackHashOrder(order ExchangeOrder) ([]byte, error) {
	return exchange.abi.Pack("hashOrder", order)
}

// UnpackHashOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b21fb02.
//
// Solidity: function hashOrder((address,uint256,uint8,uint256,uint256,uint16,uint64,uint64,uint256,uint8) order) view returns(bytes32)
func (exchange *Exchange) UnpackHashOrder(data []byte) ([32]byte, error) {
	out, err := exchange.abi.Unpack("hashOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsNonceUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a8a8beb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isNonceUsed(address account, uint64 nonce) view returns(bool)
func (exchange *Exchange) PackIsNonceUsed(account common.Address, nonce uint64) []byte {
	enc, err := exchange.abi.Pack("isNonceUsed", account, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsNonceUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a8a8beb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isNonceUsed(address account, uint64 nonce) view returns(bool)
func (exchange *Exchange) TryPackIsNonceUsed(account common.Address, nonce uint64) ([]byte, error) {
	return exchange.abi.Pack("isNonceUsed", account, nonce)
}

// UnpackIsNonceUsed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a8a8beb.
//
// Solidity: function isNonceUsed(address account, uint64 nonce) view returns(bool)
func (exchange *Exchange) UnpackIsNonceUsed(data []byte) (bool, error) {
	out, err := exchange.abi.Unpack("isNonceUsed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastBatchId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b5eee88.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastBatchId() view returns(uint64)
func (exchange *Exchange) PackLastBatchId() []byte {
	enc, err := exchange.abi.Pack("lastBatchId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastBatchId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b5eee88.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastBatchId() view returns(uint64)
func (exchange *Exchange) TryPackLastBatchId() ([]byte, error) {
	return exchange.abi.Pack("lastBatchId")
}

// UnpackLastBatchId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b5eee88.
//
// Solidity: function lastBatchId() view returns(uint64)
func (exchange *Exchange) UnpackLastBatchId(data []byte) (uint64, error) {
	out, err := exchange.abi.Unpack("lastBatchId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNonceState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc1c4fca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonceState(address account) view returns((uint64,uint64,bool,uint256))
func (exchange *Exchange) PackNonceState(account common.Address) []byte {
	enc, err := exchange.abi.Pack("nonceState", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonceState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc1c4fca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonceState(address account) view returns((uint64,uint64,bool,uint256))
func (exchange *Exchange) TryPackNonceState(account common.Address) ([]byte, error) {
	return exchange.abi.Pack("nonceState", account)
}

// UnpackNonceState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc1c4fca.
//
// Solidity: function nonceState(address account) view returns((uint64,uint64,bool,uint256))
func (exchange *Exchange) UnpackNonceState(data []byte) (ExchangeNonceState, error) {
	out, err := exchange.abi.Unpack("nonceState", data)
	if err != nil {
		return *new(ExchangeNonceState), err
	}
	out0 := *abi.ConvertType(out[0], new(ExchangeNonceState)).(*ExchangeNonceState)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address from, uint256[] ids, uint256[] values, bytes data) returns(bytes4)
func (exchange *Exchange) PackOnERC1155BatchReceived(arg0 common.Address, from common.Address, ids []*big.Int, values []*big.Int, data []byte) []byte {
	enc, err := exchange.abi.Pack("onERC1155BatchReceived", arg0, from, ids, values, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address from, uint256[] ids, uint256[] values, bytes data) returns(bytes4)
func (exchange *Exchange) TryPackOnERC1155BatchReceived(arg0 common.Address, from common.Address, ids []*big.Int, values []*big.Int, data []byte) ([]byte, error) {
	return exchange.abi.Pack("onERC1155BatchReceived", arg0, from, ids, values, data)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address from, uint256[] ids, uint256[] values, bytes data) returns(bytes4)
func (exchange *Exchange) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := exchange.abi.Unpack("onERC1155BatchReceived", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155Received(address , address from, uint256 id, uint256 value, bytes data) returns(bytes4)
func (exchange *Exchange) PackOnERC1155Received(arg0 common.Address, from common.Address, id *big.Int, value *big.Int, data []byte) []byte {
	enc, err := exchange.abi.Pack("onERC1155Received", arg0, from, id, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address from, uint256 id, uint256 value, bytes data) returns(bytes4)
func (exchange *Exchange) TryPackOnERC1155Received(arg0 common.Address, from common.Address, id *big.Int, value *big.Int, data []byte) ([]byte, error) {
	return exchange.abi.Pack("onERC1155Received", arg0, from, id, value, data)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address from, uint256 id, uint256 value, bytes data) returns(bytes4)
func (exchange *Exchange) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := exchange.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x570ca735.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operator() view returns(address)
func (exchange *Exchange) PackOperator() []byte {
	enc, err := exchange.abi.Pack("operator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x570ca735.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operator() view returns(address)
func (exchange *Exchange) TryPackOperator() ([]byte, error) {
	return exchange.abi.Pack("operator")
}

// UnpackOperator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x570ca735.
//
// Solidity: function operator() view returns(address)
func (exchange *Exchange) UnpackOperator(data []byte) (common.Address, error) {
	out, err := exchange.abi.Unpack("operator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (exchange *Exchange) PackOwner() []byte {
	enc, err := exchange.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (exchange *Exchange) TryPackOwner() ([]byte, error) {
	return exchange.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (exchange *Exchange) UnpackOwner(data []byte) (common.Address, error) {
	out, err := exchange.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPauseSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd57f9525.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pauseSettlement() returns()
func (exchange *Exchange) PackPauseSettlement() []byte {
	enc, err := exchange.abi.Pack("pauseSettlement")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPauseSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd57f9525.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pauseSettlement() returns()
func (exchange *Exchange) TryPackPauseSettlement() ([]byte, error) {
	return exchange.abi.Pack("pauseSettlement")
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (exchange *Exchange) PackPendingOwner() []byte {
	enc, err := exchange.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (exchange *Exchange) TryPackPendingOwner() ([]byte, error) {
	return exchange.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (exchange *Exchange) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := exchange.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bf0da7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingWithdrawal(address account, uint256 asset) view returns((uint256,uint64))
func (exchange *Exchange) PackPendingWithdrawal(account common.Address, asset *big.Int) []byte {
	enc, err := exchange.abi.Pack("pendingWithdrawal", account, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bf0da7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingWithdrawal(address account, uint256 asset) view returns((uint256,uint64))
func (exchange *Exchange) TryPackPendingWithdrawal(account common.Address, asset *big.Int) ([]byte, error) {
	return exchange.abi.Pack("pendingWithdrawal", account, asset)
}

// UnpackPendingWithdrawal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2bf0da7e.
//
// Solidity: function pendingWithdrawal(address account, uint256 asset) view returns((uint256,uint64))
func (exchange *Exchange) UnpackPendingWithdrawal(data []byte) (ExchangePending, error) {
	out, err := exchange.abi.Unpack("pendingWithdrawal", data)
	if err != nil {
		return *new(ExchangePending), err
	}
	out0 := *abi.ConvertType(out[0], new(ExchangePending)).(*ExchangePending)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (exchange *Exchange) PackRenounceOwnership() []byte {
	enc, err := exchange.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (exchange *Exchange) TryPackRenounceOwnership() ([]byte, error) {
	return exchange.abi.Pack("renounceOwnership")
}

// PackRequestWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae2ebd7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestWithdrawal(uint256 asset, uint256 amount) returns()
func (exchange *Exchange) PackRequestWithdrawal(asset *big.Int, amount *big.Int) []byte {
	enc, err := exchange.abi.Pack("requestWithdrawal", asset, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae2ebd7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestWithdrawal(uint256 asset, uint256 amount) returns()
func (exchange *Exchange) TryPackRequestWithdrawal(asset *big.Int, amount *big.Int) ([]byte, error) {
	return exchange.abi.Pack("requestWithdrawal", asset, amount)
}

// PackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeRecipient(address feeRecipient_) returns()
func (exchange *Exchange) PackSetFeeRecipient(feeRecipient common.Address) []byte {
	enc, err := exchange.abi.Pack("setFeeRecipient", feeRecipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeRecipient(address feeRecipient_) returns()
func (exchange *Exchange) TryPackSetFeeRecipient(feeRecipient common.Address) ([]byte, error) {
	return exchange.abi.Pack("setFeeRecipient", feeRecipient)
}

// PackSetGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a0dac4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setGuardian(address guardian_) returns()
func (exchange *Exchange) PackSetGuardian(guardian common.Address) []byte {
	enc, err := exchange.abi.Pack("setGuardian", guardian)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a0dac4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setGuardian(address guardian_) returns()
func (exchange *Exchange) TryPackSetGuardian(guardian common.Address) ([]byte, error) {
	return exchange.abi.Pack("setGuardian", guardian)
}

// PackSetOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3ab15fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOperator(address operator_) returns()
func (exchange *Exchange) PackSetOperator(operator common.Address) []byte {
	enc, err := exchange.abi.Pack("setOperator", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3ab15fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOperator(address operator_) returns()
func (exchange *Exchange) TryPackSetOperator(operator common.Address) ([]byte, error) {
	return exchange.abi.Pack("setOperator", operator)
}

// PackSetWithdrawalDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73add0fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setWithdrawalDelay(uint64 delay) returns()
func (exchange *Exchange) PackSetWithdrawalDelay(delay uint64) []byte {
	enc, err := exchange.abi.Pack("setWithdrawalDelay", delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetWithdrawalDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73add0fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setWithdrawalDelay(uint64 delay) returns()
func (exchange *Exchange) TryPackSetWithdrawalDelay(delay uint64) ([]byte, error) {
	return exchange.abi.Pack("setWithdrawalDelay", delay)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b2c5bd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint64 batchId, bytes orders, bytes fills, bytes contractSigs) returns()
func (exchange *Exchange) PackSettle(batchId uint64, orders []byte, fills []byte, contractSigs []byte) []byte {
	enc, err := exchange.abi.Pack("settle", batchId, orders, fills, contractSigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b2c5bd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint64 batchId, bytes orders, bytes fills, bytes contractSigs) returns()
func (exchange *Exchange) TryPackSettle(batchId uint64, orders []byte, fills []byte, contractSigs []byte) ([]byte, error) {
	return exchange.abi.Pack("settle", batchId, orders, fills, contractSigs)
}

// PackSettlementPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4168632d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settlementPaused() view returns(bool)
func (exchange *Exchange) PackSettlementPaused() []byte {
	enc, err := exchange.abi.Pack("settlementPaused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettlementPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4168632d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settlementPaused() view returns(bool)
func (exchange *Exchange) TryPackSettlementPaused() ([]byte, error) {
	return exchange.abi.Pack("settlementPaused")
}

// UnpackSettlementPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4168632d.
//
// Solidity: function settlementPaused() view returns(bool)
func (exchange *Exchange) UnpackSettlementPaused(data []byte) (bool, error) {
	out, err := exchange.abi.Unpack("settlementPaused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackStablecoin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9cbd822.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stablecoin() view returns(address)
func (exchange *Exchange) PackStablecoin() []byte {
	enc, err := exchange.abi.Pack("stablecoin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStablecoin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9cbd822.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stablecoin() view returns(address)
func (exchange *Exchange) TryPackStablecoin() ([]byte, error) {
	return exchange.abi.Pack("stablecoin")
}

// UnpackStablecoin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe9cbd822.
//
// Solidity: function stablecoin() view returns(address)
func (exchange *Exchange) UnpackStablecoin(data []byte) (common.Address, error) {
	out, err := exchange.abi.Unpack("stablecoin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (exchange *Exchange) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := exchange.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (exchange *Exchange) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return exchange.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (exchange *Exchange) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := exchange.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (exchange *Exchange) PackToken() []byte {
	enc, err := exchange.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (exchange *Exchange) TryPackToken() ([]byte, error) {
	return exchange.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (exchange *Exchange) UnpackToken(data []byte) (common.Address, error) {
	out, err := exchange.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (exchange *Exchange) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := exchange.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (exchange *Exchange) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return exchange.abi.Pack("transferOwnership", newOwner)
}

// PackUnpauseSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76d9ff2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpauseSettlement() returns()
func (exchange *Exchange) PackUnpauseSettlement() []byte {
	enc, err := exchange.abi.Pack("unpauseSettlement")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpauseSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76d9ff2c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpauseSettlement() returns()
func (exchange *Exchange) TryPackUnpauseSettlement() ([]byte, error) {
	return exchange.abi.Pack("unpauseSettlement")
}

// PackWithdrawalDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7ab6961.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalDelay() view returns(uint64)
func (exchange *Exchange) PackWithdrawalDelay() []byte {
	enc, err := exchange.abi.Pack("withdrawalDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7ab6961.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalDelay() view returns(uint64)
func (exchange *Exchange) TryPackWithdrawalDelay() ([]byte, error) {
	return exchange.abi.Pack("withdrawalDelay")
}

// UnpackWithdrawalDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7ab6961.
//
// Solidity: function withdrawalDelay() view returns(uint64)
func (exchange *Exchange) UnpackWithdrawalDelay(data []byte) (uint64, error) {
	out, err := exchange.abi.Unpack("withdrawalDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// ExchangeBatchSettled represents a BatchSettled event raised by the Exchange contract.
type ExchangeBatchSettled struct {
	BatchId uint64
	Settled *big.Int
	Skipped *big.Int
	Results []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const ExchangeBatchSettledEventName = "BatchSettled"

// ContractEventName returns the user-defined event name.
func (ExchangeBatchSettled) ContractEventName() string {
	return ExchangeBatchSettledEventName
}

// UnpackBatchSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchSettled(uint64 indexed batchId, uint256 settled, uint256 skipped, bytes results)
func (exchange *Exchange) UnpackBatchSettledEvent(log *types.Log) (*ExchangeBatchSettled, error) {
	event := "BatchSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeBatchSettled)
	if len(log.Data) > 0 {
		if err := exchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExchangeCancelledBelow represents a CancelledBelow event raised by the Exchange contract.
type ExchangeCancelledBelow struct {
	Account common.Address
	Floor   uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const ExchangeCancelledBelowEventName = "CancelledBelow"

// ContractEventName returns the user-defined event name.
func (ExchangeCancelledBelow) ContractEventName() string {
	return ExchangeCancelledBelowEventName
}

// UnpackCancelledBelowEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CancelledBelow(address indexed account, uint64 floor)
func (exchange *Exchange) UnpackCancelledBelowEvent(log *types.Log) (*ExchangeCancelledBelow, error) {
	event := "CancelledBelow"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeCancelledBelow)
	if len(log.Data) > 0 {
		if err := exchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExchangeDeposited represents a Deposited event raised by the Exchange contract.
type ExchangeDeposited struct {
	Account common.Address
	Asset   *big.Int
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ExchangeDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (ExchangeDeposited) ContractEventName() string {
	return ExchangeDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed account, uint256 indexed asset, uint256 amount)
func (exchange *Exchange) UnpackDepositedEvent(log *types.Log) (*ExchangeDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeDeposited)
	if len(log.Data) > 0 {
		if err := exchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExchangeFeeRecipientSet represents a FeeRecipientSet event raised by the Exchange contract.
type ExchangeFeeRecipientSet struct {
	FeeRecipient common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const ExchangeFeeRecipientSetEventName = "FeeRecipientSet"

// ContractEventName returns the user-defined event name.
func (ExchangeFeeRecipientSet) ContractEventName() string {
	return ExchangeFeeRecipientSetEventName
}

// UnpackFeeRecipientSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeRecipientSet(address feeRecipient)
func (exchange *Exchange) UnpackFeeRecipientSetEvent(log *types.Log) (*ExchangeFeeRecipientSet, error) {
	event := "FeeRecipientSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeFeeRecipientSet)
	if len(log.Data) > 0 {
		if err := exchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExchangeGuardianSet represents a GuardianSet event raised by the Exchange contract.
type ExchangeGuardianSet struct {
	Guardian common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const ExchangeGuardianSetEventName = "GuardianSet"

// ContractEventName returns the user-defined event name.
func (ExchangeGuardianSet) ContractEventName() string {
	return ExchangeGuardianSetEventName
}

// UnpackGuardianSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GuardianSet(address guardian)
func (exchange *Exchange) UnpackGuardianSetEvent(log *types.Log) (*ExchangeGuardianSet, error) {
	event := "GuardianSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeGuardianSet)
	if len(log.Data) > 0 {
		if err := exchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExchangeNoncesCancelled represents a NoncesCancelled event raised by the Exchange contract.
type ExchangeNoncesCancelled struct {
	Account common.Address
	Nonces  []uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const ExchangeNoncesCancelledEventName = "NoncesCancelled"

// ContractEventName returns the user-defined event name.
func (ExchangeNoncesCancelled) ContractEventName() string {
	return ExchangeNoncesCancelledEventName
}

// UnpackNoncesCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NoncesCancelled(address indexed account, uint64[] nonces)
func (exchange *Exchange) UnpackNoncesCancelledEvent(log *types.Log) (*ExchangeNoncesCancelled, error) {
	event := "NoncesCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeNoncesCancelled)
	if len(log.Data) > 0 {
		if err := exchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExchangeOperatorSet represents a OperatorSet event raised by the Exchange contract.
type ExchangeOperatorSet struct {
	Operator common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const ExchangeOperatorSetEventName = "OperatorSet"

// ContractEventName returns the user-defined event name.
func (ExchangeOperatorSet) ContractEventName() string {
	return ExchangeOperatorSetEventName
}

// UnpackOperatorSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorSet(address operator)
func (exchange *Exchange) UnpackOperatorSetEvent(log *types.Log) (*ExchangeOperatorSet, error) {
	event := "OperatorSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeOperatorSet)
	if len(log.Data) > 0 {
		if err := exchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExchangeOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the Exchange contract.
type ExchangeOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ExchangeOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (ExchangeOwnershipTransferStarted) ContractEventName() string {
	return ExchangeOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (exchange *Exchange) UnpackOwnershipTransferStartedEvent(log *types.Log) (*ExchangeOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := exchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExchangeOwnershipTransferred represents a OwnershipTransferred event raised by the Exchange contract.
type ExchangeOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ExchangeOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ExchangeOwnershipTransferred) ContractEventName() string {
	return ExchangeOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (exchange *Exchange) UnpackOwnershipTransferredEvent(log *types.Log) (*ExchangeOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := exchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExchangeSettlementPausedSet represents a SettlementPausedSet event raised by the Exchange contract.
type ExchangeSettlementPausedSet struct {
	Paused bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const ExchangeSettlementPausedSetEventName = "SettlementPausedSet"

// ContractEventName returns the user-defined event name.
func (ExchangeSettlementPausedSet) ContractEventName() string {
	return ExchangeSettlementPausedSetEventName
}

// UnpackSettlementPausedSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SettlementPausedSet(bool paused)
func (exchange *Exchange) UnpackSettlementPausedSetEvent(log *types.Log) (*ExchangeSettlementPausedSet, error) {
	event := "SettlementPausedSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeSettlementPausedSet)
	if len(log.Data) > 0 {
		if err := exchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExchangeWithdrawalCancelled represents a WithdrawalCancelled event raised by the Exchange contract.
type ExchangeWithdrawalCancelled struct {
	Account common.Address
	Asset   *big.Int
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ExchangeWithdrawalCancelledEventName = "WithdrawalCancelled"

// ContractEventName returns the user-defined event name.
func (ExchangeWithdrawalCancelled) ContractEventName() string {
	return ExchangeWithdrawalCancelledEventName
}

// UnpackWithdrawalCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalCancelled(address indexed account, uint256 indexed asset, uint256 amount)
func (exchange *Exchange) UnpackWithdrawalCancelledEvent(log *types.Log) (*ExchangeWithdrawalCancelled, error) {
	event := "WithdrawalCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeWithdrawalCancelled)
	if len(log.Data) > 0 {
		if err := exchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExchangeWithdrawalDelaySet represents a WithdrawalDelaySet event raised by the Exchange contract.
type ExchangeWithdrawalDelaySet struct {
	Delay uint64
	Raw   *types.Log // Blockchain specific contextual infos
}

const ExchangeWithdrawalDelaySetEventName = "WithdrawalDelaySet"

// ContractEventName returns the user-defined event name.
func (ExchangeWithdrawalDelaySet) ContractEventName() string {
	return ExchangeWithdrawalDelaySetEventName
}

// UnpackWithdrawalDelaySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalDelaySet(uint64 delay)
func (exchange *Exchange) UnpackWithdrawalDelaySetEvent(log *types.Log) (*ExchangeWithdrawalDelaySet, error) {
	event := "WithdrawalDelaySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeWithdrawalDelaySet)
	if len(log.Data) > 0 {
		if err := exchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExchangeWithdrawalExecuted represents a WithdrawalExecuted event raised by the Exchange contract.
type ExchangeWithdrawalExecuted struct {
	Account common.Address
	Asset   *big.Int
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ExchangeWithdrawalExecutedEventName = "WithdrawalExecuted"

// ContractEventName returns the user-defined event name.
func (ExchangeWithdrawalExecuted) ContractEventName() string {
	return ExchangeWithdrawalExecutedEventName
}

// UnpackWithdrawalExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalExecuted(address indexed account, uint256 indexed asset, uint256 amount)
func (exchange *Exchange) UnpackWithdrawalExecutedEvent(log *types.Log) (*ExchangeWithdrawalExecuted, error) {
	event := "WithdrawalExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeWithdrawalExecuted)
	if len(log.Data) > 0 {
		if err := exchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExchangeWithdrawalRequested represents a WithdrawalRequested event raised by the Exchange contract.
type ExchangeWithdrawalRequested struct {
	Account common.Address
	Asset   *big.Int
	Amount  *big.Int
	Pending *big.Int
	ReadyAt uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const ExchangeWithdrawalRequestedEventName = "WithdrawalRequested"

// ContractEventName returns the user-defined event name.
func (ExchangeWithdrawalRequested) ContractEventName() string {
	return ExchangeWithdrawalRequestedEventName
}

// UnpackWithdrawalRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalRequested(address indexed account, uint256 indexed asset, uint256 amount, uint256 pending, uint64 readyAt)
func (exchange *Exchange) UnpackWithdrawalRequestedEvent(log *types.Log) (*ExchangeWithdrawalRequested, error) {
	event := "WithdrawalRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeWithdrawalRequested)
	if len(log.Data) > 0 {
		if err := exchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (exchange *Exchange) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], exchange.abi.Errors["BadBatchEncoding"].ID.Bytes()[:4]) {
		return exchange.UnpackBadBatchEncodingError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["BadBatchId"].ID.Bytes()[:4]) {
		return exchange.UnpackBadBatchIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["CashAsTokenId"].ID.Bytes()[:4]) {
		return exchange.UnpackCashAsTokenIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["CashCapExceeded"].ID.Bytes()[:4]) {
		return exchange.UnpackCashCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["DelayTooLong"].ID.Bytes()[:4]) {
		return exchange.UnpackDelayTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return exchange.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["NoPendingWithdrawal"].ID.Bytes()[:4]) {
		return exchange.UnpackNoPendingWithdrawalError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["NotGuardian"].ID.Bytes()[:4]) {
		return exchange.UnpackNotGuardianError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["NotOperator"].ID.Bytes()[:4]) {
		return exchange.UnpackNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["NotToken"].ID.Bytes()[:4]) {
		return exchange.UnpackNotTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return exchange.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return exchange.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["PendingOverflow"].ID.Bytes()[:4]) {
		return exchange.UnpackPendingOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return exchange.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return exchange.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["SettlementIsPaused"].ID.Bytes()[:4]) {
		return exchange.UnpackSettlementIsPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["WithdrawalNotReady"].ID.Bytes()[:4]) {
		return exchange.UnpackWithdrawalNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return exchange.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return exchange.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ExchangeBadBatchEncoding represents a BadBatchEncoding error raised by the Exchange contract.
type ExchangeBadBatchEncoding struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadBatchEncoding()
func ExchangeBadBatchEncodingErrorID() common.Hash {
	return common.HexToHash("0xf130fcbf01eb5d5fb2fcd6d3e317342aae84cd84a57a578de0180eaf75573aca")
}

// UnpackBadBatchEncodingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadBatchEncoding()
func (exchange *Exchange) UnpackBadBatchEncodingError(raw []byte) (*ExchangeBadBatchEncoding, error) {
	out := new(ExchangeBadBatchEncoding)
	if err := exchange.abi.UnpackIntoInterface(out, "BadBatchEncoding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeBadBatchId represents a BadBatchId error raised by the Exchange contract.
type ExchangeBadBatchId struct {
	Got  uint64
	Want uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadBatchId(uint64 got, uint64 want)
func ExchangeBadBatchIdErrorID() common.Hash {
	return common.HexToHash("0x0bfd3cea774476250df0c1373f844d9979c99ba10d757e5c4861a51e7791eb1d")
}

// UnpackBadBatchIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadBatchId(uint64 got, uint64 want)
func (exchange *Exchange) UnpackBadBatchIdError(raw []byte) (*ExchangeBadBatchId, error) {
	out := new(ExchangeBadBatchId)
	if err := exchange.abi.UnpackIntoInterface(out, "BadBatchId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeCashAsTokenId represents a CashAsTokenId error raised by the Exchange contract.
type ExchangeCashAsTokenId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CashAsTokenId()
func ExchangeCashAsTokenIdErrorID() common.Hash {
	return common.HexToHash("0x777198b59ea34f1a9862282e1655c1b10b5c913b312315e9643cc58e682ab3d8")
}

// UnpackCashAsTokenIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CashAsTokenId()
func (exchange *Exchange) UnpackCashAsTokenIdError(raw []byte) (*ExchangeCashAsTokenId, error) {
	out := new(ExchangeCashAsTokenId)
	if err := exchange.abi.UnpackIntoInterface(out, "CashAsTokenId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeCashCapExceeded represents a CashCapExceeded error raised by the Exchange contract.
type ExchangeCashCapExceeded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CashCapExceeded()
func ExchangeCashCapExceededErrorID() common.Hash {
	return common.HexToHash("0x84acb77b64e954e933697a053988e1b8eaa9b75b54b202516225a96355951477")
}

// UnpackCashCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CashCapExceeded()
func (exchange *Exchange) UnpackCashCapExceededError(raw []byte) (*ExchangeCashCapExceeded, error) {
	out := new(ExchangeCashCapExceeded)
	if err := exchange.abi.UnpackIntoInterface(out, "CashCapExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeDelayTooLong represents a DelayTooLong error raised by the Exchange contract.
type ExchangeDelayTooLong struct {
	Delay uint64
	Max   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelayTooLong(uint64 delay, uint64 max)
func ExchangeDelayTooLongErrorID() common.Hash {
	return common.HexToHash("0x3cf5e7e47d5017d806152b87b092ca956789feef73bfd948eedf674c34728af5")
}

// UnpackDelayTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelayTooLong(uint64 delay, uint64 max)
func (exchange *Exchange) UnpackDelayTooLongError(raw []byte) (*ExchangeDelayTooLong, error) {
	out := new(ExchangeDelayTooLong)
	if err := exchange.abi.UnpackIntoInterface(out, "DelayTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeInsufficientBalance represents a InsufficientBalance error raised by the Exchange contract.
type ExchangeInsufficientBalance struct {
	Available *big.Int
	Wanted    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 available, uint256 wanted)
func ExchangeInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 available, uint256 wanted)
func (exchange *Exchange) UnpackInsufficientBalanceError(raw []byte) (*ExchangeInsufficientBalance, error) {
	out := new(ExchangeInsufficientBalance)
	if err := exchange.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeNoPendingWithdrawal represents a NoPendingWithdrawal error raised by the Exchange contract.
type ExchangeNoPendingWithdrawal struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoPendingWithdrawal()
func ExchangeNoPendingWithdrawalErrorID() common.Hash {
	return common.HexToHash("0x9121b84fef8b7ad3edb5da7d906b6c78e7e08853cf5c604523e64bca5a8c4166")
}

// UnpackNoPendingWithdrawalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoPendingWithdrawal()
func (exchange *Exchange) UnpackNoPendingWithdrawalError(raw []byte) (*ExchangeNoPendingWithdrawal, error) {
	out := new(ExchangeNoPendingWithdrawal)
	if err := exchange.abi.UnpackIntoInterface(out, "NoPendingWithdrawal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeNotGuardian represents a NotGuardian error raised by the Exchange contract.
type ExchangeNotGuardian struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGuardian()
func ExchangeNotGuardianErrorID() common.Hash {
	return common.HexToHash("0xef6d0f022a6034a270a71b2c18c08f672aa285210fc713e02118a224aabfd50b")
}

// UnpackNotGuardianError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGuardian()
func (exchange *Exchange) UnpackNotGuardianError(raw []byte) (*ExchangeNotGuardian, error) {
	out := new(ExchangeNotGuardian)
	if err := exchange.abi.UnpackIntoInterface(out, "NotGuardian", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeNotOperator represents a NotOperator error raised by the Exchange contract.
type ExchangeNotOperator struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOperator()
func ExchangeNotOperatorErrorID() common.Hash {
	return common.HexToHash("0x7c214f0474e418b49066b523b4b4fdaaeed28f6f33b3f87920010fb4856b27c9")
}

// UnpackNotOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOperator()
func (exchange *Exchange) UnpackNotOperatorError(raw []byte) (*ExchangeNotOperator, error) {
	out := new(ExchangeNotOperator)
	if err := exchange.abi.UnpackIntoInterface(out, "NotOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeNotToken represents a NotToken error raised by the Exchange contract.
type ExchangeNotToken struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotToken()
func ExchangeNotTokenErrorID() common.Hash {
	return common.HexToHash("0x21f2b69c998ca2d35ea774efe1439b877c4ae77cfdd7ada2a140cff52636bcc8")
}

// UnpackNotTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotToken()
func (exchange *Exchange) UnpackNotTokenError(raw []byte) (*ExchangeNotToken, error) {
	out := new(ExchangeNotToken)
	if err := exchange.abi.UnpackIntoInterface(out, "NotToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the Exchange contract.
type ExchangeOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ExchangeOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (exchange *Exchange) UnpackOwnableInvalidOwnerError(raw []byte) (*ExchangeOwnableInvalidOwner, error) {
	out := new(ExchangeOwnableInvalidOwner)
	if err := exchange.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the Exchange contract.
type ExchangeOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ExchangeOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (exchange *Exchange) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ExchangeOwnableUnauthorizedAccount, error) {
	out := new(ExchangeOwnableUnauthorizedAccount)
	if err := exchange.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangePendingOverflow represents a PendingOverflow error raised by the Exchange contract.
type ExchangePendingOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PendingOverflow()
func ExchangePendingOverflowErrorID() common.Hash {
	return common.HexToHash("0xe7dba5d61a28bb83aed8f959c4f21376df6052be1f07de08d07218821cd6e337")
}

// UnpackPendingOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PendingOverflow()
func (exchange *Exchange) UnpackPendingOverflowError(raw []byte) (*ExchangePendingOverflow, error) {
	out := new(ExchangePendingOverflow)
	if err := exchange.abi.UnpackIntoInterface(out, "PendingOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Exchange contract.
type ExchangeReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func ExchangeReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (exchange *Exchange) UnpackReentrancyGuardReentrantCallError(raw []byte) (*ExchangeReentrancyGuardReentrantCall, error) {
	out := new(ExchangeReentrancyGuardReentrantCall)
	if err := exchange.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Exchange contract.
type ExchangeSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func ExchangeSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (exchange *Exchange) UnpackSafeERC20FailedOperationError(raw []byte) (*ExchangeSafeERC20FailedOperation, error) {
	out := new(ExchangeSafeERC20FailedOperation)
	if err := exchange.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeSettlementIsPaused represents a SettlementIsPaused error raised by the Exchange contract.
type ExchangeSettlementIsPaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettlementIsPaused()
func ExchangeSettlementIsPausedErrorID() common.Hash {
	return common.HexToHash("0xcc72f277a2f4285bfcacc85b3f62ea2fd7138e0fd3c1c7c255b988444f744f14")
}

// UnpackSettlementIsPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettlementIsPaused()
func (exchange *Exchange) UnpackSettlementIsPausedError(raw []byte) (*ExchangeSettlementIsPaused, error) {
	out := new(ExchangeSettlementIsPaused)
	if err := exchange.abi.UnpackIntoInterface(out, "SettlementIsPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeWithdrawalNotReady represents a WithdrawalNotReady error raised by the Exchange contract.
type ExchangeWithdrawalNotReady struct {
	ReadyAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalNotReady(uint64 readyAt)
func ExchangeWithdrawalNotReadyErrorID() common.Hash {
	return common.HexToHash("0xb4387448a3ea3bd3bf98108bfbf80e13e305852c3294fe983f97d1242551535a")
}

// UnpackWithdrawalNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalNotReady(uint64 readyAt)
func (exchange *Exchange) UnpackWithdrawalNotReadyError(raw []byte) (*ExchangeWithdrawalNotReady, error) {
	out := new(ExchangeWithdrawalNotReady)
	if err := exchange.abi.UnpackIntoInterface(out, "WithdrawalNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeZeroAddress represents a ZeroAddress error raised by the Exchange contract.
type ExchangeZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ExchangeZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (exchange *Exchange) UnpackZeroAddressError(raw []byte) (*ExchangeZeroAddress, error) {
	out := new(ExchangeZeroAddress)
	if err := exchange.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeZeroAmount represents a ZeroAmount error raised by the Exchange contract.
type ExchangeZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func ExchangeZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (exchange *Exchange) UnpackZeroAmountError(raw []byte) (*ExchangeZeroAmount, error) {
	out := new(ExchangeZeroAmount)
	if err := exchange.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUHourTokenMetaData contains all meta data concerning the GPUHourToken contract.
var GPUHourTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"uri_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC1155InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idsLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"valuesLength\",\"type\":\"uint256\"}],\"name\":\"ERC1155InvalidArrayLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC1155MissingApprovalForAll\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"InvalidInstrumentId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"StringsInsufficientHexLength\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"}],\"name\":\"TransferBatch\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"TransferSingle\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"value\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"URI\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"balanceOfBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"exists\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeBatchTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"uri\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "07291f14ae504f081baa127598bf2c3f92",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161247838038061247883398101604081905261002e9161011c565b806100388161004b565b506100435f8361005b565b505050610338565b6002610057828261027a565b5050565b5f8281526005602090815260408083206001600160a01b038516845290915281205460ff166100ff575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556100b73390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610102565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561012d575f5ffd5b82516001600160a01b0381168114610143575f5ffd5b60208401519092506001600160401b0381111561015e575f5ffd5b8301601f8101851361016e575f5ffd5b80516001600160401b0381111561018757610187610108565b604051601f8201601f19908116603f011681016001600160401b03811182821017156101b5576101b5610108565b6040528181528282016020018710156101cc575f5ffd5b8160208401602083015e5f602083830101528093505050509250929050565b600181811c908216806101ff57607f821691505b60208210810361021d57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610275578282111561027557805f5260205f20601f840160051c602085101561024e57505f5b90810190601f840160051c035f5b81811015610271575f8382015560010161025c565b5050505b505050565b81516001600160401b0381111561029357610293610108565b6102a7816102a184546101eb565b84610223565b6020601f8211600181146102d9575f83156102c25750848201515b5f19600385901b1c1916600184901b178455610331565b5f84815260208120601f198516915b8281101561030857878501518255602094850194600190920191016102e8565b508482101561032557868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b612133806103455f395ff3fe608060405234801561000f575f5ffd5b5060043610610126575f3560e01c80634f558e79116100a9578063d53913931161006e578063d539139314610298578063d547741f146102bf578063e985e9c5146102d2578063f242432a1461030d578063f5298aca14610320575f5ffd5b80634f558e791461022b57806391d148541461024c578063a217fddf1461025f578063a22cb46514610266578063bd85b03914610279575f5ffd5b8063248a9ca3116100ef578063248a9ca3146101b05780632eb2c2d6146101d25780632f2ff15d146101e557806336568abe146101f85780634e1273f41461020b575f5ffd5b8062fdd58e1461012a57806301ffc9a7146101505780630e89341c14610173578063156e29f61461019357806318160ddd146101a8575b5f5ffd5b61013d610138366004611807565b610333565b6040519081526020015b60405180910390f35b61016361015e366004611844565b61035a565b6040519015158152602001610147565b610186610181366004611866565b610364565b60405161014791906118ab565b6101a66101a13660046118bd565b610413565b005b60045461013d565b61013d6101be366004611866565b5f9081526005602052604090206001015490565b6101a66101e0366004611a2b565b61045d565b6101a66101f3366004611ada565b61047c565b6101a6610206366004611ada565b6104a0565b61021e610219366004611b04565b6104d8565b6040516101479190611c01565b610163610239366004611866565b5f90815260036020526040902054151590565b61016361025a366004611ada565b6105a3565b61013d5f81565b6101a6610274366004611c13565b6105cd565b61013d610287366004611866565b5f9081526003602052604090205490565b61013d7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a681565b6101a66102cd366004611ada565b6105dc565b6101636102e0366004611c4c565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205460ff1690565b6101a661031b366004611c74565b610600565b6101a661032e3660046118bd565b610616565b5f818152602081815260408083206001600160a01b03861684529091529020545b92915050565b5f6103548261064b565b606061036f8261066f565b61039457604051631021e36760e11b8152600481018390526024015b60405180910390fd5b5f6103ae60026103a48560581c90565b61ffff1690610692565b6103b78461080c565b6103c0856108a1565b6040516020016103d293929190611cdf565b60405160208183030381529060405290506103ec81610963565b6040516020016103fc9190611d7a565b604051602081830303815290604052915050919050565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a661043d8161096f565b61045784848460405180602001604052805f81525061097c565b50505050565b610468335b866109e0565b6104758585858585610a58565b5050505050565b5f828152600560205260409020600101546104968161096f565b6104578383610ab8565b6001600160a01b03811633146104c95760405163334bd91960e11b815260040160405180910390fd5b6104d38282610b49565b505050565b606081518351146105095781518351604051635b05999160e01b81526004810192909252602482015260440161038b565b5f835167ffffffffffffffff811115610524576105246118ed565b60405190808252806020026020018201604052801561054d578160200160208202803683370190505b5090505f5b845181101561059b5760208082028601015161057690602080840287010151610333565b82828151811061058857610588611dab565b6020908102919091010152600101610552565b509392505050565b5f9182526005602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6105d8338383610bb4565b5050565b5f828152600560205260409020600101546105f68161096f565b6104578383610b49565b61060933610462565b6104758585858585610c71565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a66106408161096f565b610457848484610cfe565b5f6001600160e01b03198216637965db0b60e01b1480610354575061035482610d65565b5f8061067a83610db4565b600881111561068b5761068b611dbf565b1492915050565b6060825f6106a1846002611de7565b6106ac906002611dfe565b67ffffffffffffffff8111156106c4576106c46118ed565b6040519080825280601f01601f1916602001820160405280156106ee576020820181803683370190505b509050600360fc1b815f8151811061070857610708611dab565b60200101906001600160f81b03191690815f1a905350600f60fb1b8160018151811061073657610736611dab565b60200101906001600160f81b03191690815f1a9053505f610758856002611de7565b610763906001611dfe565b90505b60018111156107da576f181899199a1a9b1b9c1cb0b131b232b360811b83600f166010811061079757610797611dab565b1a60f81b8282815181106107ad576107ad611dab565b60200101906001600160f81b03191690815f1a90535060049290921c916107d381611e11565b9050610766565b5081156108045760405163e22e27eb60e01b8152600481018690526024810185905260440161038b565b949350505050565b6060600161081a8360301c90565b60ff160361085b57505060408051808201909152601d81527f53706f74206d61726b65743a206e6f20746f6b656e732065786973742e000000602082015290565b610869825b61ffff16610e41565b61087a61087584610ed1565b610e41565b60405160200161088b929190611e26565b6040516020818303038152906040529050919050565b60605f6108af836020610692565b6108c46108bc8560781c90565b60ff16610e41565b6108d360026103a48760581c90565b6108e06108bc8760501c90565b6108ed6108608860401c90565b6108fa6108bc8960381c90565b6109076108bc8a60301c90565b60405160200161091d9796959493929190611eab565b60405160208183030381529060405290508061093b61087585610ed1565b61094485610860565b61095061087587610eef565b6040516020016103fc9493929190611fab565b6060610354825f610f06565b6109798133611085565b50565b6001600160a01b0384166109a557604051632bfa23e760e11b81525f600482015260240161038b565b604080516001808252602082018690528183019081526060820185905260808201909252906109d85f87848487846110be565b505050505050565b816001600160a01b0316816001600160a01b031614158015610a2757506001600160a01b038082165f9081526001602090815260408083209386168352929052205460ff16155b156105d85760405163711bec9160e11b81526001600160a01b0380841660048301528216602482015260440161038b565b6001600160a01b038416610a8157604051632bfa23e760e11b81525f600482015260240161038b565b6001600160a01b038516610aa957604051626a0d4560e21b81525f600482015260240161038b565b610475858585858560016110be565b5f610ac383836105a3565b610b42575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff19166001179055610afa3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610354565b505f610354565b5f610b5483836105a3565b15610b42575f8381526005602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610354565b6001600160a01b038316610bdd57604051631f18c42760e11b81525f600482015260240161038b565b6001600160a01b038216610c055760405162ced3e160e81b81525f600482015260240161038b565b6001600160a01b038381165f81815260016020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b038416610c9a57604051632bfa23e760e11b81525f600482015260240161038b565b6001600160a01b038516610cc257604051626a0d4560e21b81525f600482015260240161038b565b60408051600180825260208201869052818301908152606082018590526080820190925290610cf587878484875f6110be565b50505050505050565b6001600160a01b038316610d2657604051626a0d4560e21b81525f600482015260240161038b565b604080516001808252602082018590528183019081526060820184905260a082019092525f6080820181815291929161047591879185908590836110be565b5f6001600160e01b03198216636cdb3d1360e11b1480610d9557506001600160e01b031982166303a24d0760e21b145b8061035457506301ffc9a760e01b6001600160e01b0319831614610354565b5f6001610dc18360781c90565b60ff1614610dd157506001919050565b608082901c151580610def5750610de88260681c90565b61ffff1615155b15610dfc57506002919050565b610354610e098360581c90565b610e138460501c90565b610e1d8560401c90565b610e278660381c90565b610e318760301c90565b610e3b8860101c90565b88611116565b60605f610e4d836111f7565b60010190505f8167ffffffffffffffff811115610e6c57610e6c6118ed565b6040519080825280601f01601f191660200182016040528015610e96576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084610ea057509392505050565b5f610e10610edf8360101c90565b63ffffffff166103549190611de7565b5f610e10610efc836112ce565b6103549190611de7565b606082515f03610f24575060408051602081019091525f8152610354565b5f82610f5457600384516002610f3a9190611dfe565b610f449190612036565b610f4f906004611de7565b610f79565b600384516004610f649190611de7565b610f6f906002611dfe565b610f799190612036565b905060405191507f4142434445464748494a4b4c4d4e4f505152535455565758595a616263646566601f5261067083027f6768696a6b6c6d6e6f707172737475767778797a303132333435363738392b2f18603f526020820181810185865187016020810180515f82525b82841015611037576003840193508351603f8160121c16518753600187019650603f81600c1c16518753600187019650603f8160061c16518753600187019650603f811651875350600186019550610fe4565b9052508590506110785760038651066001811461105b576002811461106e57611076565b603d6001840353603d6002840353611076565b603d60018403535b505b9183525060405292915050565b61108f82826105a3565b6105d85760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161038b565b6110ca868686866112ee565b6001600160a01b038516156109d8573381156110f3576110ee8188888888886113d5565b610cf5565b6020858101519085015161110b838a8a85858a6114f6565b505050505050505050565b5f61ffff8816158061112b575061ffff888116145b15611138575060036111ec565b600260ff8816111561114c575060046111ec565b600161ffff871610806111635750600761ffff8716115b15611170575060056111ec565b600160ff861610806111855750600360ff8616115b15611192575060066111ec565b60ff84166111b2578161ffff165f036111ad575060086111ec565b6111e9565b5f1960ff8516016111e15763ffffffff83161515806111d4575061ffff821615155b156111ad575060086111ec565b5060076111ec565b505f5b979650505050505050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106112355772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310611261576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061127f57662386f26fc10000830492506010015b6305f5e1008310611297576305f5e100830492506008015b61271083106112ab57612710830492506004015b606483106112bd576064830492506002015b600a83106103545760010192915050565b5f8161ffff166112de8360101c90565b63ffffffff166103549190611dfe565b6112fa848484846115dd565b6001600160a01b038416611377575f805b835181101561135e5760208181028481018201519086018201515f908152600390925260408220805491928392611343908490611dfe565b9091555061135390508184611dfe565b92505060010161130b565b508060045f8282546113709190611dfe565b9091555050505b6001600160a01b038316610457575f805b83518110156113c45760208181028481018201519086018201515f90815260039092526040909120805482900390559190910190600101611388565b506004805491909103905550505050565b6001600160a01b0384163b156109d85760405163bc197c8160e01b81526001600160a01b0385169063bc197c81906114199089908990889088908890600401612055565b6020604051808303815f875af1925050508015611453575060408051601f3d908101601f19168201909252611450918101906120b2565b60015b6114ba573d808015611480576040519150601f19603f3d011682016040523d82523d5f602084013e611485565b606091505b5080515f036114b257604051632bfa23e760e11b81526001600160a01b038616600482015260240161038b565b805160208201fd5b6001600160e01b0319811663bc197c8160e01b14610cf557604051632bfa23e760e11b81526001600160a01b038616600482015260240161038b565b6001600160a01b0384163b156109d85760405163f23a6e6160e01b81526001600160a01b0385169063f23a6e619061153a90899089908890889088906004016120cd565b6020604051808303815f875af1925050508015611574575060408051601f3d908101601f19168201909252611571918101906120b2565b60015b6115a1573d808015611480576040519150601f19603f3d011682016040523d82523d5f602084013e611485565b6001600160e01b0319811663f23a6e6160e01b14610cf557604051632bfa23e760e11b81526001600160a01b038616600482015260240161038b565b805182511461160c5781518151604051635b05999160e01b81526004810192909252602482015260440161038b565b335f5b835181101561170e576020818102858101820151908501909101516001600160a01b038816156116c0575f828152602081815260408083206001600160a01b038c1684529091529020548181101561169a576040516303dee4c560e01b81526001600160a01b038a16600482015260248101829052604481018390526064810184905260840161038b565b5f838152602081815260408083206001600160a01b038d16845290915290209082900390555b6001600160a01b03871615611704575f828152602081815260408083206001600160a01b038b168452909152812080548392906116fe908490611dfe565b90915550505b505060010161160f565b50825160010361178e5760208301515f906020840151909150856001600160a01b0316876001600160a01b0316846001600160a01b03167fc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f62858560405161177f929190918252602082015260400190565b60405180910390a45050610475565b836001600160a01b0316856001600160a01b0316826001600160a01b03167f4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb86866040516117dd929190612106565b60405180910390a45050505050565b80356001600160a01b0381168114611802575f5ffd5b919050565b5f5f60408385031215611818575f5ffd5b611821836117ec565b946020939093013593505050565b6001600160e01b031981168114610979575f5ffd5b5f60208284031215611854575f5ffd5b813561185f8161182f565b9392505050565b5f60208284031215611876575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61185f602083018461187d565b5f5f5f606084860312156118cf575f5ffd5b6118d8846117ec565b95602085013595506040909401359392505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f1916810167ffffffffffffffff8111828210171561192a5761192a6118ed565b604052919050565b5f67ffffffffffffffff82111561194b5761194b6118ed565b5060051b60200190565b5f82601f830112611964575f5ffd5b813561197761197282611932565b611901565b8082825260208201915060208360051b860101925085831115611998575f5ffd5b602085015b838110156119b557803583526020928301920161199d565b5095945050505050565b5f82601f8301126119ce575f5ffd5b813567ffffffffffffffff8111156119e8576119e86118ed565b6119fb601f8201601f1916602001611901565b818152846020838601011115611a0f575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f5f60a08688031215611a3f575f5ffd5b611a48866117ec565b9450611a56602087016117ec565b9350604086013567ffffffffffffffff811115611a71575f5ffd5b611a7d88828901611955565b935050606086013567ffffffffffffffff811115611a99575f5ffd5b611aa588828901611955565b925050608086013567ffffffffffffffff811115611ac1575f5ffd5b611acd888289016119bf565b9150509295509295909350565b5f5f60408385031215611aeb575f5ffd5b82359150611afb602084016117ec565b90509250929050565b5f5f60408385031215611b15575f5ffd5b823567ffffffffffffffff811115611b2b575f5ffd5b8301601f81018513611b3b575f5ffd5b8035611b4961197282611932565b8082825260208201915060208360051b850101925087831115611b6a575f5ffd5b6020840193505b82841015611b9357611b82846117ec565b825260209384019390910190611b71565b9450505050602083013567ffffffffffffffff811115611bb1575f5ffd5b611bbd85828601611955565b9150509250929050565b5f8151808452602084019350602083015f5b82811015611bf7578151865260209586019590910190600101611bd9565b5093949350505050565b602081525f61185f6020830184611bc7565b5f5f60408385031215611c24575f5ffd5b611c2d836117ec565b915060208301358015158114611c41575f5ffd5b809150509250929050565b5f5f60408385031215611c5d575f5ffd5b611c66836117ec565b9150611afb602084016117ec565b5f5f5f5f5f60a08688031215611c88575f5ffd5b611c91866117ec565b9450611c9f602087016117ec565b93506040860135925060608601359150608086013567ffffffffffffffff811115611ac1575f5ffd5b5f81518060208401855e5f93019283525090919050565b7f7b226e616d65223a22486f7572676c617373204750552d686f7572200000000081525f611d10601c830186611cc8565b701116113232b9b1b934b83a34b7b7111d1160791b8152611d346011820186611cc8565b90507f222c22646563696d616c73223a302c2270726f70657274696573223a000000008152611d66601c820185611cc8565b607d60f81b81526001019695505050505050565b7f646174613a6170706c69636174696f6e2f6a736f6e3b6261736536342c00000081525f61185f601d830184611cc8565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761035457610354611dd3565b8082018082111561035457610354611dd3565b5f81611e1f57611e1f611dd3565b505f190190565b7f3120756e6974203d2031204750552d686f7572206f662074686520677261646581526701034b7103a3432960c51b60208201525f611e686028830185611cc8565b7f2d686f75722077696e646f772066726f6d20556e69782074696d6520000000008152611e98601c820185611cc8565b601760f91b815260010195945050505050565b713d9134b739ba393ab6b2b73a2fb4b2111d1160711b81525f611ed1601283018a611cc8565b721116113630bcb7baba2fbb32b939b4b7b7111d60691b8152611ef7601382018a611cc8565b71161133b83aafb232bb34b1b2afb4b2111d1160711b81529050611f1e6012820189611cc8565b7011161134b73a32b931b7b73732b1ba111d60791b81529050611f446011820188611cc8565b6916113932b3b4b7b7111d60b11b81529050611f63600a820187611cc8565b6716113a34b2b9111d60c11b81529050611f806008820186611cc8565b67161135b4b732111d60c11b81529050611f9d6008820185611cc8565b9a9950505050505050505050565b5f611fb68287611cc8565b6f16113bb4b73237bbafb9ba30b93a111d60811b8152611fd96010820187611cc8565b6f16113bb4b73237bbafb437bab939911d60811b81529050611ffe6010820186611cc8565b6d16113bb4b73237bbafb2b732111d60911b81529050612021600e820185611cc8565b607d60f81b8152600101979650505050505050565b5f8261205057634e487b7160e01b5f52601260045260245ffd5b500490565b6001600160a01b0386811682528516602082015260a0604082018190525f9061208090830186611bc7565b82810360608401526120928186611bc7565b905082810360808401526120a6818561187d565b98975050505050505050565b5f602082840312156120c2575f5ffd5b815161185f8161182f565b6001600160a01b03868116825285166020820152604081018490526060810183905260a0608082018190525f906111ec9083018461187d565b604081525f6121186040830185611bc7565b828103602084015261212a8185611bc7565b9594505050505056",
}

// GPUHourToken is an auto generated Go binding around an Ethereum contract.
type GPUHourToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GPUHourToken) GetABI() abi.ABI {
	return c.abi
}

// NewGPUHourToken creates a new instance of GPUHourToken.
func NewGPUHourToken() *GPUHourToken {
	parsed, err := GPUHourTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GPUHourToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GPUHourToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, string uri_) returns()
func (gPUHourToken *GPUHourToken) PackConstructor(admin common.Address, uri_ string) []byte {
	enc, err := gPUHourToken.abi.Pack("", admin, uri_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (gPUHourToken *GPUHourToken) PackDEFAULTADMINROLE() []byte {
	enc, err := gPUHourToken.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (gPUHourToken *GPUHourToken) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return gPUHourToken.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (gPUHourToken *GPUHourToken) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := gPUHourToken.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (gPUHourToken *GPUHourToken) PackMINTERROLE() []byte {
	enc, err := gPUHourToken.abi.Pack("MINTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (gPUHourToken *GPUHourToken) TryPackMINTERROLE() ([]byte, error) {
	return gPUHourToken.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (gPUHourToken *GPUHourToken) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := gPUHourToken.abi.Unpack("MINTER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fdd58e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (gPUHourToken *GPUHourToken) PackBalanceOf(account common.Address, id *big.Int) []byte {
	enc, err := gPUHourToken.abi.Pack("balanceOf", account, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fdd58e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (gPUHourToken *GPUHourToken) TryPackBalanceOf(account common.Address, id *big.Int) ([]byte, error) {
	return gPUHourToken.abi.Pack("balanceOf", account, id)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00fdd58e.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (gPUHourToken *GPUHourToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := gPUHourToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalanceOfBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1273f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (gPUHourToken *GPUHourToken) PackBalanceOfBatch(accounts []common.Address, ids []*big.Int) []byte {
	enc, err := gPUHourToken.abi.Pack("balanceOfBatch", accounts, ids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOfBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1273f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (gPUHourToken *GPUHourToken) TryPackBalanceOfBatch(accounts []common.Address, ids []*big.Int) ([]byte, error) {
	return gPUHourToken.abi.Pack("balanceOfBatch", accounts, ids)
}

// UnpackBalanceOfBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e1273f4.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (gPUHourToken *GPUHourToken) UnpackBalanceOfBatch(data []byte) ([]*big.Int, error) {
	out, err := gPUHourToken.abi.Unpack("balanceOfBatch", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5298aca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, uint256 id, uint256 amount) returns()
func (gPUHourToken *GPUHourToken) PackBurn(from common.Address, id *big.Int, amount *big.Int) []byte {
	enc, err := gPUHourToken.abi.Pack("burn", from, id, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5298aca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address from, uint256 id, uint256 amount) returns()
func (gPUHourToken *GPUHourToken) TryPackBurn(from common.Address, id *big.Int, amount *big.Int) ([]byte, error) {
	return gPUHourToken.abi.Pack("burn", from, id, amount)
}

// PackExists is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f558e79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exists(uint256 id) view returns(bool)
func (gPUHourToken *GPUHourToken) PackExists(id *big.Int) []byte {
	enc, err := gPUHourToken.abi.Pack("exists", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExists is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f558e79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exists(uint256 id) view returns(bool)
func (gPUHourToken *GPUHourToken) TryPackExists(id *big.Int) ([]byte, error) {
	return gPUHourToken.abi.Pack("exists", id)
}

// UnpackExists is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f558e79.
//
// Solidity: function exists(uint256 id) view returns(bool)
func (gPUHourToken *GPUHourToken) UnpackExists(data []byte) (bool, error) {
	out, err := gPUHourToken.abi.Unpack("exists", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (gPUHourToken *GPUHourToken) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := gPUHourToken.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (gPUHourToken *GPUHourToken) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return gPUHourToken.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (gPUHourToken *GPUHourToken) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := gPUHourToken.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (gPUHourToken *GPUHourToken) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := gPUHourToken.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (gPUHourToken *GPUHourToken) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return gPUHourToken.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (gPUHourToken *GPUHourToken) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := gPUHourToken.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (gPUHourToken *GPUHourToken) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return gPUHourToken.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (gPUHourToken *GPUHourToken) UnpackHasRole(data []byte) (bool, error) {
	out, err := gPUHourToken.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (gPUHourToken *GPUHourToken) PackIsApprovedForAll(account common.Address, operator common.Address) []byte {
	enc, err := gPUHourToken.abi.Pack("isApprovedForAll", account, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (gPUHourToken *GPUHourToken) TryPackIsApprovedForAll(account common.Address, operator common.Address) ([]byte, error) {
	return gPUHourToken.abi.Pack("isApprovedForAll", account, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (gPUHourToken *GPUHourToken) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := gPUHourToken.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x156e29f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 id, uint256 amount) returns()
func (gPUHourToken *GPUHourToken) PackMint(to common.Address, id *big.Int, amount *big.Int) []byte {
	enc, err := gPUHourToken.abi.Pack("mint", to, id, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x156e29f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 id, uint256 amount) returns()
func (gPUHourToken *GPUHourToken) TryPackMint(to common.Address, id *big.Int, amount *big.Int) ([]byte, error) {
	return gPUHourToken.abi.Pack("mint", to, id, amount)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (gPUHourToken *GPUHourToken) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := gPUHourToken.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (gPUHourToken *GPUHourToken) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return gPUHourToken.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (gPUHourToken *GPUHourToken) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := gPUHourToken.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (gPUHourToken *GPUHourToken) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return gPUHourToken.abi.Pack("revokeRole", role, account)
}

// PackSafeBatchTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2eb2c2d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeBatchTransferFrom(address from, address to, uint256[] ids, uint256[] values, bytes data) returns()
func (gPUHourToken *GPUHourToken) PackSafeBatchTransferFrom(from common.Address, to common.Address, ids []*big.Int, values []*big.Int, data []byte) []byte {
	enc, err := gPUHourToken.abi.Pack("safeBatchTransferFrom", from, to, ids, values, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeBatchTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2eb2c2d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeBatchTransferFrom(address from, address to, uint256[] ids, uint256[] values, bytes data) returns()
func (gPUHourToken *GPUHourToken) TryPackSafeBatchTransferFrom(from common.Address, to common.Address, ids []*big.Int, values []*big.Int, data []byte) ([]byte, error) {
	return gPUHourToken.abi.Pack("safeBatchTransferFrom", from, to, ids, values, data)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf242432a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 id, uint256 value, bytes data) returns()
func (gPUHourToken *GPUHourToken) PackSafeTransferFrom(from common.Address, to common.Address, id *big.Int, value *big.Int, data []byte) []byte {
	enc, err := gPUHourToken.abi.Pack("safeTransferFrom", from, to, id, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf242432a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 id, uint256 value, bytes data) returns()
func (gPUHourToken *GPUHourToken) TryPackSafeTransferFrom(from common.Address, to common.Address, id *big.Int, value *big.Int, data []byte) ([]byte, error) {
	return gPUHourToken.abi.Pack("safeTransferFrom", from, to, id, value, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (gPUHourToken *GPUHourToken) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := gPUHourToken.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (gPUHourToken *GPUHourToken) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return gPUHourToken.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (gPUHourToken *GPUHourToken) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := gPUHourToken.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (gPUHourToken *GPUHourToken) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return gPUHourToken.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (gPUHourToken *GPUHourToken) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := gPUHourToken.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (gPUHourToken *GPUHourToken) PackTotalSupply() []byte {
	enc, err := gPUHourToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (gPUHourToken *GPUHourToken) TryPackTotalSupply() ([]byte, error) {
	return gPUHourToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (gPUHourToken *GPUHourToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := gPUHourToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupply0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd85b039.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply(uint256 id) view returns(uint256)
func (gPUHourToken *GPUHourToken) PackTotalSupply0(id *big.Int) []byte {
	enc, err := gPUHourToken.abi.Pack("totalSupply0", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd85b039.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply(uint256 id) view returns(uint256)
func (gPUHourToken *GPUHourToken) TryPackTotalSupply0(id *big.Int) ([]byte, error) {
	return gPUHourToken.abi.Pack("totalSupply0", id)
}

// UnpackTotalSupply0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd85b039.
//
// Solidity: function totalSupply(uint256 id) view returns(uint256)
func (gPUHourToken *GPUHourToken) UnpackTotalSupply0(data []byte) (*big.Int, error) {
	out, err := gPUHourToken.abi.Unpack("totalSupply0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uri(uint256 id) pure returns(string)
func (gPUHourToken *GPUHourToken) PackUri(id *big.Int) []byte {
	enc, err := gPUHourToken.abi.Pack("uri", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uri(uint256 id) pure returns(string)
func (gPUHourToken *GPUHourToken) TryPackUri(id *big.Int) ([]byte, error) {
	return gPUHourToken.abi.Pack("uri", id)
}

// UnpackUri is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e89341c.
//
// Solidity: function uri(uint256 id) pure returns(string)
func (gPUHourToken *GPUHourToken) UnpackUri(data []byte) (string, error) {
	out, err := gPUHourToken.abi.Unpack("uri", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// GPUHourTokenApprovalForAll represents a ApprovalForAll event raised by the GPUHourToken contract.
type GPUHourTokenApprovalForAll struct {
	Account  common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const GPUHourTokenApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (GPUHourTokenApprovalForAll) ContractEventName() string {
	return GPUHourTokenApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed account, address indexed operator, bool approved)
func (gPUHourToken *GPUHourToken) UnpackApprovalForAllEvent(log *types.Log) (*GPUHourTokenApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUHourToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUHourTokenApprovalForAll)
	if len(log.Data) > 0 {
		if err := gPUHourToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gPUHourToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GPUHourTokenRoleAdminChanged represents a RoleAdminChanged event raised by the GPUHourToken contract.
type GPUHourTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const GPUHourTokenRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (GPUHourTokenRoleAdminChanged) ContractEventName() string {
	return GPUHourTokenRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (gPUHourToken *GPUHourToken) UnpackRoleAdminChangedEvent(log *types.Log) (*GPUHourTokenRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUHourToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUHourTokenRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := gPUHourToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gPUHourToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GPUHourTokenRoleGranted represents a RoleGranted event raised by the GPUHourToken contract.
type GPUHourTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GPUHourTokenRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (GPUHourTokenRoleGranted) ContractEventName() string {
	return GPUHourTokenRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (gPUHourToken *GPUHourToken) UnpackRoleGrantedEvent(log *types.Log) (*GPUHourTokenRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUHourToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUHourTokenRoleGranted)
	if len(log.Data) > 0 {
		if err := gPUHourToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gPUHourToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GPUHourTokenRoleRevoked represents a RoleRevoked event raised by the GPUHourToken contract.
type GPUHourTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GPUHourTokenRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (GPUHourTokenRoleRevoked) ContractEventName() string {
	return GPUHourTokenRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (gPUHourToken *GPUHourToken) UnpackRoleRevokedEvent(log *types.Log) (*GPUHourTokenRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUHourToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUHourTokenRoleRevoked)
	if len(log.Data) > 0 {
		if err := gPUHourToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gPUHourToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GPUHourTokenTransferBatch represents a TransferBatch event raised by the GPUHourToken contract.
type GPUHourTokenTransferBatch struct {
	Operator common.Address
	From     common.Address
	To       common.Address
	Ids      []*big.Int
	Values   []*big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const GPUHourTokenTransferBatchEventName = "TransferBatch"

// ContractEventName returns the user-defined event name.
func (GPUHourTokenTransferBatch) ContractEventName() string {
	return GPUHourTokenTransferBatchEventName
}

// UnpackTransferBatchEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferBatch(address indexed operator, address indexed from, address indexed to, uint256[] ids, uint256[] values)
func (gPUHourToken *GPUHourToken) UnpackTransferBatchEvent(log *types.Log) (*GPUHourTokenTransferBatch, error) {
	event := "TransferBatch"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUHourToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUHourTokenTransferBatch)
	if len(log.Data) > 0 {
		if err := gPUHourToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gPUHourToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GPUHourTokenTransferSingle represents a TransferSingle event raised by the GPUHourToken contract.
type GPUHourTokenTransferSingle struct {
	Operator common.Address
	From     common.Address
	To       common.Address
	Id       *big.Int
	Value    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const GPUHourTokenTransferSingleEventName = "TransferSingle"

// ContractEventName returns the user-defined event name.
func (GPUHourTokenTransferSingle) ContractEventName() string {
	return GPUHourTokenTransferSingleEventName
}

// UnpackTransferSingleEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferSingle(address indexed operator, address indexed from, address indexed to, uint256 id, uint256 value)
func (gPUHourToken *GPUHourToken) UnpackTransferSingleEvent(log *types.Log) (*GPUHourTokenTransferSingle, error) {
	event := "TransferSingle"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUHourToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUHourTokenTransferSingle)
	if len(log.Data) > 0 {
		if err := gPUHourToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gPUHourToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GPUHourTokenURI represents a URI event raised by the GPUHourToken contract.
type GPUHourTokenURI struct {
	Value string
	Id    *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const GPUHourTokenURIEventName = "URI"

// ContractEventName returns the user-defined event name.
func (GPUHourTokenURI) ContractEventName() string {
	return GPUHourTokenURIEventName
}

// UnpackURIEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event URI(string value, uint256 indexed id)
func (gPUHourToken *GPUHourToken) UnpackURIEvent(log *types.Log) (*GPUHourTokenURI, error) {
	event := "URI"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUHourToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUHourTokenURI)
	if len(log.Data) > 0 {
		if err := gPUHourToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gPUHourToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (gPUHourToken *GPUHourToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], gPUHourToken.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return gPUHourToken.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUHourToken.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return gPUHourToken.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUHourToken.abi.Errors["ERC1155InsufficientBalance"].ID.Bytes()[:4]) {
		return gPUHourToken.UnpackERC1155InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUHourToken.abi.Errors["ERC1155InvalidApprover"].ID.Bytes()[:4]) {
		return gPUHourToken.UnpackERC1155InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUHourToken.abi.Errors["ERC1155InvalidArrayLength"].ID.Bytes()[:4]) {
		return gPUHourToken.UnpackERC1155InvalidArrayLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUHourToken.abi.Errors["ERC1155InvalidOperator"].ID.Bytes()[:4]) {
		return gPUHourToken.UnpackERC1155InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUHourToken.abi.Errors["ERC1155InvalidReceiver"].ID.Bytes()[:4]) {
		return gPUHourToken.UnpackERC1155InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUHourToken.abi.Errors["ERC1155InvalidSender"].ID.Bytes()[:4]) {
		return gPUHourToken.UnpackERC1155InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUHourToken.abi.Errors["ERC1155MissingApprovalForAll"].ID.Bytes()[:4]) {
		return gPUHourToken.UnpackERC1155MissingApprovalForAllError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUHourToken.abi.Errors["InvalidInstrumentId"].ID.Bytes()[:4]) {
		return gPUHourToken.UnpackInvalidInstrumentIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUHourToken.abi.Errors["StringsInsufficientHexLength"].ID.Bytes()[:4]) {
		return gPUHourToken.UnpackStringsInsufficientHexLengthError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GPUHourTokenAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the GPUHourToken contract.
type GPUHourTokenAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func GPUHourTokenAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (gPUHourToken *GPUHourToken) UnpackAccessControlBadConfirmationError(raw []byte) (*GPUHourTokenAccessControlBadConfirmation, error) {
	out := new(GPUHourTokenAccessControlBadConfirmation)
	if err := gPUHourToken.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUHourTokenAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the GPUHourToken contract.
type GPUHourTokenAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func GPUHourTokenAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (gPUHourToken *GPUHourToken) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*GPUHourTokenAccessControlUnauthorizedAccount, error) {
	out := new(GPUHourTokenAccessControlUnauthorizedAccount)
	if err := gPUHourToken.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUHourTokenERC1155InsufficientBalance represents a ERC1155InsufficientBalance error raised by the GPUHourToken contract.
type GPUHourTokenERC1155InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)
func GPUHourTokenERC1155InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0x03dee4c573c982787b5f3537d6323ffaca9d864448aa6bd828ada9e5d0837036")
}

// UnpackERC1155InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)
func (gPUHourToken *GPUHourToken) UnpackERC1155InsufficientBalanceError(raw []byte) (*GPUHourTokenERC1155InsufficientBalance, error) {
	out := new(GPUHourTokenERC1155InsufficientBalance)
	if err := gPUHourToken.abi.UnpackIntoInterface(out, "ERC1155InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUHourTokenERC1155InvalidApprover represents a ERC1155InvalidApprover error raised by the GPUHourToken contract.
type GPUHourTokenERC1155InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidApprover(address approver)
func GPUHourTokenERC1155InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0x3e31884e33c33ce0039d1905e3c252950ae3b95240f36d4fff81f5ff6752ef99")
}

// UnpackERC1155InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidApprover(address approver)
func (gPUHourToken *GPUHourToken) UnpackERC1155InvalidApproverError(raw []byte) (*GPUHourTokenERC1155InvalidApprover, error) {
	out := new(GPUHourTokenERC1155InvalidApprover)
	if err := gPUHourToken.abi.UnpackIntoInterface(out, "ERC1155InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUHourTokenERC1155InvalidArrayLength represents a ERC1155InvalidArrayLength error raised by the GPUHourToken contract.
type GPUHourTokenERC1155InvalidArrayLength struct {
	IdsLength    *big.Int
	ValuesLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidArrayLength(uint256 idsLength, uint256 valuesLength)
func GPUHourTokenERC1155InvalidArrayLengthErrorID() common.Hash {
	return common.HexToHash("0x5b0599913619cfa5633692652638ed25cafcd079c9beae8c251b12c23dcc83f2")
}

// UnpackERC1155InvalidArrayLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidArrayLength(uint256 idsLength, uint256 valuesLength)
func (gPUHourToken *GPUHourToken) UnpackERC1155InvalidArrayLengthError(raw []byte) (*GPUHourTokenERC1155InvalidArrayLength, error) {
	out := new(GPUHourTokenERC1155InvalidArrayLength)
	if err := gPUHourToken.abi.UnpackIntoInterface(out, "ERC1155InvalidArrayLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUHourTokenERC1155InvalidOperator represents a ERC1155InvalidOperator error raised by the GPUHourToken contract.
type GPUHourTokenERC1155InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidOperator(address operator)
func GPUHourTokenERC1155InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0xced3e10010b9d2aa24827119d0db4a8feec73aea48b4b3e470d8a9f3ff723569")
}

// UnpackERC1155InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidOperator(address operator)
func (gPUHourToken *GPUHourToken) UnpackERC1155InvalidOperatorError(raw []byte) (*GPUHourTokenERC1155InvalidOperator, error) {
	out := new(GPUHourTokenERC1155InvalidOperator)
	if err := gPUHourToken.abi.UnpackIntoInterface(out, "ERC1155InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUHourTokenERC1155InvalidReceiver represents a ERC1155InvalidReceiver error raised by the GPUHourToken contract.
type GPUHourTokenERC1155InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidReceiver(address receiver)
func GPUHourTokenERC1155InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x57f447ceed621d9e134e26de5772c88799abb7322ce2a87f95dce247d47105c6")
}

// UnpackERC1155InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidReceiver(address receiver)
func (gPUHourToken *GPUHourToken) UnpackERC1155InvalidReceiverError(raw []byte) (*GPUHourTokenERC1155InvalidReceiver, error) {
	out := new(GPUHourTokenERC1155InvalidReceiver)
	if err := gPUHourToken.abi.UnpackIntoInterface(out, "ERC1155InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUHourTokenERC1155InvalidSender represents a ERC1155InvalidSender error raised by the GPUHourToken contract.
type GPUHourTokenERC1155InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidSender(address sender)
func GPUHourTokenERC1155InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x01a83514e94b34009110b75cac6742ba33bd7c62f18a3616bafea52855d3b175")
}

// UnpackERC1155InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidSender(address sender)
func (gPUHourToken *GPUHourToken) UnpackERC1155InvalidSenderError(raw []byte) (*GPUHourTokenERC1155InvalidSender, error) {
	out := new(GPUHourTokenERC1155InvalidSender)
	if err := gPUHourToken.abi.UnpackIntoInterface(out, "ERC1155InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUHourTokenERC1155MissingApprovalForAll represents a ERC1155MissingApprovalForAll error raised by the GPUHourToken contract.
type GPUHourTokenERC1155MissingApprovalForAll struct {
	Operator common.Address
	Owner    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155MissingApprovalForAll(address operator, address owner)
func GPUHourTokenERC1155MissingApprovalForAllErrorID() common.Hash {
	return common.HexToHash("0xe237d922be9fac42efeaaaffb42cc6b57e0ff95d94a1b74daeff69adc7657754")
}

// UnpackERC1155MissingApprovalForAllError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155MissingApprovalForAll(address operator, address owner)
func (gPUHourToken *GPUHourToken) UnpackERC1155MissingApprovalForAllError(raw []byte) (*GPUHourTokenERC1155MissingApprovalForAll, error) {
	out := new(GPUHourTokenERC1155MissingApprovalForAll)
	if err := gPUHourToken.abi.UnpackIntoInterface(out, "ERC1155MissingApprovalForAll", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUHourTokenInvalidInstrumentId represents a InvalidInstrumentId error raised by the GPUHourToken contract.
type GPUHourTokenInvalidInstrumentId struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInstrumentId(uint256 id)
func GPUHourTokenInvalidInstrumentIdErrorID() common.Hash {
	return common.HexToHash("0x2043c6ce28026294ec2d5f0a135c0346701bacbd1cf128fcb5118d5b1752cc11")
}

// UnpackInvalidInstrumentIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInstrumentId(uint256 id)
func (gPUHourToken *GPUHourToken) UnpackInvalidInstrumentIdError(raw []byte) (*GPUHourTokenInvalidInstrumentId, error) {
	out := new(GPUHourTokenInvalidInstrumentId)
	if err := gPUHourToken.abi.UnpackIntoInterface(out, "InvalidInstrumentId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUHourTokenStringsInsufficientHexLength represents a StringsInsufficientHexLength error raised by the GPUHourToken contract.
type GPUHourTokenStringsInsufficientHexLength struct {
	Value  *big.Int
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringsInsufficientHexLength(uint256 value, uint256 length)
func GPUHourTokenStringsInsufficientHexLengthErrorID() common.Hash {
	return common.HexToHash("0xe22e27eb9593f9947dc34771120a3349dd201c662753f0b60502fc1d8e422233")
}

// UnpackStringsInsufficientHexLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringsInsufficientHexLength(uint256 value, uint256 length)
func (gPUHourToken *GPUHourToken) UnpackStringsInsufficientHexLengthError(raw []byte) (*GPUHourTokenStringsInsufficientHexLength, error) {
	out := new(GPUHourTokenStringsInsufficientHexLength)
	if err := gPUHourToken.abi.UnpackIntoInterface(out, "StringsInsufficientHexLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InstrumentIdMetaData contains all meta data concerning the InstrumentId contract.
var InstrumentIdMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"enumInstrumentId.Reason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"InvalidInstrumentFields\",\"type\":\"error\"}]",
	ID:  "75fa8a57d1e9eb95035afc862c6158c603",
	Bin: "0x601f6032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffd",
}

// InstrumentId is an auto generated Go binding around an Ethereum contract.
type InstrumentId struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *InstrumentId) GetABI() abi.ABI {
	return c.abi
}

// NewInstrumentId creates a new instance of InstrumentId.
func NewInstrumentId() *InstrumentId {
	parsed, err := InstrumentIdMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &InstrumentId{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *InstrumentId) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (instrumentId *InstrumentId) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], instrumentId.abi.Errors["InvalidInstrumentFields"].ID.Bytes()[:4]) {
		return instrumentId.UnpackInvalidInstrumentFieldsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// InstrumentIdInvalidInstrumentFields represents a InvalidInstrumentFields error raised by the InstrumentId contract.
type InstrumentIdInvalidInstrumentFields struct {
	Reason uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInstrumentFields(uint8 reason)
func InstrumentIdInvalidInstrumentFieldsErrorID() common.Hash {
	return common.HexToHash("0x6a9c1232e972c636bb71a0a504dcd585c0f6db25e6cd3ee3b7a7b6b925bc1770")
}

// UnpackInvalidInstrumentFieldsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInstrumentFields(uint8 reason)
func (instrumentId *InstrumentId) UnpackInvalidInstrumentFieldsError(raw []byte) (*InstrumentIdInvalidInstrumentFields, error) {
	out := new(InstrumentIdInvalidInstrumentFields)
	if err := instrumentId.abi.UnpackIntoInterface(out, "InvalidInstrumentFields", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InstrumentIdHarnessMetaData contains all meta data concerning the InstrumentIdHarness contract.
var InstrumentIdHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"enumInstrumentId.Reason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"InvalidInstrumentFields\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"decode\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"windowEnd\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"reserved\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"gpu\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"interconnect\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"region\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"windowStart\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"windowHours\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"reservationGrade\",\"type\":\"bool\"}],\"internalType\":\"structInstrumentIdHarness.Decoded\",\"name\":\"d\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"decodeBatch\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"windowEnd\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"reserved\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"gpu\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"interconnect\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"region\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"windowStart\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"windowHours\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"reservationGrade\",\"type\":\"bool\"}],\"internalType\":\"structInstrumentIdHarness.Decoded[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"gpu\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"interconnect\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"region\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"windowStart\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"windowHours\",\"type\":\"uint16\"}],\"internalType\":\"structInstrumentIdHarness.Fields\",\"name\":\"f\",\"type\":\"tuple\"}],\"name\":\"encode\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"gpu\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"interconnect\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"region\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"windowStart\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"windowHours\",\"type\":\"uint16\"}],\"internalType\":\"structInstrumentIdHarness.Fields[]\",\"name\":\"fs\",\"type\":\"tuple[]\"}],\"name\":\"encodeBatch\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"revertData\",\"type\":\"bytes\"}],\"internalType\":\"structInstrumentIdHarness.Encoded[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"gradeKey\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"isValid\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "0c8427040589d81d557218c4c64935bdd9",
	Bin: "0x6080604052348015600e575f5ffd5b50610de68061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c8063221176671461006457806361a769001461008d5780637e3edc14146100ad578063d7be238f146100ce578063e025b2ed146100ee578063f577a50014610101575b5f5ffd5b6100776100723660046108c0565b610124565b6040516100849190610931565b60405180910390f35b6100a061009b3660046109d6565b6102d8565b6040516100849190610b24565b6100c06100bb366004610b33565b610404565b604051908152602001610084565b6100e16100dc366004610b4c565b610480565b6040516100849190610bad565b6100c06100fc3660046109d6565b610527565b61011461010f3660046109d6565b610531565b6040519015158152602001610084565b60608167ffffffffffffffff81111561013f5761013f610bfb565b60405190808252806020026020018201604052801561018b57816020015b60408051606080820183525f80835260208301529181019190915281526020019060019003908161015d5790505b5090505f5b828110156102d15730637e3edc148585848181106101b0576101b0610c0f565b905060e002016040518263ffffffff1660e01b81526004016101d29190610c5c565b602060405180830381865afa92505050801561020b575060408051601f3d908101601f1916820190925261020891810190610cf2565b60015b61027e573d808015610238576040519150601f19603f3d011682016040523d82523d5f602084013e61023d565b606091505b5060405180606001604052805f151581526020015f81526020018281525083838151811061026d5761026d610c0f565b6020026020010181905250506102c9565b604051806060016040528060011515815260200182815260200160405180602001604052805f8152508152508383815181106102bc576102bc610c0f565b6020026020010181905250505b600101610190565b5092915050565b6102e061083d565b6102ea8260781c90565b60ff1660808201526102fc8260681c90565b61ffff1660a082015261030f8260581c90565b61ffff1660c08201526103228260501c90565b60ff1660e08201526103348260401c90565b61ffff166101008201526103488260381c90565b60ff1661012082015261035b8260301c90565b60ff1661014082015261036e8260101c90565b63ffffffff166101608201528161ffff1661018082015261038e8261053b565b81526103998261055b565b60208201526103a782610579565b60408201526103b582610590565b60608201526103c3826105ad565b15156101a08201526103d4826105d0565b60088111156103e5576103e5610d09565b60ff166101c08201526103f78261065d565b15156101e0820152919050565b5f61047a6104156020840184610d1d565b6104256040850160208601610d3d565b6104356060860160408701610d1d565b6104456080870160608801610d3d565b61045560a0880160808901610d3d565b61046560c0890160a08a01610d56565b61047560e08a0160c08b01610d1d565b61069d565b92915050565b60608167ffffffffffffffff81111561049b5761049b610bfb565b6040519080825280602002602001820160405280156104d457816020015b6104c161083d565b8152602001906001900390816104b95790505b5090505f5b828110156102d1576105028484838181106104f6576104f6610c0f565b905060200201356102d8565b82828151811061051457610514610c0f565b60209081029190910101526001016104d9565b5f61047a82610590565b5f61047a826105ad565b5f8161ffff1661054b8360101c90565b63ffffffff1661047a9190610d83565b5f610e106105698360101c90565b63ffffffff1661047a9190610d96565b5f610e106105868361053b565b61047a9190610d96565b5f6105a360016601000000000000610dad565b1982169050919050565b5f806105b8836105d0565b60088111156105c9576105c9610d09565b1492915050565b5f60016105dd8360781c90565b60ff16146105ed57506001919050565b608082901c15158061060b57506106048260681c90565b61ffff1615155b1561061857506002919050565b61047a6106258360581c90565b61062f8460501c90565b6106398560401c90565b6106438660381c90565b61064d8760301c90565b6106578860101c90565b8861075d565b5f61067060016601000000000000610dad565b821615801561068a57505f6106858360301c90565b60ff16145b801561047a575061047a826001176105ad565b5f5f6106ae8989898989898961075d565b90505f8160088111156106c3576106c3610d09565b146106ec578060405163354e091960e11b81526004016106e39190610dc0565b60405180910390fd5b505061ffff60581b605888901b1660ff60501b605088901b161769ffff0000000000000000604087901b161767ff00000000000000603886901b161766ff000000000000603085901b161765ffffffff0000601084901b161761ffff821617600160781b175b979650505050505050565b5f61ffff88161580610772575061ffff888116145b1561077f57506003610752565b600260ff8816111561079357506004610752565b600161ffff871610806107aa5750600761ffff8716115b156107b757506005610752565b600160ff861610806107cc5750600360ff8616115b156107d957506006610752565b60ff84166107f9578161ffff165f036107f457506008610752565b610830565b5f1960ff8516016108285763ffffffff831615158061081b575061ffff821615155b156107f457506008610752565b506007610752565b505f979650505050505050565b60408051610200810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e081019190915290565b5f5f602083850312156108d1575f5ffd5b823567ffffffffffffffff8111156108e7575f5ffd5b8301601f810185136108f7575f5ffd5b803567ffffffffffffffff81111561090d575f5ffd5b85602060e083028401011115610921575f5ffd5b6020919091019590945092505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b828110156109ca57603f19878603018452815180511515865260208101516020870152604081015190506060604087015280518060608801528060208301608089015e5f608082890101526080601f19601f83011688010196505050602082019150602084019350600181019050610957565b50929695505050505050565b5f602082840312156109e6575f5ffd5b5035919050565b805182526020810151602083015260408101516040830152606081015160608301526080810151610a23608084018260ff169052565b5060a0810151610a3960a084018261ffff169052565b5060c0810151610a4f60c084018261ffff169052565b5060e0810151610a6460e084018260ff169052565b50610100810151610a7c61010084018261ffff169052565b50610120810151610a9361012084018260ff169052565b50610140810151610aaa61014084018260ff169052565b50610160810151610ac461016084018263ffffffff169052565b50610180810151610adc61018084018261ffff169052565b506101a0810151610af26101a084018215159052565b506101c0810151610b096101c084018260ff169052565b506101e0810151610b1f6101e084018215159052565b505050565b610200810161047a82846109ed565b5f60e0828403128015610b44575f5ffd5b509092915050565b5f5f60208385031215610b5d575f5ffd5b823567ffffffffffffffff811115610b73575f5ffd5b8301601f81018513610b83575f5ffd5b803567ffffffffffffffff811115610b99575f5ffd5b8560208260051b8401011115610921575f5ffd5b602080825282518282018190525f918401906040840190835b81811015610bf057610bd98385516109ed565b602093909301926102009290920191600101610bc6565b509095945050505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b803561ffff81168114610c34575f5ffd5b919050565b803560ff81168114610c34575f5ffd5b803563ffffffff81168114610c34575f5ffd5b60e0810161ffff610c6c84610c23565b16825260ff610c7d60208501610c39565b16602083015261ffff610c9260408501610c23565b16604083015260ff610ca660608501610c39565b16606083015260ff610cba60808501610c39565b166080830152610ccc60a08401610c49565b63ffffffff1660a0830152610ce360c08401610c23565b61ffff811660c08401526102d1565b5f60208284031215610d02575f5ffd5b5051919050565b634e487b7160e01b5f52602160045260245ffd5b5f60208284031215610d2d575f5ffd5b610d3682610c23565b9392505050565b5f60208284031215610d4d575f5ffd5b610d3682610c39565b5f60208284031215610d66575f5ffd5b610d3682610c49565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561047a5761047a610d6f565b808202811582820484141761047a5761047a610d6f565b8181038181111561047a5761047a610d6f565b6020810160098310610de057634e487b7160e01b5f52602160045260245ffd5b9190529056",
}

// InstrumentIdHarness is an auto generated Go binding around an Ethereum contract.
type InstrumentIdHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *InstrumentIdHarness) GetABI() abi.ABI {
	return c.abi
}

// NewInstrumentIdHarness creates a new instance of InstrumentIdHarness.
func NewInstrumentIdHarness() *InstrumentIdHarness {
	parsed, err := InstrumentIdHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &InstrumentIdHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *InstrumentIdHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDecode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61a76900.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decode(uint256 id) pure returns((uint256,uint256,uint256,uint256,uint8,uint16,uint16,uint8,uint16,uint8,uint8,uint32,uint16,bool,uint8,bool) d)
func (instrumentIdHarness *InstrumentIdHarness) PackDecode(id *big.Int) []byte {
	enc, err := instrumentIdHarness.abi.Pack("decode", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61a76900.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decode(uint256 id) pure returns((uint256,uint256,uint256,uint256,uint8,uint16,uint16,uint8,uint16,uint8,uint8,uint32,uint16,bool,uint8,bool) d)
func (instrumentIdHarness *InstrumentIdHarness) TryPackDecode(id *big.Int) ([]byte, error) {
	return instrumentIdHarness.abi.Pack("decode", id)
}

// UnpackDecode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61a76900.
//
// Solidity: function decode(uint256 id) pure returns((uint256,uint256,uint256,uint256,uint8,uint16,uint16,uint8,uint16,uint8,uint8,uint32,uint16,bool,uint8,bool) d)
func (instrumentIdHarness *InstrumentIdHarness) UnpackDecode(data []byte) (InstrumentIdHarnessDecoded, error) {
	out, err := instrumentIdHarness.abi.Unpack("decode", data)
	if err != nil {
		return *new(InstrumentIdHarnessDecoded), err
	}
	out0 := *abi.ConvertType(out[0], new(InstrumentIdHarnessDecoded)).(*InstrumentIdHarnessDecoded)
	return out0, nil
}

// PackDecodeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7be238f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decodeBatch(uint256[] ids) pure returns((uint256,uint256,uint256,uint256,uint8,uint16,uint16,uint8,uint16,uint8,uint8,uint32,uint16,bool,uint8,bool)[] out)
func (instrumentIdHarness *InstrumentIdHarness) PackDecodeBatch(ids []*big.Int) []byte {
	enc, err := instrumentIdHarness.abi.Pack("decodeBatch", ids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecodeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7be238f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decodeBatch(uint256[] ids) pure returns((uint256,uint256,uint256,uint256,uint8,uint16,uint16,uint8,uint16,uint8,uint8,uint32,uint16,bool,uint8,bool)[] out)
func (instrumentIdHarness *InstrumentIdHarness) TryPackDecodeBatch(ids []*big.Int) ([]byte, error) {
	return instrumentIdHarness.abi.Pack("decodeBatch", ids)
}

// UnpackDecodeBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7be238f.
//
// Solidity: function decodeBatch(uint256[] ids) pure returns((uint256,uint256,uint256,uint256,uint8,uint16,uint16,uint8,uint16,uint8,uint8,uint32,uint16,bool,uint8,bool)[] out)
func (instrumentIdHarness *InstrumentIdHarness) UnpackDecodeBatch(data []byte) ([]InstrumentIdHarnessDecoded, error) {
	out, err := instrumentIdHarness.abi.Unpack("decodeBatch", data)
	if err != nil {
		return *new([]InstrumentIdHarnessDecoded), err
	}
	out0 := *abi.ConvertType(out[0], new([]InstrumentIdHarnessDecoded)).(*[]InstrumentIdHarnessDecoded)
	return out0, nil
}

// PackEncode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e3edc14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function encode((uint16,uint8,uint16,uint8,uint8,uint32,uint16) f) pure returns(uint256)
func (instrumentIdHarness *InstrumentIdHarness) PackEncode(f InstrumentIdHarnessFields) []byte {
	enc, err := instrumentIdHarness.abi.Pack("encode", f)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEncode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e3edc14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function encode((uint16,uint8,uint16,uint8,uint8,uint32,uint16) f) pure returns(uint256)
func (instrumentIdHarness *InstrumentIdHarness) TryPackEncode(f InstrumentIdHarnessFields) ([]byte, error) {
	return instrumentIdHarness.abi.Pack("encode", f)
}

// UnpackEncode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e3edc14.
//
// Solidity: function encode((uint16,uint8,uint16,uint8,uint8,uint32,uint16) f) pure returns(uint256)
func (instrumentIdHarness *InstrumentIdHarness) UnpackEncode(data []byte) (*big.Int, error) {
	out, err := instrumentIdHarness.abi.Unpack("encode", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEncodeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22117667.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function encodeBatch((uint16,uint8,uint16,uint8,uint8,uint32,uint16)[] fs) view returns((bool,uint256,bytes)[] out)
func (instrumentIdHarness *InstrumentIdHarness) PackEncodeBatch(fs []InstrumentIdHarnessFields) []byte {
	enc, err := instrumentIdHarness.abi.Pack("encodeBatch", fs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEncodeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22117667.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function encodeBatch((uint16,uint8,uint16,uint8,uint8,uint32,uint16)[] fs) view returns((bool,uint256,bytes)[] out)
func (instrumentIdHarness *InstrumentIdHarness) TryPackEncodeBatch(fs []InstrumentIdHarnessFields) ([]byte, error) {
	return instrumentIdHarness.abi.Pack("encodeBatch", fs)
}

// UnpackEncodeBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22117667.
//
// Solidity: function encodeBatch((uint16,uint8,uint16,uint8,uint8,uint32,uint16)[] fs) view returns((bool,uint256,bytes)[] out)
func (instrumentIdHarness *InstrumentIdHarness) UnpackEncodeBatch(data []byte) ([]InstrumentIdHarnessEncoded, error) {
	out, err := instrumentIdHarness.abi.Unpack("encodeBatch", data)
	if err != nil {
		return *new([]InstrumentIdHarnessEncoded), err
	}
	out0 := *abi.ConvertType(out[0], new([]InstrumentIdHarnessEncoded)).(*[]InstrumentIdHarnessEncoded)
	return out0, nil
}

// PackGradeKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe025b2ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gradeKey(uint256 id) pure returns(uint256)
func (instrumentIdHarness *InstrumentIdHarness) PackGradeKey(id *big.Int) []byte {
	enc, err := instrumentIdHarness.abi.Pack("gradeKey", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGradeKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe025b2ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gradeKey(uint256 id) pure returns(uint256)
func (instrumentIdHarness *InstrumentIdHarness) TryPackGradeKey(id *big.Int) ([]byte, error) {
	return instrumentIdHarness.abi.Pack("gradeKey", id)
}

// UnpackGradeKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe025b2ed.
//
// Solidity: function gradeKey(uint256 id) pure returns(uint256)
func (instrumentIdHarness *InstrumentIdHarness) UnpackGradeKey(data []byte) (*big.Int, error) {
	out, err := instrumentIdHarness.abi.Unpack("gradeKey", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsValid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf577a500.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValid(uint256 id) pure returns(bool)
func (instrumentIdHarness *InstrumentIdHarness) PackIsValid(id *big.Int) []byte {
	enc, err := instrumentIdHarness.abi.Pack("isValid", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf577a500.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValid(uint256 id) pure returns(bool)
func (instrumentIdHarness *InstrumentIdHarness) TryPackIsValid(id *big.Int) ([]byte, error) {
	return instrumentIdHarness.abi.Pack("isValid", id)
}

// UnpackIsValid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf577a500.
//
// Solidity: function isValid(uint256 id) pure returns(bool)
func (instrumentIdHarness *InstrumentIdHarness) UnpackIsValid(data []byte) (bool, error) {
	out, err := instrumentIdHarness.abi.Unpack("isValid", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (instrumentIdHarness *InstrumentIdHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], instrumentIdHarness.abi.Errors["InvalidInstrumentFields"].ID.Bytes()[:4]) {
		return instrumentIdHarness.UnpackInvalidInstrumentFieldsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// InstrumentIdHarnessInvalidInstrumentFields represents a InvalidInstrumentFields error raised by the InstrumentIdHarness contract.
type InstrumentIdHarnessInvalidInstrumentFields struct {
	Reason uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInstrumentFields(uint8 reason)
func InstrumentIdHarnessInvalidInstrumentFieldsErrorID() common.Hash {
	return common.HexToHash("0x6a9c1232e972c636bb71a0a504dcd585c0f6db25e6cd3ee3b7a7b6b925bc1770")
}

// UnpackInvalidInstrumentFieldsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInstrumentFields(uint8 reason)
func (instrumentIdHarness *InstrumentIdHarness) UnpackInvalidInstrumentFieldsError(raw []byte) (*InstrumentIdHarnessInvalidInstrumentFields, error) {
	out := new(InstrumentIdHarnessInvalidInstrumentFields)
	if err := instrumentIdHarness.abi.UnpackIntoInterface(out, "InvalidInstrumentFields", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStablecoinMetaData contains all meta data concerning the MockStablecoin contract.
var MockStablecoinMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "4b92d542ab89de2ea549f49fa8c1e61c2b",
	Bin: "0x610160604052348015610010575f5ffd5b506040516113d93803806113d983398101604081905261002f91610252565b806040518060400160405280600d81526020016c26b7b1b5902aa9a21021b7b4b760991b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280600d81526020016c26b7b1b5902aa9a21021b7b4b760991b815250604051806040016040528060058152602001646d5553444360d81b81525081600390816100c49190610322565b5060046100d18282610322565b5050506100e3826101c460201b60201c565b610120526100f0816101c4565b61014052815160208084019190912060e052815190820120610100524660a05261017c60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b0381166101b457604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6101bd81610201565b5050610438565b5f5f829050601f815111156101ee578260405163305a27a960e01b81526004016101ab91906103e0565b80516101f982610415565b179392505050565b600880546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f60208284031215610262575f5ffd5b81516001600160a01b0381168114610278575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806102a757607f821691505b6020821081036102c557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561031d578282111561031d57805f5260205f20601f840160051c60208510156102f657505f5b90810190601f840160051c035f5b81811015610319575f83820155600101610304565b5050505b505050565b81516001600160401b0381111561033b5761033b61027f565b61034f816103498454610293565b846102cb565b6020601f821160018114610381575f831561036a5750848201515b5f19600385901b1c1916600184901b1784556103d9565b5f84815260208120601f198516915b828110156103b05787850151825560209485019460019092019101610390565b50848210156103cd57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102c5575f1960209190910360031b1b16919050565b60805160a05160c05160e051610100516101205161014051610f506104895f395f61087c01525f61085101525f61074801525f61072001525f61067b01525f6106a501525f6106cf0152610f505ff3fe608060405234801561000f575f5ffd5b5060043610610106575f3560e01c8063715018a61161009e57806395d89b411161006e57806395d89b4114610215578063a9059cbb1461021d578063d505accf14610230578063dd62ed3e14610243578063f2fde38b1461027b575f5ffd5b8063715018a6146101c45780637ecebe00146101cc57806384b0196e146101df5780638da5cb5b146101fa575f5ffd5b8063313ce567116100d9578063313ce567146101705780633644e5151461017f57806340c10f191461018757806370a082311461019c575f5ffd5b806306fdde031461010a578063095ea7b31461012857806318160ddd1461014b57806323b872dd1461015d575b5f5ffd5b61011261028e565b60405161011f9190610d02565b60405180910390f35b61013b610136366004610d36565b61031e565b604051901515815260200161011f565b6002545b60405190815260200161011f565b61013b61016b366004610d5e565b610337565b6040516006815260200161011f565b61014f61035a565b61019a610195366004610d36565b610368565b005b61014f6101aa366004610d98565b6001600160a01b03165f9081526020819052604090205490565b61019a61037e565b61014f6101da366004610d98565b610391565b6101e76103ae565b60405161011f9796959493929190610db1565b6008546040516001600160a01b03909116815260200161011f565b6101126103f0565b61013b61022b366004610d36565b6103ff565b61019a61023e366004610e47565b61040c565b61014f610251366004610eb4565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61019a610289366004610d98565b610547565b60606003805461029d90610ee5565b80601f01602080910402602001604051908101604052809291908181526020018280546102c990610ee5565b80156103145780601f106102eb57610100808354040283529160200191610314565b820191905f5260205f20905b8154815290600101906020018083116102f757829003601f168201915b5050505050905090565b5f3361032b818585610584565b60019150505b92915050565b5f33610344858285610596565b61034f858585610612565b506001949350505050565b5f61036361066f565b905090565b610370610798565b61037a82826107c5565b5050565b610386610798565b61038f5f6107f9565b565b6001600160a01b0381165f90815260076020526040812054610331565b5f6060805f5f5f60606103bf61084a565b6103c7610875565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b60606004805461029d90610ee5565b5f3361032b818585610612565b834211156104355760405163313c898160e11b8152600481018590526024015b60405180910390fd5b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886104808c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f6104da826108a0565b90505f6104e9828787876108cc565b9050896001600160a01b0316816001600160a01b031614610530576040516325c0072360e11b81526001600160a01b0380831660048301528b16602482015260440161042c565b61053b8a8a8a610584565b50505050505050505050565b61054f610798565b6001600160a01b03811661057857604051631e4fbdf760e01b81525f600482015260240161042c565b610581816107f9565b50565b61059183838360016108f8565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561060c57818110156105fe57604051637dc7a0d960e11b81526001600160a01b0384166004820152602481018290526044810183905260640161042c565b61060c84848484035f6108f8565b50505050565b6001600160a01b03831661063b57604051634b637e8f60e11b81525f600482015260240161042c565b6001600160a01b0382166106645760405163ec442f0560e01b81525f600482015260240161042c565b6105918383836109ca565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156106c757507f000000000000000000000000000000000000000000000000000000000000000046145b156106f157507f000000000000000000000000000000000000000000000000000000000000000090565b610363604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b6008546001600160a01b0316331461038f5760405163118cdaa760e01b815233600482015260240161042c565b6001600160a01b0382166107ee5760405163ec442f0560e01b81525f600482015260240161042c565b61037a5f83836109ca565b600880546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b60606103637f0000000000000000000000000000000000000000000000000000000000000000610af0565b60606103637f0000000000000000000000000000000000000000000000000000000000000000610af0565b5f6103316108ac61066f565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f6108dc88888888610b2d565b9250925092506108ec8282610bf5565b50909695505050505050565b6001600160a01b0384166109215760405163e602df0560e01b81525f600482015260240161042c565b6001600160a01b03831661094a57604051634a1406b160e11b81525f600482015260240161042c565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561060c57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516109bc91815260200190565b60405180910390a350505050565b6001600160a01b0383166109f4578060025f8282546109e99190610f1d565b90915550610a649050565b6001600160a01b0383165f9081526020819052604090205481811015610a465760405163391434e360e21b81526001600160a01b0385166004820152602481018290526044810183905260640161042c565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610a8057600280548290039055610a9e565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610ae391815260200190565b60405180910390a3505050565b60605f610afc83610cad565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610b6657505f91506003905082610beb565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610bb7573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610be257505f925060019150829050610beb565b92505f91508190505b9450945094915050565b5f826003811115610c0857610c08610f3c565b03610c11575050565b6001826003811115610c2557610c25610f3c565b03610c435760405163f645eedf60e01b815260040160405180910390fd5b6002826003811115610c5757610c57610f3c565b03610c785760405163fce698f760e01b81526004810182905260240161042c565b6003826003811115610c8c57610c8c610f3c565b0361037a576040516335e2f38360e21b81526004810182905260240161042c565b5f60ff8216601f81111561033157604051632cd44ac360e21b815260040160405180910390fd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610d146020830184610cd4565b9392505050565b80356001600160a01b0381168114610d31575f5ffd5b919050565b5f5f60408385031215610d47575f5ffd5b610d5083610d1b565b946020939093013593505050565b5f5f5f60608486031215610d70575f5ffd5b610d7984610d1b565b9250610d8760208501610d1b565b929592945050506040919091013590565b5f60208284031215610da8575f5ffd5b610d1482610d1b565b60ff60f81b8816815260e060208201525f610dcf60e0830189610cd4565b8281036040840152610de18189610cd4565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015610e36578351835260209384019390920191600101610e18565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f60e0888a031215610e5d575f5ffd5b610e6688610d1b565b9650610e7460208901610d1b565b95506040880135945060608801359350608088013560ff81168114610e97575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215610ec5575f5ffd5b610ece83610d1b565b9150610edc60208401610d1b565b90509250929050565b600181811c90821680610ef957607f821691505b602082108103610f1757634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561033157634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52602160045260245ffd",
}

// MockStablecoin is an auto generated Go binding around an Ethereum contract.
type MockStablecoin struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockStablecoin) GetABI() abi.ABI {
	return c.abi
}

// NewMockStablecoin creates a new instance of MockStablecoin.
func NewMockStablecoin() *MockStablecoin {
	parsed, err := MockStablecoinMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockStablecoin{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockStablecoin) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_) returns()
func (mockStablecoin *MockStablecoin) PackConstructor(owner_ common.Address) []byte {
	enc, err := mockStablecoin.abi.Pack("", owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (mockStablecoin *MockStablecoin) PackDOMAINSEPARATOR() []byte {
	enc, err := mockStablecoin.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (mockStablecoin *MockStablecoin) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return mockStablecoin.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (mockStablecoin *MockStablecoin) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := mockStablecoin.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (mockStablecoin *MockStablecoin) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := mockStablecoin.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (mockStablecoin *MockStablecoin) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return mockStablecoin.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (mockStablecoin *MockStablecoin) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := mockStablecoin.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (mockStablecoin *MockStablecoin) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := mockStablecoin.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (mockStablecoin *MockStablecoin) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return mockStablecoin.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (mockStablecoin *MockStablecoin) UnpackApprove(data []byte) (bool, error) {
	out, err := mockStablecoin.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (mockStablecoin *MockStablecoin) PackBalanceOf(account common.Address) []byte {
	enc, err := mockStablecoin.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (mockStablecoin *MockStablecoin) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return mockStablecoin.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (mockStablecoin *MockStablecoin) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := mockStablecoin.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() pure returns(uint8)
func (mockStablecoin *MockStablecoin) PackDecimals() []byte {
	enc, err := mockStablecoin.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() pure returns(uint8)
func (mockStablecoin *MockStablecoin) TryPackDecimals() ([]byte, error) {
	return mockStablecoin.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (mockStablecoin *MockStablecoin) UnpackDecimals(data []byte) (uint8, error) {
	out, err := mockStablecoin.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (mockStablecoin *MockStablecoin) PackEip712Domain() []byte {
	enc, err := mockStablecoin.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (mockStablecoin *MockStablecoin) TryPackEip712Domain() ([]byte, error) {
	return mockStablecoin.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (mockStablecoin *MockStablecoin) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := mockStablecoin.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (mockStablecoin *MockStablecoin) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := mockStablecoin.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (mockStablecoin *MockStablecoin) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return mockStablecoin.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (mockStablecoin *MockStablecoin) PackName() []byte {
	enc, err := mockStablecoin.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (mockStablecoin *MockStablecoin) TryPackName() ([]byte, error) {
	return mockStablecoin.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (mockStablecoin *MockStablecoin) UnpackName(data []byte) (string, error) {
	out, err := mockStablecoin.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (mockStablecoin *MockStablecoin) PackNonces(owner common.Address) []byte {
	enc, err := mockStablecoin.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (mockStablecoin *MockStablecoin) TryPackNonces(owner common.Address) ([]byte, error) {
	return mockStablecoin.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (mockStablecoin *MockStablecoin) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := mockStablecoin.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (mockStablecoin *MockStablecoin) PackOwner() []byte {
	enc, err := mockStablecoin.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (mockStablecoin *MockStablecoin) TryPackOwner() ([]byte, error) {
	return mockStablecoin.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (mockStablecoin *MockStablecoin) UnpackOwner(data []byte) (common.Address, error) {
	out, err := mockStablecoin.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (mockStablecoin *MockStablecoin) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := mockStablecoin.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (mockStablecoin *MockStablecoin) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return mockStablecoin.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (mockStablecoin *MockStablecoin) PackRenounceOwnership() []byte {
	enc, err := mockStablecoin.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (mockStablecoin *MockStablecoin) TryPackRenounceOwnership() ([]byte, error) {
	return mockStablecoin.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (mockStablecoin *MockStablecoin) PackSymbol() []byte {
	enc, err := mockStablecoin.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (mockStablecoin *MockStablecoin) TryPackSymbol() ([]byte, error) {
	return mockStablecoin.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (mockStablecoin *MockStablecoin) UnpackSymbol(data []byte) (string, error) {
	out, err := mockStablecoin.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (mockStablecoin *MockStablecoin) PackTotalSupply() []byte {
	enc, err := mockStablecoin.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (mockStablecoin *MockStablecoin) TryPackTotalSupply() ([]byte, error) {
	return mockStablecoin.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (mockStablecoin *MockStablecoin) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := mockStablecoin.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (mockStablecoin *MockStablecoin) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := mockStablecoin.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (mockStablecoin *MockStablecoin) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return mockStablecoin.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (mockStablecoin *MockStablecoin) UnpackTransfer(data []byte) (bool, error) {
	out, err := mockStablecoin.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (mockStablecoin *MockStablecoin) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := mockStablecoin.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (mockStablecoin *MockStablecoin) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return mockStablecoin.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (mockStablecoin *MockStablecoin) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := mockStablecoin.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (mockStablecoin *MockStablecoin) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := mockStablecoin.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (mockStablecoin *MockStablecoin) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return mockStablecoin.abi.Pack("transferOwnership", newOwner)
}

// MockStablecoinApproval represents a Approval event raised by the MockStablecoin contract.
type MockStablecoinApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MockStablecoinApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (MockStablecoinApproval) ContractEventName() string {
	return MockStablecoinApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (mockStablecoin *MockStablecoin) UnpackApprovalEvent(log *types.Log) (*MockStablecoinApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStablecoinApproval)
	if len(log.Data) > 0 {
		if err := mockStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStablecoin.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MockStablecoinEIP712DomainChanged represents a EIP712DomainChanged event raised by the MockStablecoin contract.
type MockStablecoinEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const MockStablecoinEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (MockStablecoinEIP712DomainChanged) ContractEventName() string {
	return MockStablecoinEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (mockStablecoin *MockStablecoin) UnpackEIP712DomainChangedEvent(log *types.Log) (*MockStablecoinEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStablecoinEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := mockStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStablecoin.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MockStablecoinOwnershipTransferred represents a OwnershipTransferred event raised by the MockStablecoin contract.
type MockStablecoinOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const MockStablecoinOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (MockStablecoinOwnershipTransferred) ContractEventName() string {
	return MockStablecoinOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (mockStablecoin *MockStablecoin) UnpackOwnershipTransferredEvent(log *types.Log) (*MockStablecoinOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStablecoinOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := mockStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStablecoin.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MockStablecoinTransfer represents a Transfer event raised by the MockStablecoin contract.
type MockStablecoinTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MockStablecoinTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (MockStablecoinTransfer) ContractEventName() string {
	return MockStablecoinTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (mockStablecoin *MockStablecoin) UnpackTransferEvent(log *types.Log) (*MockStablecoinTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStablecoinTransfer)
	if len(log.Data) > 0 {
		if err := mockStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStablecoin.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (mockStablecoin *MockStablecoin) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], mockStablecoin.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return mockStablecoin.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStablecoin.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return mockStablecoin.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStablecoin.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return mockStablecoin.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStablecoin.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return mockStablecoin.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStablecoin.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return mockStablecoin.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStablecoin.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return mockStablecoin.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStablecoin.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return mockStablecoin.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStablecoin.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return mockStablecoin.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStablecoin.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return mockStablecoin.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStablecoin.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return mockStablecoin.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStablecoin.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return mockStablecoin.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStablecoin.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return mockStablecoin.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStablecoin.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return mockStablecoin.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStablecoin.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return mockStablecoin.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStablecoin.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return mockStablecoin.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStablecoin.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return mockStablecoin.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MockStablecoinECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the MockStablecoin contract.
type MockStablecoinECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func MockStablecoinECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (mockStablecoin *MockStablecoin) UnpackECDSAInvalidSignatureError(raw []byte) (*MockStablecoinECDSAInvalidSignature, error) {
	out := new(MockStablecoinECDSAInvalidSignature)
	if err := mockStablecoin.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStablecoinECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the MockStablecoin contract.
type MockStablecoinECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func MockStablecoinECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (mockStablecoin *MockStablecoin) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*MockStablecoinECDSAInvalidSignatureLength, error) {
	out := new(MockStablecoinECDSAInvalidSignatureLength)
	if err := mockStablecoin.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStablecoinECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the MockStablecoin contract.
type MockStablecoinECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func MockStablecoinECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (mockStablecoin *MockStablecoin) UnpackECDSAInvalidSignatureSError(raw []byte) (*MockStablecoinECDSAInvalidSignatureS, error) {
	out := new(MockStablecoinECDSAInvalidSignatureS)
	if err := mockStablecoin.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStablecoinERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the MockStablecoin contract.
type MockStablecoinERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func MockStablecoinERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (mockStablecoin *MockStablecoin) UnpackERC20InsufficientAllowanceError(raw []byte) (*MockStablecoinERC20InsufficientAllowance, error) {
	out := new(MockStablecoinERC20InsufficientAllowance)
	if err := mockStablecoin.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStablecoinERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the MockStablecoin contract.
type MockStablecoinERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func MockStablecoinERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (mockStablecoin *MockStablecoin) UnpackERC20InsufficientBalanceError(raw []byte) (*MockStablecoinERC20InsufficientBalance, error) {
	out := new(MockStablecoinERC20InsufficientBalance)
	if err := mockStablecoin.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStablecoinERC20InvalidApprover represents a ERC20InvalidApprover error raised by the MockStablecoin contract.
type MockStablecoinERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func MockStablecoinERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (mockStablecoin *MockStablecoin) UnpackERC20InvalidApproverError(raw []byte) (*MockStablecoinERC20InvalidApprover, error) {
	out := new(MockStablecoinERC20InvalidApprover)
	if err := mockStablecoin.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStablecoinERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the MockStablecoin contract.
type MockStablecoinERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func MockStablecoinERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (mockStablecoin *MockStablecoin) UnpackERC20InvalidReceiverError(raw []byte) (*MockStablecoinERC20InvalidReceiver, error) {
	out := new(MockStablecoinERC20InvalidReceiver)
	if err := mockStablecoin.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStablecoinERC20InvalidSender represents a ERC20InvalidSender error raised by the MockStablecoin contract.
type MockStablecoinERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func MockStablecoinERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (mockStablecoin *MockStablecoin) UnpackERC20InvalidSenderError(raw []byte) (*MockStablecoinERC20InvalidSender, error) {
	out := new(MockStablecoinERC20InvalidSender)
	if err := mockStablecoin.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStablecoinERC20InvalidSpender represents a ERC20InvalidSpender error raised by the MockStablecoin contract.
type MockStablecoinERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func MockStablecoinERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (mockStablecoin *MockStablecoin) UnpackERC20InvalidSpenderError(raw []byte) (*MockStablecoinERC20InvalidSpender, error) {
	out := new(MockStablecoinERC20InvalidSpender)
	if err := mockStablecoin.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStablecoinERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the MockStablecoin contract.
type MockStablecoinERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func MockStablecoinERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (mockStablecoin *MockStablecoin) UnpackERC2612ExpiredSignatureError(raw []byte) (*MockStablecoinERC2612ExpiredSignature, error) {
	out := new(MockStablecoinERC2612ExpiredSignature)
	if err := mockStablecoin.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStablecoinERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the MockStablecoin contract.
type MockStablecoinERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func MockStablecoinERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (mockStablecoin *MockStablecoin) UnpackERC2612InvalidSignerError(raw []byte) (*MockStablecoinERC2612InvalidSigner, error) {
	out := new(MockStablecoinERC2612InvalidSigner)
	if err := mockStablecoin.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStablecoinInvalidAccountNonce represents a InvalidAccountNonce error raised by the MockStablecoin contract.
type MockStablecoinInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func MockStablecoinInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (mockStablecoin *MockStablecoin) UnpackInvalidAccountNonceError(raw []byte) (*MockStablecoinInvalidAccountNonce, error) {
	out := new(MockStablecoinInvalidAccountNonce)
	if err := mockStablecoin.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStablecoinInvalidShortString represents a InvalidShortString error raised by the MockStablecoin contract.
type MockStablecoinInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func MockStablecoinInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (mockStablecoin *MockStablecoin) UnpackInvalidShortStringError(raw []byte) (*MockStablecoinInvalidShortString, error) {
	out := new(MockStablecoinInvalidShortString)
	if err := mockStablecoin.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStablecoinOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the MockStablecoin contract.
type MockStablecoinOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func MockStablecoinOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (mockStablecoin *MockStablecoin) UnpackOwnableInvalidOwnerError(raw []byte) (*MockStablecoinOwnableInvalidOwner, error) {
	out := new(MockStablecoinOwnableInvalidOwner)
	if err := mockStablecoin.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStablecoinOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the MockStablecoin contract.
type MockStablecoinOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func MockStablecoinOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (mockStablecoin *MockStablecoin) UnpackOwnableUnauthorizedAccountError(raw []byte) (*MockStablecoinOwnableUnauthorizedAccount, error) {
	out := new(MockStablecoinOwnableUnauthorizedAccount)
	if err := mockStablecoin.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStablecoinStringTooLong represents a StringTooLong error raised by the MockStablecoin contract.
type MockStablecoinStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func MockStablecoinStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (mockStablecoin *MockStablecoin) UnpackStringTooLongError(raw []byte) (*MockStablecoinStringTooLong, error) {
	out := new(MockStablecoinStringTooLong)
	if err := mockStablecoin.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultMetaData contains all meta data concerning the ProviderVault contract.
var ProviderVaultMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"stablecoin_\",\"type\":\"address\"},{\"internalType\":\"contractGPUHourToken\",\"name\":\"token_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minted\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BurnExceedsMinted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minted\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"CapacityExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"capacityAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gpusNeeded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"neededUntil\",\"type\":\"uint256\"}],\"name\":\"CapacityInUse\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"}],\"name\":\"GradeNotPriced\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientCollateral\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"}],\"name\":\"InvalidGrade\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumInstrumentId.Reason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"InvalidInstrument\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"},{\"internalType\":\"enumProviderVault.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NodeAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"},{\"internalType\":\"enumProviderVault.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NodeNotApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"},{\"internalType\":\"enumProviderVault.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NodeNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotReservation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"collateralPerGpuHour\",\"type\":\"uint256\"}],\"name\":\"RateTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"}],\"name\":\"WindowStarted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroGpus\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralReleased\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"name\":\"Burned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposited\",\"type\":\"uint256\"}],\"name\":\"CollateralDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralPerGpuHour\",\"type\":\"uint256\"}],\"name\":\"CollateralRateSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposited\",\"type\":\"uint256\"}],\"name\":\"CollateralWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralLocked\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"name\":\"Minted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"capacity\",\"type\":\"uint256\"}],\"name\":\"NodeApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"}],\"name\":\"NodeProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"}],\"name\":\"NodeRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"capacity\",\"type\":\"uint256\"}],\"name\":\"NodeRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STABLECOIN\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TOKEN\",\"outputs\":[{\"internalType\":\"contractGPUHourToken\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"account\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"deposited\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"locked\",\"type\":\"uint128\"}],\"internalType\":\"structProviderVault.Account\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"}],\"name\":\"approveNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"}],\"name\":\"capacity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"}],\"name\":\"collateralPerGpuHour\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"}],\"name\":\"exposure\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"outstanding\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"peakGpus\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"peakUntil\",\"type\":\"uint64\"}],\"internalType\":\"structProviderVault.Exposure\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"freeCollateral\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"mintable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"}],\"name\":\"node\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"enumProviderVault.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structProviderVault.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"position\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"minted\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"locked\",\"type\":\"uint128\"}],\"internalType\":\"structProviderVault.Position\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"}],\"name\":\"proposeNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"}],\"name\":\"rejectNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"}],\"name\":\"retireNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"setCollateralPerGpuHour\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "411cac8eea266dfbb82b47e5e54ba16578",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516124b83803806124b883398101604081905261002e91610161565b6001600160a01b038316158061004b57506001600160a01b038216155b8061005d57506001600160a01b038116155b1561007b5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03808316608052811660a0526100985f846100a1565b505050506101ab565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610141575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100f93390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610144565b505f5b92915050565b6001600160a01b038116811461015e575f5ffd5b50565b5f5f5f60608486031215610173575f5ffd5b835161017e8161014a565b602085015190935061018f8161014a565b60408501519092506101a08161014a565b809150509250925092565b60805160a0516122d06101e85f395f8181610408015281816108ef01526110ed01525f818161047901528181610b17015261121f01526122d05ff3fe608060405234801561000f575f5ffd5b50600436106101a1575f3560e01c806382bfefc8116100f3578063b390c0ab11610093578063c942c22a1161006e578063c942c22a14610501578063d547741f14610514578063f11733de14610527578063f68e95531461058f575f5ffd5b8063b390c0ab146104c8578063bad4a01f146104db578063c44a9804146104ee575f5ffd5b806393a39776116100ce57806393a39776146104745780639c38c5481461049b578063a217fddf146104ae578063b2dbf4e0146104b5575f5ffd5b806382bfefc8146104035780638d002f491461044257806391d1485414610461575f5ffd5b80632fd205231161015e57806363bf0a1a1161013957806363bf0a1a1461033757806373b9aa91146103615780637d3e9601146103d05780637fa4d6c2146103e3575f5ffd5b80632fd205231461024b57806336568abe146103115780636112fe2e14610324575f5ffd5b806301ffc9a7146101a557806313ca0607146101cd5780631b2ef1ca146101e2578063248a9ca3146101f557806329fd9747146102255780632f2ff15d14610238575b5f5ffd5b6101b86101b336600461202e565b6105b6565b60405190151581526020015b60405180910390f35b6101e06101db366004612055565b6105ec565b005b6101e06101f036600461206c565b6107f7565b610217610203366004612055565b5f9081526020819052604090206001015490565b6040519081526020016101c4565b6102176102333660046120a7565b610967565b6101e06102463660046120c0565b6109b9565b6102d56102593660046120ea565b60408051606080820183525f80835260208084018290529284018190526001600160a01b03959095168552600682528285209385529281529281902081519283018252546001600160801b03811683526001600160401b03600160801b8204811694840194909452600160c01b90049092169181019190915290565b6040805182516001600160801b031681526020808401516001600160401b039081169183019190915292820151909216908201526060016101c4565b6101e061031f3660046120c0565b6109e3565b6101e0610332366004612055565b610a1b565b6102176103453660046120ea565b600360209081525f928352604080842090915290825290205481565b6103c361036f3660046120a7565b604080518082019091525f8082526020820152506001600160a01b03165f908152600460209081526040918290208251808401909352546001600160801b038082168452600160801b909104169082015290565b6040516101c49190612112565b6101e06103de36600461206c565b610b4c565b6103f66103f13660046120ea565b610bfb565b6040516101c4919061215e565b61042a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101c4565b610217610450366004612055565b60016020525f908152604090205481565b6101b861046f3660046120c0565b610c9a565b61042a7f000000000000000000000000000000000000000000000000000000000000000081565b6102176104a93660046120ea565b610cc2565b6102175f81565b6101e06104c33660046120ea565b610e25565b6101e06104d636600461206c565b610e59565b6101e06104e9366004612055565b611162565b6101e06104fc3660046120ea565b611251565b6101e061050f366004612192565b611359565b6101e06105223660046120c0565b61148b565b6103c36105353660046120ea565b6040805180820182525f80825260209182018190526001600160a01b0394909416845260058152818420928452918252918290208251808401909352546001600160801b038082168452600160801b909104169082015290565b6102177fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923881565b5f6001600160e01b03198216637965db0b60e01b14806105e657506301ffc9a760e01b6001600160e01b03198316145b92915050565b335f908152600260208181526040808420858552909152909120906001820154600160201b900460ff16600481111561062757610627612136565b146106625760018101546040516324a01bf760e21b81526106599133918591600160201b900460ff16906004016121d0565b60405180910390fd5b80546001820154335f90815260036020908152604080832085845290915281205463ffffffff90921691610697908390612210565b335f908152600660209081526040808320878452825291829020825160608101845290546001600160801b0381168083526001600160401b03600160801b8304811694840194909452600160c01b909104909216928101929092529192509015801590610710575080604001516001600160401b031642105b8015610728575080602001516001600160401b031682105b156107775760208101516040808301519051639602b83760e01b815233600482015260248101879052604481018590526001600160401b0392831660648201529116608482015260a401610659565b60018501805464040000000064ff0000000019909116179055335f818152600360209081526040808320888452825291829020859055815163ffffffff871681529081018590528692899290917ff3dd043ec8d511357531a9f20122616dd80ee97d5c1110867903df516753462a910160405180910390a4505050505050565b6107ff6114af565b805f0361081f57604051631f2a200560e01b815260040160405180910390fd5b5f5f61082a846114e6565b90925090505f61083a8285612223565b90505f61084a33878688866115d5565b90505f610857338461176e565b905061ffff8716610893338789846001610871828a61223a565b61087b9190612210565b610885919061224d565b61088e8d6117fa565b611811565b6040805188815260208101869052908101839052889033907f19f5f791ee407773427bf7b970bbbc3375065c32edd1ab142e23a84f94b0719b9060600160405180910390a3604051630ab714fb60e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063156e29f6906109289033908c908c9060040161226c565b5f604051808303815f87803b15801561093f575f5ffd5b505af1158015610951573d5f5f3e3d5ffd5b50505050505050505050610963611980565b5050565b6001600160a01b0381165f9081526004602090815260408083208151808301909252546001600160801b03808216808452600160801b9092041692820183905290916109b291612210565b9392505050565b5f828152602081905260409020600101546109d3816119aa565b6109dd83836119b4565b50505050565b6001600160a01b0381163314610a0c5760405163334bd91960e11b815260040160405180910390fd5b610a168282611a43565b505050565b610a236114af565b805f03610a4357604051631f2a200560e01b815260040160405180910390fd5b335f9081526004602052604081208054909190610a72906001600160801b03600160801b820481169116612210565b905080831115610a9b573383826040516313d34d3960e21b81526004016106599392919061226c565b81545f90610ab39085906001600160801b0316612210565b83546001600160801b0319166001600160801b038216178455604080518681526020810183905291925033917fdaed309a628faec6cab72194019e2a1a34e890ca9bf9be99788992dd54692819910160405180910390a2610b3e6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163386611aac565b505050610b49611980565b50565b5f610b56816119aa565b610b5f83611ae1565b610b7f576040516341b747f760e01b815260048101849052602401610659565b6001600160801b03821115610baa57604051630203f91d60e31b815260048101839052602401610659565b5f83815260016020526040908190208390555183907ff429f56b557cd8d04dbc14627dc6fc5a7fe4f44ebce51638e3fe60a75d9bc8b690610bee9085815260200190565b60405180910390a2505050565b610c1b604080516060810182525f80825260208201819052909182015290565b6001600160a01b0383165f908152600260209081526040808320858452825291829020825160608101845281548152600182015463ffffffff81169382019390935292909190830190600160201b900460ff166004811115610c7f57610c7f612136565b6004811115610c9057610c90612136565b9052509392505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f610ccc82611b1d565b1580610ce457505f610cde8360301c90565b60ff1614155b15610cf057505f6105e6565b610cf982611b40565b4210610d0657505f6105e6565b5f610d1083611b5e565b5f81815260016020526040812054919250819003610d32575f925050506105e6565b6001600160a01b0385165f908152600360209081526040808320858452909152812054610d649061ffff871690612223565b6001600160a01b0387165f9081526005602090815260408083208984529091528120549192506001600160801b0390911690828210610da3575f610dad565b610dad8284612210565b6001600160a01b0389165f9081526004602090815260408083208151808301909252546001600160801b03808216808452600160801b90920416928201839052939450928791610dfc91612210565b610e06919061224d565b9050808310610e155780610e17565b825b9a9950505050505050505050565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238610e4f816119aa565b610a168383611b7b565b610e616114af565b805f03610e8157604051631f2a200560e01b815260040160405180910390fd5b335f9081526005602090815260408083208584528252918290208251808401909352546001600160801b03808216808552600160801b9092041691830191909152821115610f0457805160405163a910330760e01b8152336004820152602481018590526001600160801b03909116604482015260648101839052608401610659565b80515f906001600160801b03168314610f4c57815f01516001600160801b03168383602001516001600160801b0316610f3d9190612223565b610f47919061224d565b610f5b565b81602001516001600160801b03165b9050604051806040016040528084845f0151610f77919061228d565b6001600160801b03168152602001828460200151610f95919061228d565b6001600160801b03908116909152335f8181526005602090815260408083208a84528252808320865196830151968616600160801b978716880217905592825260049052908120805490939192610fef9286920416612210565b82546001600160801b03808316600160801b02911617835590505f61101387611b5e565b335f90815260066020908152604080832084845290915281208054929350916110469089906001600160801b031661228d565b9050806001600160801b03165f0361107757335f908152600660209081526040808320868452909152812055611091565b81546001600160801b0319166001600160801b0382161782555b6040805189815260208101889052908101859052899033907ff1b8071d85a68dbc6b0a9b8ff17e44602315ec457cdf743f3eee37cf4a6dd38e9060600160405180910390a3604051637a94c56560e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063f5298aca906111269033908d908d9060040161226c565b5f604051808303815f87803b15801561113d575f5ffd5b505af115801561114f573d5f5f3e3d5ffd5b5050505050505050505050610963611980565b61116a6114af565b805f0361118a57604051631f2a200560e01b815260040160405180910390fd5b335f90815260046020526040812080549091906111b19084906001600160801b031661223a565b90506111bc81611caf565b82546001600160801b0319166001600160801b0391909116178255604080518481526020810183905233917ff4d587c98d234ca4d147061e6b5167e7f41ee17f11562a9f0b49570abece859e910160405180910390a26112476001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333086611ce6565b5050610b49611980565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923861127b816119aa565b6001600160a01b0383165f9081526002602090815260408083208584529091529020600180820154600160201b900460ff1660048111156112be576112be612136565b146112f057600181015460405163b2c9348360e01b81526106599186918691600160201b900460ff16906004016121d0565b60018101805464030000000064ff0000000019821617909155815460405163ffffffff90921682529084906001600160a01b038716907f05abed8e385b3480b21e528c0f0cac7c793648f141529a1a6011d97f46937ead9060200160405180910390a450505050565b8063ffffffff165f0361137f5760405163f4b48dbd60e01b815260040160405180910390fd5b61138882611ae1565b6113a8576040516341b747f760e01b815260048101839052602401610659565b335f9081526002602090815260408083208684529091529020600180820154600160201b900460ff16908160048111156113e4576113e4612136565b1480611401575060028160048111156113ff576113ff612136565b145b1561142557338582604051632c23c6d760e21b8152600401610659939291906121d0565b83825560018201805463ffffffff851664ffffffffff199091168117600160201b179091556040519081528490869033907fd4f598ed7a9fabc93521082c4b3fe8828bdd8c2a1ac7e6d2d29f10e030887507906020015b60405180910390a45050505050565b5f828152602081905260409020600101546114a5816119aa565b6109dd8383611a43565b6114b7611d1c565b6114e460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611d5c565b565b5f5f5f6114f284611d63565b90505f81600881111561150757611507612136565b1461152957838160405163336a3bd960e11b81526004016106599291906122ac565b5f6115348560301c90565b60ff16146115585760405163e23efd3f60e01b815260048101859052602401610659565b5f61156285611b40565b905080421061158e57604051631d8b330160e01b81526004810186905260248101829052604401610659565b61159785611b5e565b5f818152600160205260408120549195509093508390036115ce576040516379ba1a3160e01b815260048101859052602401610659565b5050915091565b6001600160a01b0385165f81815260056020908152604080832088845282528083208151808301835290546001600160801b038082168352600160801b90910416818401529383526003825280832087845290915281205490919082906116419061ffff891690612223565b905080825f01516001600160801b031611806116705750815161166d906001600160801b031682612210565b85115b156116c057815160405163514f9b8f60e11b81526001600160a01b038a166004820152602481018990526001600160801b039091166044820152606481018690526084810182905260a401610659565b81516116d69086906001600160801b031661223a565b925060405180604001604052806116ec85611caf565b6001600160801b0316815260200161171b8685602001516001600160801b0316611716919061223a565b611caf565b6001600160801b039081169091526001600160a01b039099165f9081526005602090815260408083209a8352998152989020815191909801518916600160801b0298169790971790955595945050505050565b6001600160a01b0382165f90815260046020526040812080546001600160801b03600160801b8204811693916117a691859116612210565b9050808411156117cf578484826040516313d34d3960e21b81526004016106599392919061226c565b6117d9848461223a565b82546001600160801b03808316600160801b02911617909255509392505050565b5f610e1061180783611df0565b6105e69190612223565b6001600160a01b0385165f908152600660209081526040808320878452825291829020825160608101845290546001600160801b03811682526001600160401b03600160801b8204811693830193909352600160c01b9004909116918101829052904210611887575f6020820181905260408201525b80602001516001600160401b03168311156118b4576118a583611e10565b6001600160401b031660208201525b80604001516001600160401b03168211156118e1576118d282611e10565b6001600160401b031660408201525b80516118fb906117169086906001600160801b031661223a565b6001600160801b0390811682526001600160a01b03969096165f9081526006602090815260408083209783529681529086902082518154928401519790930151929097166001600160c01b031990911617600160801b6001600160401b0396871602176001600160c01b0316600160c01b959091169490940293909317909355505050565b6114e45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006114de565b610b498133611e45565b5f6119bf8383610c9a565b611a3c575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556119f43390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016105e6565b505f6105e6565b5f611a4e8383610c9a565b15611a3c575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016105e6565b611ab98383836001611e7e565b610a1657604051635274afe760e01b81526001600160a01b0384166004820152602401610659565b5f611af460016601000000000000612210565b8216158015611b0e57505f611b098360301c90565b60ff16145b80156105e657506105e6826001175b5f80611b2883611d63565b6008811115611b3957611b39612136565b1492915050565b5f610e10611b4e8360101c90565b63ffffffff166105e69190612223565b5f611b7160016601000000000000612210565b1982169050919050565b6001600160a01b0382165f9081526002602090815260408083208484529091529020600180820154600160201b900460ff166004811115611bbe57611bbe612136565b14611bf057600181015460405163b2c9348360e01b81526106599185918591600160201b900460ff16906004016121d0565b60018101805464020000000064ff000000001982161790915581546001600160a01b0385165f90815260036020908152604080832084845290915281205491929091611c429163ffffffff169061223a565b6001600160a01b0386165f8181526003602090815260408083208784528252918290208490556001870154825163ffffffff909116815290810184905292935084928792917ffb891a36a4655f98ed5da88da3b407a83c17731521b6bb827c9d22732bd3ec6a910161147c565b5f6001600160801b03821115611ce2576040516306dfcc6560e41b81526080600482015260248101839052604401610659565b5090565b611cf4848484846001611ee0565b6109dd57604051635274afe760e01b81526001600160a01b0385166004820152602401610659565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156114e457604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f6001611d708360781c90565b60ff1614611d8057506001919050565b608082901c151580611d9e5750611d978260681c90565b61ffff1615155b15611dab57506002919050565b6105e6611db88360581c90565b611dc28460501c90565b611dcc8560401c90565b611dd68660381c90565b611de08760301c90565b611dea8860101c90565b88611f4d565b5f8161ffff16611e008360101c90565b63ffffffff166105e6919061223a565b5f6001600160401b03821115611ce257604080516306dfcc6560e41b8152600481019190915260248101839052604401610659565b611e4f8282610c9a565b6109635760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610659565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316611ed4578383151615611ec8573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316611f3c578383151615611f30573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f61ffff88161580611f62575061ffff888116145b15611f6f57506003612023565b600260ff88161115611f8357506004612023565b600161ffff87161080611f9a5750600761ffff8716115b15611fa757506005612023565b600160ff86161080611fbc5750600360ff8616115b15611fc957506006612023565b60ff8416611fe9578161ffff165f03611fe457506008612023565b612020565b5f1960ff8516016120185763ffffffff831615158061200b575061ffff821615155b15611fe457506008612023565b506007612023565b505f5b979650505050505050565b5f6020828403121561203e575f5ffd5b81356001600160e01b0319811681146109b2575f5ffd5b5f60208284031215612065575f5ffd5b5035919050565b5f5f6040838503121561207d575f5ffd5b50508035926020909101359150565b80356001600160a01b03811681146120a2575f5ffd5b919050565b5f602082840312156120b7575f5ffd5b6109b28261208c565b5f5f604083850312156120d1575f5ffd5b823591506120e16020840161208c565b90509250929050565b5f5f604083850312156120fb575f5ffd5b6121048361208c565b946020939093013593505050565b604081016105e6828480516001600160801b03908116835260209182015116910152565b634e487b7160e01b5f52602160045260245ffd5b6005811061215a5761215a612136565b9052565b5f6060820190508251825263ffffffff6020840151166020830152604083015161218b604084018261214a565b5092915050565b5f5f5f606084860312156121a4575f5ffd5b8335925060208401359150604084013563ffffffff811681146121c5575f5ffd5b809150509250925092565b6001600160a01b038416815260208101839052606081016121f4604083018461214a565b949350505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156105e6576105e66121fc565b80820281158282048414176105e6576105e66121fc565b808201808211156105e6576105e66121fc565b5f8261226757634e487b7160e01b5f52601260045260245ffd5b500490565b6001600160a01b039390931683526020830191909152604082015260600190565b6001600160801b0382811682821603908111156105e6576105e66121fc565b82815260408101600983106122c3576122c3612136565b826020830152939250505056",
}

// ProviderVault is an auto generated Go binding around an Ethereum contract.
type ProviderVault struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ProviderVault) GetABI() abi.ABI {
	return c.abi
}

// NewProviderVault creates a new instance of ProviderVault.
func NewProviderVault() *ProviderVault {
	parsed, err := ProviderVaultMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ProviderVault{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ProviderVault) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address stablecoin_, address token_) returns()
func (providerVault *ProviderVault) PackConstructor(admin common.Address, stablecoin_ common.Address, token_ common.Address) []byte {
	enc, err := providerVault.abi.Pack("", admin, stablecoin_, token_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (providerVault *ProviderVault) PackDEFAULTADMINROLE() []byte {
	enc, err := providerVault.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (providerVault *ProviderVault) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return providerVault.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (providerVault *ProviderVault) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := providerVault.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (providerVault *ProviderVault) PackREGISTRARROLE() []byte {
	enc, err := providerVault.abi.Pack("REGISTRAR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (providerVault *ProviderVault) TryPackREGISTRARROLE() ([]byte, error) {
	return providerVault.abi.Pack("REGISTRAR_ROLE")
}

// UnpackREGISTRARROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (providerVault *ProviderVault) UnpackREGISTRARROLE(data []byte) ([32]byte, error) {
	out, err := providerVault.abi.Unpack("REGISTRAR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSTABLECOIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93a39776.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STABLECOIN() view returns(address)
func (providerVault *ProviderVault) PackSTABLECOIN() []byte {
	enc, err := providerVault.abi.Pack("STABLECOIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTABLECOIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93a39776.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STABLECOIN() view returns(address)
func (providerVault *ProviderVault) TryPackSTABLECOIN() ([]byte, error) {
	return providerVault.abi.Pack("STABLECOIN")
}

// UnpackSTABLECOIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93a39776.
//
// Solidity: function STABLECOIN() view returns(address)
func (providerVault *ProviderVault) UnpackSTABLECOIN(data []byte) (common.Address, error) {
	out, err := providerVault.abi.Unpack("STABLECOIN", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTOKEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82bfefc8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TOKEN() view returns(address)
func (providerVault *ProviderVault) PackTOKEN() []byte {
	enc, err := providerVault.abi.Pack("TOKEN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTOKEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82bfefc8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TOKEN() view returns(address)
func (providerVault *ProviderVault) TryPackTOKEN() ([]byte, error) {
	return providerVault.abi.Pack("TOKEN")
}

// UnpackTOKEN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82bfefc8.
//
// Solidity: function TOKEN() view returns(address)
func (providerVault *ProviderVault) UnpackTOKEN(data []byte) (common.Address, error) {
	out, err := providerVault.abi.Unpack("TOKEN", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73b9aa91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function account(address provider) view returns((uint128,uint128))
func (providerVault *ProviderVault) PackAccount(provider common.Address) []byte {
	enc, err := providerVault.abi.Pack("account", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73b9aa91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function account(address provider) view returns((uint128,uint128))
func (providerVault *ProviderVault) TryPackAccount(provider common.Address) ([]byte, error) {
	return providerVault.abi.Pack("account", provider)
}

// UnpackAccount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73b9aa91.
//
// Solidity: function account(address provider) view returns((uint128,uint128))
func (providerVault *ProviderVault) UnpackAccount(data []byte) (ProviderVaultAccount, error) {
	out, err := providerVault.abi.Unpack("account", data)
	if err != nil {
		return *new(ProviderVaultAccount), err
	}
	out0 := *abi.ConvertType(out[0], new(ProviderVaultAccount)).(*ProviderVaultAccount)
	return out0, nil
}

// PackApproveNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2dbf4e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approveNode(address provider, bytes32 nodeId) returns()
func (providerVault *ProviderVault) PackApproveNode(provider common.Address, nodeId [32]byte) []byte {
	enc, err := providerVault.abi.Pack("approveNode", provider, nodeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproveNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2dbf4e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approveNode(address provider, bytes32 nodeId) returns()
func (providerVault *ProviderVault) TryPackApproveNode(provider common.Address, nodeId [32]byte) ([]byte, error) {
	return providerVault.abi.Pack("approveNode", provider, nodeId)
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb390c0ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(uint256 id, uint256 amount) returns()
func (providerVault *ProviderVault) PackBurn(id *big.Int, amount *big.Int) []byte {
	enc, err := providerVault.abi.Pack("burn", id, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb390c0ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(uint256 id, uint256 amount) returns()
func (providerVault *ProviderVault) TryPackBurn(id *big.Int, amount *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("burn", id, amount)
}

// PackCapacity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63bf0a1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function capacity(address provider, uint256 gradeKey) view returns(uint256)
func (providerVault *ProviderVault) PackCapacity(provider common.Address, gradeKey *big.Int) []byte {
	enc, err := providerVault.abi.Pack("capacity", provider, gradeKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCapacity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63bf0a1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function capacity(address provider, uint256 gradeKey) view returns(uint256)
func (providerVault *ProviderVault) TryPackCapacity(provider common.Address, gradeKey *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("capacity", provider, gradeKey)
}

// UnpackCapacity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63bf0a1a.
//
// Solidity: function capacity(address provider, uint256 gradeKey) view returns(uint256)
func (providerVault *ProviderVault) UnpackCapacity(data []byte) (*big.Int, error) {
	out, err := providerVault.abi.Unpack("capacity", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCollateralPerGpuHour is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d002f49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralPerGpuHour(uint256 gradeKey) view returns(uint256)
func (providerVault *ProviderVault) PackCollateralPerGpuHour(gradeKey *big.Int) []byte {
	enc, err := providerVault.abi.Pack("collateralPerGpuHour", gradeKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralPerGpuHour is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d002f49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralPerGpuHour(uint256 gradeKey) view returns(uint256)
func (providerVault *ProviderVault) TryPackCollateralPerGpuHour(gradeKey *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("collateralPerGpuHour", gradeKey)
}

// UnpackCollateralPerGpuHour is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8d002f49.
//
// Solidity: function collateralPerGpuHour(uint256 gradeKey) view returns(uint256)
func (providerVault *ProviderVault) UnpackCollateralPerGpuHour(data []byte) (*big.Int, error) {
	out, err := providerVault.abi.Unpack("collateralPerGpuHour", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepositCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbad4a01f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositCollateral(uint256 amount) returns()
func (providerVault *ProviderVault) PackDepositCollateral(amount *big.Int) []byte {
	enc, err := providerVault.abi.Pack("depositCollateral", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbad4a01f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositCollateral(uint256 amount) returns()
func (providerVault *ProviderVault) TryPackDepositCollateral(amount *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("depositCollateral", amount)
}

// PackExposure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fd20523.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exposure(address provider, uint256 gradeKey) view returns((uint128,uint64,uint64))
func (providerVault *ProviderVault) PackExposure(provider common.Address, gradeKey *big.Int) []byte {
	enc, err := providerVault.abi.Pack("exposure", provider, gradeKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExposure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fd20523.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exposure(address provider, uint256 gradeKey) view returns((uint128,uint64,uint64))
func (providerVault *ProviderVault) TryPackExposure(provider common.Address, gradeKey *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("exposure", provider, gradeKey)
}

// UnpackExposure is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fd20523.
//
// Solidity: function exposure(address provider, uint256 gradeKey) view returns((uint128,uint64,uint64))
func (providerVault *ProviderVault) UnpackExposure(data []byte) (ProviderVaultExposure, error) {
	out, err := providerVault.abi.Unpack("exposure", data)
	if err != nil {
		return *new(ProviderVaultExposure), err
	}
	out0 := *abi.ConvertType(out[0], new(ProviderVaultExposure)).(*ProviderVaultExposure)
	return out0, nil
}

// PackFreeCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29fd9747.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freeCollateral(address provider) view returns(uint256)
func (providerVault *ProviderVault) PackFreeCollateral(provider common.Address) []byte {
	enc, err := providerVault.abi.Pack("freeCollateral", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFreeCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29fd9747.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function freeCollateral(address provider) view returns(uint256)
func (providerVault *ProviderVault) TryPackFreeCollateral(provider common.Address) ([]byte, error) {
	return providerVault.abi.Pack("freeCollateral", provider)
}

// UnpackFreeCollateral is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29fd9747.
//
// Solidity: function freeCollateral(address provider) view returns(uint256)
func (providerVault *ProviderVault) UnpackFreeCollateral(data []byte) (*big.Int, error) {
	out, err := providerVault.abi.Unpack("freeCollateral", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (providerVault *ProviderVault) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := providerVault.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (providerVault *ProviderVault) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return providerVault.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (providerVault *ProviderVault) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := providerVault.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (providerVault *ProviderVault) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := providerVault.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (providerVault *ProviderVault) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return providerVault.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (providerVault *ProviderVault) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := providerVault.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (providerVault *ProviderVault) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return providerVault.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (providerVault *ProviderVault) UnpackHasRole(data []byte) (bool, error) {
	out, err := providerVault.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b2ef1ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(uint256 id, uint256 amount) returns()
func (providerVault *ProviderVault) PackMint(id *big.Int, amount *big.Int) []byte {
	enc, err := providerVault.abi.Pack("mint", id, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b2ef1ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(uint256 id, uint256 amount) returns()
func (providerVault *ProviderVault) TryPackMint(id *big.Int, amount *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("mint", id, amount)
}

// PackMintable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c38c548.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintable(address provider, uint256 id) view returns(uint256)
func (providerVault *ProviderVault) PackMintable(provider common.Address, id *big.Int) []byte {
	enc, err := providerVault.abi.Pack("mintable", provider, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c38c548.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintable(address provider, uint256 id) view returns(uint256)
func (providerVault *ProviderVault) TryPackMintable(provider common.Address, id *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("mintable", provider, id)
}

// UnpackMintable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c38c548.
//
// Solidity: function mintable(address provider, uint256 id) view returns(uint256)
func (providerVault *ProviderVault) UnpackMintable(data []byte) (*big.Int, error) {
	out, err := providerVault.abi.Unpack("mintable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fa4d6c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function node(address provider, bytes32 nodeId) view returns((uint256,uint32,uint8))
func (providerVault *ProviderVault) PackNode(provider common.Address, nodeId [32]byte) []byte {
	enc, err := providerVault.abi.Pack("node", provider, nodeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fa4d6c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function node(address provider, bytes32 nodeId) view returns((uint256,uint32,uint8))
func (providerVault *ProviderVault) TryPackNode(provider common.Address, nodeId [32]byte) ([]byte, error) {
	return providerVault.abi.Pack("node", provider, nodeId)
}

// UnpackNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fa4d6c2.
//
// Solidity: function node(address provider, bytes32 nodeId) view returns((uint256,uint32,uint8))
func (providerVault *ProviderVault) UnpackNode(data []byte) (ProviderVaultNode, error) {
	out, err := providerVault.abi.Unpack("node", data)
	if err != nil {
		return *new(ProviderVaultNode), err
	}
	out0 := *abi.ConvertType(out[0], new(ProviderVaultNode)).(*ProviderVaultNode)
	return out0, nil
}

// PackPosition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf11733de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function position(address provider, uint256 id) view returns((uint128,uint128))
func (providerVault *ProviderVault) PackPosition(provider common.Address, id *big.Int) []byte {
	enc, err := providerVault.abi.Pack("position", provider, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPosition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf11733de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function position(address provider, uint256 id) view returns((uint128,uint128))
func (providerVault *ProviderVault) TryPackPosition(provider common.Address, id *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("position", provider, id)
}

// UnpackPosition is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf11733de.
//
// Solidity: function position(address provider, uint256 id) view returns((uint128,uint128))
func (providerVault *ProviderVault) UnpackPosition(data []byte) (ProviderVaultPosition, error) {
	out, err := providerVault.abi.Unpack("position", data)
	if err != nil {
		return *new(ProviderVaultPosition), err
	}
	out0 := *abi.ConvertType(out[0], new(ProviderVaultPosition)).(*ProviderVaultPosition)
	return out0, nil
}

// PackProposeNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc942c22a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeNode(bytes32 nodeId, uint256 gradeKey, uint32 gpus) returns()
func (providerVault *ProviderVault) PackProposeNode(nodeId [32]byte, gradeKey *big.Int, gpus uint32) []byte {
	enc, err := providerVault.abi.Pack("proposeNode", nodeId, gradeKey, gpus)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc942c22a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeNode(bytes32 nodeId, uint256 gradeKey, uint32 gpus) returns()
func (providerVault *ProviderVault) TryPackProposeNode(nodeId [32]byte, gradeKey *big.Int, gpus uint32) ([]byte, error) {
	return providerVault.abi.Pack("proposeNode", nodeId, gradeKey, gpus)
}

// PackRejectNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc44a9804.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rejectNode(address provider, bytes32 nodeId) returns()
func (providerVault *ProviderVault) PackRejectNode(provider common.Address, nodeId [32]byte) []byte {
	enc, err := providerVault.abi.Pack("rejectNode", provider, nodeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRejectNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc44a9804.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rejectNode(address provider, bytes32 nodeId) returns()
func (providerVault *ProviderVault) TryPackRejectNode(provider common.Address, nodeId [32]byte) ([]byte, error) {
	return providerVault.abi.Pack("rejectNode", provider, nodeId)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (providerVault *ProviderVault) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := providerVault.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (providerVault *ProviderVault) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return providerVault.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRetireNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13ca0607.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retireNode(bytes32 nodeId) returns()
func (providerVault *ProviderVault) PackRetireNode(nodeId [32]byte) []byte {
	enc, err := providerVault.abi.Pack("retireNode", nodeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetireNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13ca0607.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retireNode(bytes32 nodeId) returns()
func (providerVault *ProviderVault) TryPackRetireNode(nodeId [32]byte) ([]byte, error) {
	return providerVault.abi.Pack("retireNode", nodeId)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (providerVault *ProviderVault) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := providerVault.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (providerVault *ProviderVault) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return providerVault.abi.Pack("revokeRole", role, account)
}

// PackSetCollateralPerGpuHour is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d3e9601.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCollateralPerGpuHour(uint256 gradeKey, uint256 amount) returns()
func (providerVault *ProviderVault) PackSetCollateralPerGpuHour(gradeKey *big.Int, amount *big.Int) []byte {
	enc, err := providerVault.abi.Pack("setCollateralPerGpuHour", gradeKey, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCollateralPerGpuHour is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d3e9601.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCollateralPerGpuHour(uint256 gradeKey, uint256 amount) returns()
func (providerVault *ProviderVault) TryPackSetCollateralPerGpuHour(gradeKey *big.Int, amount *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("setCollateralPerGpuHour", gradeKey, amount)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (providerVault *ProviderVault) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := providerVault.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (providerVault *ProviderVault) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return providerVault.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (providerVault *ProviderVault) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := providerVault.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWithdrawCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6112fe2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawCollateral(uint256 amount) returns()
func (providerVault *ProviderVault) PackWithdrawCollateral(amount *big.Int) []byte {
	enc, err := providerVault.abi.Pack("withdrawCollateral", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6112fe2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawCollateral(uint256 amount) returns()
func (providerVault *ProviderVault) TryPackWithdrawCollateral(amount *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("withdrawCollateral", amount)
}

// ProviderVaultBurned represents a Burned event raised by the ProviderVault contract.
type ProviderVaultBurned struct {
	Provider           common.Address
	Id                 *big.Int
	Amount             *big.Int
	CollateralReleased *big.Int
	Locked             *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const ProviderVaultBurnedEventName = "Burned"

// ContractEventName returns the user-defined event name.
func (ProviderVaultBurned) ContractEventName() string {
	return ProviderVaultBurnedEventName
}

// UnpackBurnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Burned(address indexed provider, uint256 indexed id, uint256 amount, uint256 collateralReleased, uint256 locked)
func (providerVault *ProviderVault) UnpackBurnedEvent(log *types.Log) (*ProviderVaultBurned, error) {
	event := "Burned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderVaultBurned)
	if len(log.Data) > 0 {
		if err := providerVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderVaultCollateralDeposited represents a CollateralDeposited event raised by the ProviderVault contract.
type ProviderVaultCollateralDeposited struct {
	Provider  common.Address
	Amount    *big.Int
	Deposited *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ProviderVaultCollateralDepositedEventName = "CollateralDeposited"

// ContractEventName returns the user-defined event name.
func (ProviderVaultCollateralDeposited) ContractEventName() string {
	return ProviderVaultCollateralDepositedEventName
}

// UnpackCollateralDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralDeposited(address indexed provider, uint256 amount, uint256 deposited)
func (providerVault *ProviderVault) UnpackCollateralDepositedEvent(log *types.Log) (*ProviderVaultCollateralDeposited, error) {
	event := "CollateralDeposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderVaultCollateralDeposited)
	if len(log.Data) > 0 {
		if err := providerVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderVaultCollateralRateSet represents a CollateralRateSet event raised by the ProviderVault contract.
type ProviderVaultCollateralRateSet struct {
	GradeKey             *big.Int
	CollateralPerGpuHour *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const ProviderVaultCollateralRateSetEventName = "CollateralRateSet"

// ContractEventName returns the user-defined event name.
func (ProviderVaultCollateralRateSet) ContractEventName() string {
	return ProviderVaultCollateralRateSetEventName
}

// UnpackCollateralRateSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralRateSet(uint256 indexed gradeKey, uint256 collateralPerGpuHour)
func (providerVault *ProviderVault) UnpackCollateralRateSetEvent(log *types.Log) (*ProviderVaultCollateralRateSet, error) {
	event := "CollateralRateSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderVaultCollateralRateSet)
	if len(log.Data) > 0 {
		if err := providerVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderVaultCollateralWithdrawn represents a CollateralWithdrawn event raised by the ProviderVault contract.
type ProviderVaultCollateralWithdrawn struct {
	Provider  common.Address
	Amount    *big.Int
	Deposited *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ProviderVaultCollateralWithdrawnEventName = "CollateralWithdrawn"

// ContractEventName returns the user-defined event name.
func (ProviderVaultCollateralWithdrawn) ContractEventName() string {
	return ProviderVaultCollateralWithdrawnEventName
}

// UnpackCollateralWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralWithdrawn(address indexed provider, uint256 amount, uint256 deposited)
func (providerVault *ProviderVault) UnpackCollateralWithdrawnEvent(log *types.Log) (*ProviderVaultCollateralWithdrawn, error) {
	event := "CollateralWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderVaultCollateralWithdrawn)
	if len(log.Data) > 0 {
		if err := providerVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderVaultMinted represents a Minted event raised by the ProviderVault contract.
type ProviderVaultMinted struct {
	Provider         common.Address
	Id               *big.Int
	Amount           *big.Int
	CollateralLocked *big.Int
	Locked           *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const ProviderVaultMintedEventName = "Minted"

// ContractEventName returns the user-defined event name.
func (ProviderVaultMinted) ContractEventName() string {
	return ProviderVaultMintedEventName
}

// UnpackMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Minted(address indexed provider, uint256 indexed id, uint256 amount, uint256 collateralLocked, uint256 locked)
func (providerVault *ProviderVault) UnpackMintedEvent(log *types.Log) (*ProviderVaultMinted, error) {
	event := "Minted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderVaultMinted)
	if len(log.Data) > 0 {
		if err := providerVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderVaultNodeApproved represents a NodeApproved event raised by the ProviderVault contract.
type ProviderVaultNodeApproved struct {
	Provider common.Address
	NodeId   [32]byte
	GradeKey *big.Int
	Gpus     uint32
	Capacity *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ProviderVaultNodeApprovedEventName = "NodeApproved"

// ContractEventName returns the user-defined event name.
func (ProviderVaultNodeApproved) ContractEventName() string {
	return ProviderVaultNodeApprovedEventName
}

// UnpackNodeApprovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeApproved(address indexed provider, bytes32 indexed nodeId, uint256 indexed gradeKey, uint32 gpus, uint256 capacity)
func (providerVault *ProviderVault) UnpackNodeApprovedEvent(log *types.Log) (*ProviderVaultNodeApproved, error) {
	event := "NodeApproved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderVaultNodeApproved)
	if len(log.Data) > 0 {
		if err := providerVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderVaultNodeProposed represents a NodeProposed event raised by the ProviderVault contract.
type ProviderVaultNodeProposed struct {
	Provider common.Address
	NodeId   [32]byte
	GradeKey *big.Int
	Gpus     uint32
	Raw      *types.Log // Blockchain specific contextual infos
}

const ProviderVaultNodeProposedEventName = "NodeProposed"

// ContractEventName returns the user-defined event name.
func (ProviderVaultNodeProposed) ContractEventName() string {
	return ProviderVaultNodeProposedEventName
}

// UnpackNodeProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeProposed(address indexed provider, bytes32 indexed nodeId, uint256 indexed gradeKey, uint32 gpus)
func (providerVault *ProviderVault) UnpackNodeProposedEvent(log *types.Log) (*ProviderVaultNodeProposed, error) {
	event := "NodeProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderVaultNodeProposed)
	if len(log.Data) > 0 {
		if err := providerVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderVaultNodeRejected represents a NodeRejected event raised by the ProviderVault contract.
type ProviderVaultNodeRejected struct {
	Provider common.Address
	NodeId   [32]byte
	GradeKey *big.Int
	Gpus     uint32
	Raw      *types.Log // Blockchain specific contextual infos
}

const ProviderVaultNodeRejectedEventName = "NodeRejected"

// ContractEventName returns the user-defined event name.
func (ProviderVaultNodeRejected) ContractEventName() string {
	return ProviderVaultNodeRejectedEventName
}

// UnpackNodeRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeRejected(address indexed provider, bytes32 indexed nodeId, uint256 indexed gradeKey, uint32 gpus)
func (providerVault *ProviderVault) UnpackNodeRejectedEvent(log *types.Log) (*ProviderVaultNodeRejected, error) {
	event := "NodeRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderVaultNodeRejected)
	if len(log.Data) > 0 {
		if err := providerVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderVaultNodeRetired represents a NodeRetired event raised by the ProviderVault contract.
type ProviderVaultNodeRetired struct {
	Provider common.Address
	NodeId   [32]byte
	GradeKey *big.Int
	Gpus     uint32
	Capacity *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ProviderVaultNodeRetiredEventName = "NodeRetired"

// ContractEventName returns the user-defined event name.
func (ProviderVaultNodeRetired) ContractEventName() string {
	return ProviderVaultNodeRetiredEventName
}

// UnpackNodeRetiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeRetired(address indexed provider, bytes32 indexed nodeId, uint256 indexed gradeKey, uint32 gpus, uint256 capacity)
func (providerVault *ProviderVault) UnpackNodeRetiredEvent(log *types.Log) (*ProviderVaultNodeRetired, error) {
	event := "NodeRetired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderVaultNodeRetired)
	if len(log.Data) > 0 {
		if err := providerVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderVaultRoleAdminChanged represents a RoleAdminChanged event raised by the ProviderVault contract.
type ProviderVaultRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const ProviderVaultRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (ProviderVaultRoleAdminChanged) ContractEventName() string {
	return ProviderVaultRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (providerVault *ProviderVault) UnpackRoleAdminChangedEvent(log *types.Log) (*ProviderVaultRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderVaultRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := providerVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderVaultRoleGranted represents a RoleGranted event raised by the ProviderVault contract.
type ProviderVaultRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProviderVaultRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (ProviderVaultRoleGranted) ContractEventName() string {
	return ProviderVaultRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (providerVault *ProviderVault) UnpackRoleGrantedEvent(log *types.Log) (*ProviderVaultRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderVaultRoleGranted)
	if len(log.Data) > 0 {
		if err := providerVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderVaultRoleRevoked represents a RoleRevoked event raised by the ProviderVault contract.
type ProviderVaultRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProviderVaultRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (ProviderVaultRoleRevoked) ContractEventName() string {
	return ProviderVaultRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (providerVault *ProviderVault) UnpackRoleRevokedEvent(log *types.Log) (*ProviderVaultRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderVaultRoleRevoked)
	if len(log.Data) > 0 {
		if err := providerVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (providerVault *ProviderVault) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], providerVault.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return providerVault.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return providerVault.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["BurnExceedsMinted"].ID.Bytes()[:4]) {
		return providerVault.UnpackBurnExceedsMintedError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["CapacityExceeded"].ID.Bytes()[:4]) {
		return providerVault.UnpackCapacityExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["CapacityInUse"].ID.Bytes()[:4]) {
		return providerVault.UnpackCapacityInUseError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["GradeNotPriced"].ID.Bytes()[:4]) {
		return providerVault.UnpackGradeNotPricedError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["InsufficientCollateral"].ID.Bytes()[:4]) {
		return providerVault.UnpackInsufficientCollateralError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["InvalidGrade"].ID.Bytes()[:4]) {
		return providerVault.UnpackInvalidGradeError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["InvalidInstrument"].ID.Bytes()[:4]) {
		return providerVault.UnpackInvalidInstrumentError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["NodeAlreadyRegistered"].ID.Bytes()[:4]) {
		return providerVault.UnpackNodeAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["NodeNotApproved"].ID.Bytes()[:4]) {
		return providerVault.UnpackNodeNotApprovedError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["NodeNotPending"].ID.Bytes()[:4]) {
		return providerVault.UnpackNodeNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["NotReservation"].ID.Bytes()[:4]) {
		return providerVault.UnpackNotReservationError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["RateTooHigh"].ID.Bytes()[:4]) {
		return providerVault.UnpackRateTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return providerVault.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return providerVault.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return providerVault.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["WindowStarted"].ID.Bytes()[:4]) {
		return providerVault.UnpackWindowStartedError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return providerVault.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return providerVault.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["ZeroGpus"].ID.Bytes()[:4]) {
		return providerVault.UnpackZeroGpusError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ProviderVaultAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the ProviderVault contract.
type ProviderVaultAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func ProviderVaultAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (providerVault *ProviderVault) UnpackAccessControlBadConfirmationError(raw []byte) (*ProviderVaultAccessControlBadConfirmation, error) {
	out := new(ProviderVaultAccessControlBadConfirmation)
	if err := providerVault.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the ProviderVault contract.
type ProviderVaultAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func ProviderVaultAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (providerVault *ProviderVault) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*ProviderVaultAccessControlUnauthorizedAccount, error) {
	out := new(ProviderVaultAccessControlUnauthorizedAccount)
	if err := providerVault.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultBurnExceedsMinted represents a BurnExceedsMinted error raised by the ProviderVault contract.
type ProviderVaultBurnExceedsMinted struct {
	Provider common.Address
	Id       *big.Int
	Minted   *big.Int
	Amount   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BurnExceedsMinted(address provider, uint256 id, uint256 minted, uint256 amount)
func ProviderVaultBurnExceedsMintedErrorID() common.Hash {
	return common.HexToHash("0xa910330773edeef8f08ea499fba7dd8e69f391891b00fddb8b6b22595ad0aac6")
}

// UnpackBurnExceedsMintedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BurnExceedsMinted(address provider, uint256 id, uint256 minted, uint256 amount)
func (providerVault *ProviderVault) UnpackBurnExceedsMintedError(raw []byte) (*ProviderVaultBurnExceedsMinted, error) {
	out := new(ProviderVaultBurnExceedsMinted)
	if err := providerVault.abi.UnpackIntoInterface(out, "BurnExceedsMinted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultCapacityExceeded represents a CapacityExceeded error raised by the ProviderVault contract.
type ProviderVaultCapacityExceeded struct {
	Provider common.Address
	Id       *big.Int
	Minted   *big.Int
	Amount   *big.Int
	Limit    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CapacityExceeded(address provider, uint256 id, uint256 minted, uint256 amount, uint256 limit)
func ProviderVaultCapacityExceededErrorID() common.Hash {
	return common.HexToHash("0xa29f371ed62b4d69fb08e050448a9ed7ff47ce245b44156e996367faf3f979f7")
}

// UnpackCapacityExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CapacityExceeded(address provider, uint256 id, uint256 minted, uint256 amount, uint256 limit)
func (providerVault *ProviderVault) UnpackCapacityExceededError(raw []byte) (*ProviderVaultCapacityExceeded, error) {
	out := new(ProviderVaultCapacityExceeded)
	if err := providerVault.abi.UnpackIntoInterface(out, "CapacityExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultCapacityInUse represents a CapacityInUse error raised by the ProviderVault contract.
type ProviderVaultCapacityInUse struct {
	Provider      common.Address
	GradeKey      *big.Int
	CapacityAfter *big.Int
	GpusNeeded    *big.Int
	NeededUntil   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CapacityInUse(address provider, uint256 gradeKey, uint256 capacityAfter, uint256 gpusNeeded, uint256 neededUntil)
func ProviderVaultCapacityInUseErrorID() common.Hash {
	return common.HexToHash("0x9602b8371c6e7692e7fa43b9a1a2e500f9020747e6472d0b3f51e332d799e68b")
}

// UnpackCapacityInUseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CapacityInUse(address provider, uint256 gradeKey, uint256 capacityAfter, uint256 gpusNeeded, uint256 neededUntil)
func (providerVault *ProviderVault) UnpackCapacityInUseError(raw []byte) (*ProviderVaultCapacityInUse, error) {
	out := new(ProviderVaultCapacityInUse)
	if err := providerVault.abi.UnpackIntoInterface(out, "CapacityInUse", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultGradeNotPriced represents a GradeNotPriced error raised by the ProviderVault contract.
type ProviderVaultGradeNotPriced struct {
	GradeKey *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GradeNotPriced(uint256 gradeKey)
func ProviderVaultGradeNotPricedErrorID() common.Hash {
	return common.HexToHash("0x79ba1a31493994f9c0d4071fce3145a84e50865007d7785c0ddf9e0eefe70761")
}

// UnpackGradeNotPricedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GradeNotPriced(uint256 gradeKey)
func (providerVault *ProviderVault) UnpackGradeNotPricedError(raw []byte) (*ProviderVaultGradeNotPriced, error) {
	out := new(ProviderVaultGradeNotPriced)
	if err := providerVault.abi.UnpackIntoInterface(out, "GradeNotPriced", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultInsufficientCollateral represents a InsufficientCollateral error raised by the ProviderVault contract.
type ProviderVaultInsufficientCollateral struct {
	Provider  common.Address
	Required  *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientCollateral(address provider, uint256 required, uint256 available)
func ProviderVaultInsufficientCollateralErrorID() common.Hash {
	return common.HexToHash("0x4f4d34e483168b0ea04d2e57f8d867a27417016d043e8888b838abe9cb4f92c3")
}

// UnpackInsufficientCollateralError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientCollateral(address provider, uint256 required, uint256 available)
func (providerVault *ProviderVault) UnpackInsufficientCollateralError(raw []byte) (*ProviderVaultInsufficientCollateral, error) {
	out := new(ProviderVaultInsufficientCollateral)
	if err := providerVault.abi.UnpackIntoInterface(out, "InsufficientCollateral", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultInvalidGrade represents a InvalidGrade error raised by the ProviderVault contract.
type ProviderVaultInvalidGrade struct {
	GradeKey *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidGrade(uint256 gradeKey)
func ProviderVaultInvalidGradeErrorID() common.Hash {
	return common.HexToHash("0x41b747f7a956f6f2cfabbf50792ff403b6be35d9839bab08a6354daea8bc187a")
}

// UnpackInvalidGradeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidGrade(uint256 gradeKey)
func (providerVault *ProviderVault) UnpackInvalidGradeError(raw []byte) (*ProviderVaultInvalidGrade, error) {
	out := new(ProviderVaultInvalidGrade)
	if err := providerVault.abi.UnpackIntoInterface(out, "InvalidGrade", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultInvalidInstrument represents a InvalidInstrument error raised by the ProviderVault contract.
type ProviderVaultInvalidInstrument struct {
	Id     *big.Int
	Reason uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInstrument(uint256 id, uint8 reason)
func ProviderVaultInvalidInstrumentErrorID() common.Hash {
	return common.HexToHash("0x66d477b283507fee883a06b074b136530efbad379959e9152351c2438e555067")
}

// UnpackInvalidInstrumentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInstrument(uint256 id, uint8 reason)
func (providerVault *ProviderVault) UnpackInvalidInstrumentError(raw []byte) (*ProviderVaultInvalidInstrument, error) {
	out := new(ProviderVaultInvalidInstrument)
	if err := providerVault.abi.UnpackIntoInterface(out, "InvalidInstrument", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultNodeAlreadyRegistered represents a NodeAlreadyRegistered error raised by the ProviderVault contract.
type ProviderVaultNodeAlreadyRegistered struct {
	Provider common.Address
	NodeId   [32]byte
	Status   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NodeAlreadyRegistered(address provider, bytes32 nodeId, uint8 status)
func ProviderVaultNodeAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0xb08f1b5ca1eeb2e6ae717c6ce16e3d0156c7795e33b39e8a4ca75197dcddda40")
}

// UnpackNodeAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NodeAlreadyRegistered(address provider, bytes32 nodeId, uint8 status)
func (providerVault *ProviderVault) UnpackNodeAlreadyRegisteredError(raw []byte) (*ProviderVaultNodeAlreadyRegistered, error) {
	out := new(ProviderVaultNodeAlreadyRegistered)
	if err := providerVault.abi.UnpackIntoInterface(out, "NodeAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultNodeNotApproved represents a NodeNotApproved error raised by the ProviderVault contract.
type ProviderVaultNodeNotApproved struct {
	Provider common.Address
	NodeId   [32]byte
	Status   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NodeNotApproved(address provider, bytes32 nodeId, uint8 status)
func ProviderVaultNodeNotApprovedErrorID() common.Hash {
	return common.HexToHash("0x92806fdcb9bbda2c6effebd49c59e015d2115ac47197c346fed44e3033a8e004")
}

// UnpackNodeNotApprovedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NodeNotApproved(address provider, bytes32 nodeId, uint8 status)
func (providerVault *ProviderVault) UnpackNodeNotApprovedError(raw []byte) (*ProviderVaultNodeNotApproved, error) {
	out := new(ProviderVaultNodeNotApproved)
	if err := providerVault.abi.UnpackIntoInterface(out, "NodeNotApproved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultNodeNotPending represents a NodeNotPending error raised by the ProviderVault contract.
type ProviderVaultNodeNotPending struct {
	Provider common.Address
	NodeId   [32]byte
	Status   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NodeNotPending(address provider, bytes32 nodeId, uint8 status)
func ProviderVaultNodeNotPendingErrorID() common.Hash {
	return common.HexToHash("0xb2c93483f284616fcb15c16fe769a0a76539b5b9bb935000c29d83bbcd1b029e")
}

// UnpackNodeNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NodeNotPending(address provider, bytes32 nodeId, uint8 status)
func (providerVault *ProviderVault) UnpackNodeNotPendingError(raw []byte) (*ProviderVaultNodeNotPending, error) {
	out := new(ProviderVaultNodeNotPending)
	if err := providerVault.abi.UnpackIntoInterface(out, "NodeNotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultNotReservation represents a NotReservation error raised by the ProviderVault contract.
type ProviderVaultNotReservation struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotReservation(uint256 id)
func ProviderVaultNotReservationErrorID() common.Hash {
	return common.HexToHash("0xe23efd3fd847f01280696bd81d0968b4d747f496f786d12ef7234c31efeee093")
}

// UnpackNotReservationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotReservation(uint256 id)
func (providerVault *ProviderVault) UnpackNotReservationError(raw []byte) (*ProviderVaultNotReservation, error) {
	out := new(ProviderVaultNotReservation)
	if err := providerVault.abi.UnpackIntoInterface(out, "NotReservation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultRateTooHigh represents a RateTooHigh error raised by the ProviderVault contract.
type ProviderVaultRateTooHigh struct {
	CollateralPerGpuHour *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RateTooHigh(uint256 collateralPerGpuHour)
func ProviderVaultRateTooHighErrorID() common.Hash {
	return common.HexToHash("0x101fc8e8cd6d261f2c0abb7018043e9529d4c2a78a1cf3f2885ee125846e2f5c")
}

// UnpackRateTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RateTooHigh(uint256 collateralPerGpuHour)
func (providerVault *ProviderVault) UnpackRateTooHighError(raw []byte) (*ProviderVaultRateTooHigh, error) {
	out := new(ProviderVaultRateTooHigh)
	if err := providerVault.abi.UnpackIntoInterface(out, "RateTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the ProviderVault contract.
type ProviderVaultReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func ProviderVaultReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (providerVault *ProviderVault) UnpackReentrancyGuardReentrantCallError(raw []byte) (*ProviderVaultReentrancyGuardReentrantCall, error) {
	out := new(ProviderVaultReentrancyGuardReentrantCall)
	if err := providerVault.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the ProviderVault contract.
type ProviderVaultSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func ProviderVaultSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (providerVault *ProviderVault) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*ProviderVaultSafeCastOverflowedUintDowncast, error) {
	out := new(ProviderVaultSafeCastOverflowedUintDowncast)
	if err := providerVault.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the ProviderVault contract.
type ProviderVaultSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func ProviderVaultSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (providerVault *ProviderVault) UnpackSafeERC20FailedOperationError(raw []byte) (*ProviderVaultSafeERC20FailedOperation, error) {
	out := new(ProviderVaultSafeERC20FailedOperation)
	if err := providerVault.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultWindowStarted represents a WindowStarted error raised by the ProviderVault contract.
type ProviderVaultWindowStarted struct {
	Id        *big.Int
	StartTime *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowStarted(uint256 id, uint256 startTime)
func ProviderVaultWindowStartedErrorID() common.Hash {
	return common.HexToHash("0x1d8b330164895dd473b5772a29a36d2e4413efa16cdb2cd72dea7e41a233ff2a")
}

// UnpackWindowStartedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowStarted(uint256 id, uint256 startTime)
func (providerVault *ProviderVault) UnpackWindowStartedError(raw []byte) (*ProviderVaultWindowStarted, error) {
	out := new(ProviderVaultWindowStarted)
	if err := providerVault.abi.UnpackIntoInterface(out, "WindowStarted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultZeroAddress represents a ZeroAddress error raised by the ProviderVault contract.
type ProviderVaultZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ProviderVaultZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (providerVault *ProviderVault) UnpackZeroAddressError(raw []byte) (*ProviderVaultZeroAddress, error) {
	out := new(ProviderVaultZeroAddress)
	if err := providerVault.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultZeroAmount represents a ZeroAmount error raised by the ProviderVault contract.
type ProviderVaultZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func ProviderVaultZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (providerVault *ProviderVault) UnpackZeroAmountError(raw []byte) (*ProviderVaultZeroAmount, error) {
	out := new(ProviderVaultZeroAmount)
	if err := providerVault.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultZeroGpus represents a ZeroGpus error raised by the ProviderVault contract.
type ProviderVaultZeroGpus struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroGpus()
func ProviderVaultZeroGpusErrorID() common.Hash {
	return common.HexToHash("0xf4b48dbd3a6a79d7f98c7f67d664fb5ff7eecd69032188980e067a42f9584dcd")
}

// UnpackZeroGpusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroGpus()
func (providerVault *ProviderVault) UnpackZeroGpusError(raw []byte) (*ProviderVaultZeroGpus, error) {
	out := new(ProviderVaultZeroGpus)
	if err := providerVault.abi.UnpackIntoInterface(out, "ZeroGpus", raw); err != nil {
		return nil, err
	}
	return out, nil
}
