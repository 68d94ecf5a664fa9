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

// DeliveryOracleReport is an auto generated low-level Go binding around an user-defined struct.
type DeliveryOracleReport struct {
	Root     [32]byte
	PostedAt uint64
	FinalAt  uint64
	Voided   bool
}

// DeliveryOracleSettlement is an auto generated low-level Go binding around an user-defined struct.
type DeliveryOracleSettlement struct {
	Delivered   uint64
	Undelivered uint64
	Rate        *big.Int
	Collateral  *big.Int
	Opened      bool
}

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

// ProviderVaultLease is an auto generated low-level Go binding around an user-defined struct.
type ProviderVaultLease struct {
	Holder         common.Address
	StartHour      uint32
	Hours          uint16
	Gpus           uint32
	State          uint8
	Reason         uint8
	Provider       common.Address
	AssignedAt     *big.Int
	ProvisioningAt *big.Int
	RunningAt      *big.Int
	ClosedAt       *big.Int
	Id             *big.Int
	SpecHash       [32]byte
}

// ProviderVaultNode is an auto generated low-level Go binding around an user-defined struct.
type ProviderVaultNode struct {
	GradeKey *big.Int
	Gpus     uint32
	Status   uint8
	Key      common.Address
}

// ProviderVaultPosition is an auto generated low-level Go binding around an user-defined struct.
type ProviderVaultPosition struct {
	Minted    *big.Int
	Locked    *big.Int
	Assigned  *big.Int
	QueueSlot uint32
}

// DeliveryOracleMetaData contains all meta data concerning the DeliveryOracle contract.
var DeliveryOracleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractProviderVault\",\"name\":\"vault\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"reporters_\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"threshold_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"reporters\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"BadReporters\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"DuplicateReporter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"latestEpoch\",\"type\":\"uint64\"}],\"name\":\"EpochNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"endTime\",\"type\":\"uint256\"}],\"name\":\"EpochNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"feedInstrument\",\"type\":\"uint256\"}],\"name\":\"FeedMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"FeedNotSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"delivered\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"undelivered\",\"type\":\"uint256\"}],\"name\":\"FiguresDecreased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"delivered\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"undelivered\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gpuHours\",\"type\":\"uint256\"}],\"name\":\"FiguresExceedLease\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"}],\"name\":\"InvalidGrade\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"NoReport\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoReporters\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"NotReporter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"NothingToSettle\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"ReportExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"finalAt\",\"type\":\"uint256\"}],\"name\":\"ReportFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"ReportIsVoided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"finalAt\",\"type\":\"uint256\"}],\"name\":\"ReportNotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignerNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signatures\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"TooFewSignatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"UnknownLease\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"challengeWindow\",\"type\":\"uint256\"}],\"name\":\"WindowTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"challengeWindow\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"}],\"name\":\"FeedSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"delivered\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"undelivered\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reasons\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"LeaseSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"penaltyPerGpuHour\",\"type\":\"uint256\"}],\"name\":\"PenaltySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"signers\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"finalAt\",\"type\":\"uint256\"}],\"name\":\"ReportPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ReportVoided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"reporters\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"ReportersSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EPOCH_SECONDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHALLENGE_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REPORTERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PRICE_DIVISOR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REPORT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VAULT\",\"outputs\":[{\"internalType\":\"contractProviderVault\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"feedOf\",\"outputs\":[{\"internalType\":\"contractMarkPriceFeed\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"isFinal\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"isReporter\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"}],\"name\":\"penaltyPerGpuHour\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"name\":\"postReport\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"report\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"postedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"finalAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"voided\",\"type\":\"bool\"}],\"internalType\":\"structDeliveryOracle.Report\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"reportDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reporters\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"challengeWindow_\",\"type\":\"uint64\"}],\"name\":\"setChallengeWindow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"contractMarkPriceFeed\",\"name\":\"feed\",\"type\":\"address\"}],\"name\":\"setFeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"penalty\",\"type\":\"uint256\"}],\"name\":\"setPenalty\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"reporters_\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"threshold_\",\"type\":\"uint256\"}],\"name\":\"setReporters\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"delivered\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"undelivered\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reasons\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"settleLease\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"settlement\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"delivered\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"undelivered\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"rate\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"collateral\",\"type\":\"uint128\"},{\"internalType\":\"bool\",\"name\":\"opened\",\"type\":\"bool\"}],\"internalType\":\"structDeliveryOracle.Settlement\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"threshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"voidReport\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "4ca44909701ec67de86842192d99de4b9d",
	Bin: "0x610120604052348015610010575f5ffd5b50604051613c8f380380613c8f83398101604081905261002f916105c2565b6001600160a01b038616158061004c57506001600160a01b038516155b1561006a5760405163d92e233d60e01b815260040160405180910390fd5b4660c0523060e052610119604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f7e20eccbff25313a13b2840c1ff2e05b0b59d4f3a878ab1835627dd1526536c0918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b610100526001600160a01b0386166080819052604080516349d1cbbb60e11b815290516393a39776916004808201926020929091908290030181865afa158015610165573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061018991906106e1565b6001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa1580156101c4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101e89190610703565b6101f69060ff166008610737565b61020190600a61082d565b60a05261020e5f86610268565b506001600160a01b0384161561024a576102487f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504185610268565b505b6102548383610311565b61025d816104e5565b505050505050610961565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610308575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102c03390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161030b565b505f5b92915050565b8151601f81118061032157508082115b806103405750801580159061034057508061033d836002610838565b11155b1561036d576040516307cd970760e31b815260048101829052602481018390526044015b60405180910390fd5b5f5b6003548110156103cb575f60025f600384815481106103905761039061084f565b5f918252602080832091909101546001600160a01b031683528201929092526040019020805460ff191691151591909117905560010161036f565b505f5b81811015610493575f8482815181106103e9576103e961084f565b602002602001015190505f6001600160a01b0316816001600160a01b0316036104255760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0381165f9081526002602052604090205460ff161561046957604051633597cc0b60e11b81526001600160a01b0382166004820152602401610364565b6001600160a01b03165f908152600260205260409020805460ff19166001908117909155016103ce565b5060036104a08482610863565b5060018290556040517f11d074b8dc8d00bcb521b34d02a5edba56bf0938477cfc0b0bafe975902deae9906104d8908590859061090c565b60405180910390a1505050565b62278d00816001600160401b0316111561051d5760405163814d6a5f60e01b81526001600160401b0382166004820152602401610364565b600480546001600160401b0319166001600160401b0383169081179091556040519081527f4c49a64e600650d2d6092c9b007f34a20ef976452792b4d080b2073f80b0fcca9060200160405180910390a150565b6001600160a01b0381168114610585575f5ffd5b50565b805161059381610571565b919050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160401b0381168114610593575f5ffd5b5f5f5f5f5f5f60c087890312156105d7575f5ffd5b86516105e281610571565b60208801519096506105f381610571565b604088015190955061060481610571565b60608801519094506001600160401b0381111561061f575f5ffd5b8701601f8101891361062f575f5ffd5b80516001600160401b0381111561064857610648610598565b604051600582901b90603f8201601f191681016001600160401b038111828210171561067657610676610598565b60405291825260208184018101929081018c841115610693575f5ffd5b6020850194505b838510156106b9576106ab85610588565b81526020948501940161069a565b5060808b015190965094506106d592505060a0890190506105ac565b90509295509295509295565b5f602082840312156106f1575f5ffd5b81516106fc81610571565b9392505050565b5f60208284031215610713575f5ffd5b815160ff811681146106fc575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b8181038181111561030b5761030b610723565b6001815b60018411156107855780850481111561076957610769610723565b600184161561077757908102905b60019390931c92800261074e565b935093915050565b5f8261079b5750600161030b565b816107a757505f61030b565b81600181146107bd57600281146107c7576107e3565b600191505061030b565b60ff8411156107d8576107d8610723565b50506001821b61030b565b5060208310610133831016604e8410600b8410161715610806575081810a61030b565b6108125f19848461074a565b805f190482111561082557610825610723565b029392505050565b5f6106fc838361078d565b808202811582820484141761030b5761030b610723565b634e487b7160e01b5f52603260045260245ffd5b81516001600160401b0381111561087c5761087c610598565b6801000000000000000081111561089557610895610598565b8154818355808210156108c957825f528160205f20018282035f5b818110156108c5575f838201556001016108b0565b5050505b50602083016108dd835f9081526020902090565b5f5b838110156109045782516001600160a01b0316818301556020909201916001016108df565b505050505050565b604080825283519082018190525f9060208501906060840190835b8181101561094e5783516001600160a01b0316835260209384019390920191600101610927565b5050602093909301939093525092915050565b60805160a05160c05160e051610100516132d56109ba5f395f61176201525f61170e01525f61173801525f8181610741015261274d01525f81816102f901528181610af60152818161184d0152611bb001526132d55ff3fe608060405234801561000f575f5ffd5b5060043610610201575f3560e01c8063861a141211610123578063af9a31a1116100b8578063d547741f11610088578063e623201d1161006e578063e623201d1461073c578063f144d48614610763578063f698da2514610778575f5ffd5b8063d547741f14610716578063da75c01e14610729575f5ffd5b8063af9a31a1146105ee578063c9fc1e7714610601578063cda5b67c146106f0578063d197983514610703575f5ffd5b806391d14854116100f357806391d14854146105715780639cb118bf146105b4578063a0d7031a146105d4578063a217fddf146105e7575f5ffd5b8063861a1412146104f4578063869601a714610521578063879626b8146105565780638f75da1c14610569575f5ffd5b8063411557d11161019957806351586ecb1161016957806351586ecb1461038f5780635262265a1461039957806360ad2391146103a2578063638ec79d146104e1575f5ffd5b8063411557d1146102f457806342cde4e8146103405780634a882fc3146103495780634e87e06714610370575f5ffd5b8063248a9ca3116101d4578063248a9ca31461027757806324ea54f4146102a75780632f2ff15d146102ce57806336568abe146102e1575f5ffd5b806301ffc9a714610205578063044ad7be1461022d57806311b5f91e1461024f57806318be021514610264575b5f5ffd5b610218610213366004612aec565b610780565b60405190151581526020015b60405180910390f35b61021861023b366004612b4c565b60026020525f908152604090205460ff1681565b61026261025d366004612bcb565b610818565b005b610262610272366004612c40565b610b5c565b610299610285366004612c96565b5f9081526020819052604090206001015490565b604051908152602001610224565b6102997f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504181565b6102626102dc366004612cad565b61105b565b6102626102ef366004612cad565b611085565b61031b7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610224565b61029960015481565b6102997fcdc38e51f0a29ce197b0fce6d5341b7d4c446bb2e5a9fb7230f77cb84cdb828881565b61029961037e366004612c96565b60076020525f908152604090205481565b61029962278d0081565b610299610e1081565b6104666103b0366004612c96565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f90815260066020908152604091829020825160a081018452815467ffffffffffffffff80821683526801000000000000000082041693820193909352700100000000000000000000000000000000928390046fffffffffffffffffffffffffffffffff908116948201949094526001909101549283166060820152910460ff161515608082015290565b60405161022491905f60a08201905067ffffffffffffffff835116825267ffffffffffffffff60208401511660208301526fffffffffffffffffffffffffffffffff60408401511660408301526fffffffffffffffffffffffffffffffff606084015116606083015260808301511515608083015292915050565b6102626104ef366004612cad565b6110e3565b6004546105089067ffffffffffffffff1681565b60405167ffffffffffffffff9091168152602001610224565b61031b61052f366004612c96565b60086020525f908152604090205473ffffffffffffffffffffffffffffffffffffffff1681565b610262610564366004612cdb565b611246565b610299601f81565b61021861057f366004612cad565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6004546105089068010000000000000000900467ffffffffffffffff1681565b6102186105e2366004612d23565b61128d565b6102995f81565b6102996105fc366004612d3c565b61132f565b6106a361060f366004612d23565b604080516080810182525f8082526020820181905291810182905260608101919091525067ffffffffffffffff9081165f908152600560209081526040918290208251608081018452815481526001909101548085169282019290925268010000000000000000820490931691830191909152700100000000000000000000000000000000900460ff161515606082015290565b60405161022491905f6080820190508251825267ffffffffffffffff602084015116602083015267ffffffffffffffff604084015116604083015260608301511515606083015292915050565b6102626106fe366004612d64565b6113d1565b610262610711366004612d23565b61146e565b610262610724366004612cad565b61164d565b610262610737366004612d23565b611671565b6102997f000000000000000000000000000000000000000000000000000000000000000081565b61076b611688565b6040516102249190612dd4565b6102996116f5565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061081257507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b67ffffffffffffffff83165f90815260056020526040902080548061087a576040517fd9f0444100000000000000000000000000000000000000000000000000000000815267ffffffffffffffff861660048201526024015b60405180910390fd5b6001820154700100000000000000000000000000000000900460ff16156108d9576040517fb7a8679000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff86166004820152602401610871565b600182015468010000000000000000900467ffffffffffffffff164210156109545760018201546040517f81b9016300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8781166004830152680100000000000000009092049091166024820152604401610871565b60408051602081018b905290810189905260608101889052608081018790525f9060a001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090506109d785858484611830565b610a20576040517f7a3c18d5000000000000000000000000000000000000000000000000000000008152600481018b905267ffffffffffffffff87166024820152604401610871565b5f5f5f610a2e8d8d8d611847565b9250925092508867ffffffffffffffff168d7f77d4a0dfc9429b08354ac1e6fe28400a7ace3f38dd30f6195e5b7b72f70e75418e8e8e8787604051610a95959493929190948552602085019390935260408401919091526060830152608082015260a00190565b60405180910390a36040517fac603093000000000000000000000000000000000000000000000000000000008152600481018e905260248101849052604481018390526064810182905273ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169063ac603093906084015f604051808303815f87803b158015610b37575f5ffd5b505af1158015610b49573d5f5f3e3d5ffd5b5050505050505050505050505050505050565b82610b93576040517fb263ae7300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f610e10610bac67ffffffffffffffff87166001612e13565b610bb69190612e26565b905080421015610c05576040517fbc161c9d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8616600482015260248101829052604401610871565b67ffffffffffffffff85165f908152600560205260409020805415801590610c4657506001810154700100000000000000000000000000000000900460ff16155b15610c935780546040517f3cec26a700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff881660048201526024810191909152604401610871565b60045481546801000000000000000090910467ffffffffffffffff1690610d55578067ffffffffffffffff168767ffffffffffffffff1611610d15576040517f98152d8200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808916600483015282166024820152604401610871565b600480547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff166801000000000000000067ffffffffffffffff8a16021790555b6001545f819003610d92576040517ff4f0131100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80851015610dd6576040517f59b8466f0000000000000000000000000000000000000000000000000000000081526004810186905260248101829052604401610871565b5f610de1898961132f565b90505f805b87811015610f7c575f5f610e1d858c8c86818110610e0657610e06612e3d565b9050602002810190610e189190612e6a565b611e84565b5090925090505f816003811115610e3657610e36612ecb565b14610e70576040517f52bf984800000000000000000000000000000000000000000000000000000000815260048101849052602401610871565b8373ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff1611610ef4576040517fb9d506ba0000000000000000000000000000000000000000000000000000000081526004810184905273ffffffffffffffffffffffffffffffffffffffff83166024820152604401610871565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526002602052604090205460ff16610f71576040517fae23f3df0000000000000000000000000000000000000000000000000000000081526004810184905273ffffffffffffffffffffffffffffffffffffffff83166024820152604401610871565b509150600101610de6565b506004545f90610f969067ffffffffffffffff1642612e13565b8a87556001870180547fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff67ffffffffffffffff84811668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909316428216179290921716909155604080518d8152602081018c90529081018390529192508c16907f02578fa20ca1b170034e262d2efeeebcdceb91ea70a5ac7a6c69806d43caa4f19060600160405180910390a25050505050505050505050565b5f8281526020819052604090206001015461107581611ecb565b61107f8383611ed8565b50505050565b73ffffffffffffffffffffffffffffffffffffffff811633146110d4576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6110de8282611fd1565b505050565b5f6110ed81611ecb565b5f8273ffffffffffffffffffffffffffffffffffffffff1663adb03eee6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611137573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061115b9190612ef8565b90508381146111bc576040517fc2e7d3f30000000000000000000000000000000000000000000000000000000081526004810185905273ffffffffffffffffffffffffffffffffffffffff8416602482015260448101829052606401610871565b5f8481526008602090815260409182902080547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8716908117909155915191825285917fcb9c5cab7a629e9e21f21c2e7feda9eb584ae198580ceaf18fb93558a8acd4e5910160405180910390a250505050565b5f61125081611ecb565b61107f8484808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525086925061208a915050565b67ffffffffffffffff8181165f90815260056020908152604080832081516080810183528154808252600190920154808716948201949094526801000000000000000084049095169185019190915270010000000000000000000000000000000090910460ff16151560608401529091901580159061130e57508060600151155b80156113285750806040015167ffffffffffffffff164210155b9392505050565b5f61132861133b6116f5565b604080517fcdc38e51f0a29ce197b0fce6d5341b7d4c446bb2e5a9fb7230f77cb84cdb8288602082015267ffffffffffffffff87169181019190915260608101859052608001604051602081830303815290604052805190602001206040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f6113db81611ecb565b6113e48361232e565b61141d576040517f41b747f700000000000000000000000000000000000000000000000000000000815260048101849052602401610871565b5f83815260076020526040908190208390555183907fab296f58145139ffd63dc26622524197ce43d62b953c31f93dec52dbdd4b9700906114619085815260200190565b60405180910390a2505050565b7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504161149881611ecb565b67ffffffffffffffff82165f90815260056020526040902080546114f4576040517fd9f0444100000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610871565b6001810154700100000000000000000000000000000000900460ff1615611553576040517fb7a8679000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610871565b600181015468010000000000000000900467ffffffffffffffff1642106115cd5760018101546040517fd03b2b7200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8581166004830152680100000000000000009092049091166024820152604401610871565b6001810180547fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff1670010000000000000000000000000000000017905580546040805191825233602083015267ffffffffffffffff8516917f8c0beb8520cd36a9be0eaf2ee01adc63cff4da79664bfeece57dfb99bc2270449101611461565b5f8281526020819052604090206001015461166781611ecb565b61107f8383611fd1565b5f61167b81611ecb565b6116848261236e565b5050565b606060038054806020026020016040519081016040528092919081815260200182805480156116eb57602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff1681526001909101906020018083116116c0575b5050505050905090565b5f3073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614801561175a57507f000000000000000000000000000000000000000000000000000000000000000046145b1561178457507f000000000000000000000000000000000000000000000000000000000000000090565b61182b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f7e20eccbff25313a13b2840c1ff2e05b0b59d4f3a878ab1835627dd1526536c0918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b905090565b5f8261183d86868561242e565b1495945050505050565b5f5f5f5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16632e352497886040518263ffffffff1660e01b81526004016118a691815260200190565b6101a060405180830381865afa1580156118c2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118e69190612fc6565b90505f816080015160048111156118ff576118ff612ecb565b03611939576040517f9f9a3a9400000000000000000000000000000000000000000000000000000000815260048101889052602401610871565b5f816040015161ffff16826060015163ffffffff166119589190612e26565b9050806119658789612e13565b11156119b5576040517f14270a0e00000000000000000000000000000000000000000000000000000000815260048101899052602481018890526044810187905260648101829052608401610871565b5f88815260066020908152604091829020825160a081018452815467ffffffffffffffff80821680845268010000000000000000830490911694830194909452700100000000000000000000000000000000908190046fffffffffffffffffffffffffffffffff908116958301959095526001909201549384166060820152920460ff1615156080830152881080611a5a5750806020015167ffffffffffffffff1687105b15611ab357805160208201516040517f92a967fe000000000000000000000000000000000000000000000000000000008152600481018c905267ffffffffffffffff928316602482015291166044820152606401610871565b805167ffffffffffffffff1688148015611ada5750806020015167ffffffffffffffff1687145b15611b14576040517f796fa0fd000000000000000000000000000000000000000000000000000000008152600481018a9052602401610871565b5f5f826080015115611b5157611b478385855f015167ffffffffffffffff16866020015167ffffffffffffffff1661246f565b9092509050611cfe565b60c08501516101608601516040517ff11733de00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9283166004820152602481019190915294985088945f917f0000000000000000000000000000000000000000000000000000000000000000169063f11733de90604401608060405180830381865afa158015611bf5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c1991906130bb565b9050611c89815f015165ffffffffffff168614611c6d57815f015165ffffffffffff168683602001516fffffffffffffffffffffffffffffffff16611c5e9190612e26565b611c68919061314e565b612512565b81602001516fffffffffffffffffffffffffffffffff16612512565b6fffffffffffffffffffffffffffffffff166060850152610160860151611cde906007905f90611cb89061256b565b81526020019081526020015f2054611cd4886101600151612588565b611c689190612e13565b6fffffffffffffffffffffffffffffffff16604085015250600160808401525b611d0a83858c8c61246f565b809850819750505089835f019067ffffffffffffffff16908167ffffffffffffffff168152505088836020019067ffffffffffffffff16908167ffffffffffffffff16815250508260065f8d81526020019081526020015f205f820151815f015f6101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506020820151815f0160086101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506040820151815f0160106101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff1602179055506060820151816001015f6101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790555060808201518160010160106101000a81548160ff0219169083151502179055509050508186611e689190613186565b9550611e748188613186565b9650505050505093509350939050565b5f80806041849003611eb8578435602086013560408701355f1a611eaa8982858561277a565b955095509550505050611ec2565b505f915060029050825b93509350939050565b611ed5813361286d565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16611fca575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055611f683390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610812565b505f610812565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615611fca575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610812565b8151601f81118061209a57508082115b806120b9575080158015906120b95750806120b6836002612e26565b11155b156120fa576040517f3e6cb8380000000000000000000000000000000000000000000000000000000081526004810182905260248101839052604401610871565b5f5b600354811015612183575f60025f6003848154811061211d5761211d612e3d565b5f9182526020808320919091015473ffffffffffffffffffffffffffffffffffffffff168352820192909252604001902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169115159190911790556001016120fc565b505f5b818110156122dc575f8482815181106121a1576121a1612e3d565b602002602001015190505f73ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1603612210576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff81165f9081526002602052604090205460ff1615612287576040517f6b2f981600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602401610871565b73ffffffffffffffffffffffffffffffffffffffff165f90815260026020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600190811790915501612186565b5060036122e98482613199565b5060018290556040517f11d074b8dc8d00bcb521b34d02a5edba56bf0938477cfc0b0bafe975902deae9906123219085908590613250565b60405180910390a1505050565b5f61234160016601000000000000613186565b821615801561235b57505f6123568360301c90565b60ff16145b80156108125750610812826001176128f2565b62278d008167ffffffffffffffff1611156123c1576040517f814d6a5f00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610871565b600480547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83169081179091556040519081527f4c49a64e600650d2d6092c9b007f34a20ef976452792b4d080b2073f80b0fcca9060200160405180910390a150565b5f81815b848110156124665761245c8287878481811061245057612450612e3d565b90506020020135612915565b9150600101612432565b50949350505050565b606084015160408501515f9182916fffffffffffffffffffffffffffffffff91821691166124a6826124a18388612e26565b612941565b9350866124b38688612e13565b036124c9576124c28483613186565b9250612507565b612504876124d78489612e26565b6124e1919061314e565b6124fa84846124f08b8d613186565b6124a19190612e26565b6124a19085613186565b92505b505094509492505050565b5f6fffffffffffffffffffffffffffffffff821115612567576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526080600482015260248101839052604401610871565b5090565b5f61257e60016601000000000000613186565b1982169050919050565b5f8181526008602052604081205473ffffffffffffffffffffffffffffffffffffffff16806125e6576040517f7295f0fe00000000000000000000000000000000000000000000000000000000815260048101849052602401610871565b8073ffffffffffffffffffffffffffffffffffffffff1663f5481c936040518163ffffffff1660e01b8152600401602060405180830381865afa15801561262f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612653919061328a565b69ffffffffffffffffffff165f036126d5578073ffffffffffffffffffffffffffffffffffffffff166311da60b46040518163ffffffff1660e01b81526004016020604051808303815f875af11580156126af573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906126d3919061328a565b505b5f8173ffffffffffffffffffffffffffffffffffffffff1663f348e8b26040518163ffffffff1660e01b8152600401606060405180830381865afa15801561271f573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061274391906132a3565b50915061277290507f00000000000000000000000000000000000000000000000000000000000000008261314e565b949350505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156127b357505f91506003905082612863565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612804573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff811661285a57505f925060019150829050612863565b92505f91508190505b9450945094915050565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16611684576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260248101839052604401610871565b5f806128fd83612956565b600881111561290e5761290e612ecb565b1492915050565b5f81831061292f575f828152602084905260409020611328565b5f838152602083905260409020611328565b5f81831061294f5781611328565b5090919050565b5f60016129638360781c90565b60ff161461297357506001919050565b608082901c151580612991575061298a8260681c90565b61ffff1615155b1561299e57506002919050565b6108126129ab8360581c90565b6129b58460501c90565b6129bf8560401c90565b6129c98660381c90565b6129d38760301c90565b6129dd8860101c90565b885f61ffff881615806129f3575061ffff888116145b15612a0057506003612ae1565b600260ff88161115612a1457506004612ae1565b600161ffff87161080612a2b5750600761ffff8716115b15612a3857506005612ae1565b600160ff86161080612a4d5750600360ff8616115b15612a5a57506006612ae1565b60ff8416612a7a578161ffff165f03612a7557506008612ae1565b612ade565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60ff851601612ad65763ffffffff8316151580612aba575061ffff8216155b80612ac9575060a861ffff8316115b15612a7557506008612ae1565b506007612ae1565b505f5b979650505050505050565b5f60208284031215612afc575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611328575f5ffd5b73ffffffffffffffffffffffffffffffffffffffff81168114611ed5575f5ffd5b5f60208284031215612b5c575f5ffd5b813561132881612b2b565b803567ffffffffffffffff81168114612b7e575f5ffd5b919050565b5f5f83601f840112612b93575f5ffd5b50813567ffffffffffffffff811115612baa575f5ffd5b6020830191508360208260051b8501011115612bc4575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215612be1575f5ffd5b87359650602088013595506040880135945060608801359350612c0660808901612b67565b925060a088013567ffffffffffffffff811115612c21575f5ffd5b612c2d8a828b01612b83565b989b979a50959850939692959293505050565b5f5f5f5f60608587031215612c53575f5ffd5b612c5c85612b67565b935060208501359250604085013567ffffffffffffffff811115612c7e575f5ffd5b612c8a87828801612b83565b95989497509550505050565b5f60208284031215612ca6575f5ffd5b5035919050565b5f5f60408385031215612cbe575f5ffd5b823591506020830135612cd081612b2b565b809150509250929050565b5f5f5f60408486031215612ced575f5ffd5b833567ffffffffffffffff811115612d03575f5ffd5b612d0f86828701612b83565b909790965060209590950135949350505050565b5f60208284031215612d33575f5ffd5b61132882612b67565b5f5f60408385031215612d4d575f5ffd5b612d5683612b67565b946020939093013593505050565b5f5f60408385031215612d75575f5ffd5b50508035926020909101359150565b5f8151808452602084019350602083015f5b82811015612dca57815173ffffffffffffffffffffffffffffffffffffffff16865260209586019590910190600101612d96565b5093949350505050565b602081525f6113286020830184612d84565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561081257610812612de6565b808202811582820484141761081257610812612de6565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612e9d575f5ffd5b83018035915067ffffffffffffffff821115612eb7575f5ffd5b602001915036819003821315612bc4575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f60208284031215612f08575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040516101a0810167ffffffffffffffff81118282101715612f6057612f60612f0f565b60405290565b8051612b7e81612b2b565b805163ffffffff81168114612b7e575f5ffd5b805161ffff81168114612b7e575f5ffd5b805160058110612b7e575f5ffd5b8051600c8110612b7e575f5ffd5b805165ffffffffffff81168114612b7e575f5ffd5b5f6101a0828403128015612fd8575f5ffd5b50612fe1612f3c565b612fea83612f66565b8152612ff860208401612f71565b602082015261300960408401612f84565b604082015261301a60608401612f71565b606082015261302b60808401612f95565b608082015261303c60a08401612fa3565b60a082015261304d60c08401612f66565b60c082015261305e60e08401612fb1565b60e08201526130706101008401612fb1565b6101008201526130836101208401612fb1565b6101208201526130966101408401612fb1565b6101408201526101608381015190820152610180928301519281019290925250919050565b5f60808284031280156130cc575f5ffd5b506040516080810167ffffffffffffffff811182821017156130f0576130f0612f0f565b6040526130fc83612fb1565b815260208301516fffffffffffffffffffffffffffffffff81168114613120575f5ffd5b602082015261313160408401612fb1565b604082015261314260608401612f71565b60608201529392505050565b5f82613181577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b8181038181111561081257610812612de6565b815167ffffffffffffffff8111156131b3576131b3612f0f565b680100000000000000008111156131cc576131cc612f0f565b81548183558082101561320057825f528160205f20018282035f5b818110156131fc575f838201556001016131e7565b5050505b5060208301613214835f9081526020902090565b5f5b8381101561324857825173ffffffffffffffffffffffffffffffffffffffff1681830155602090920191600101613216565b505050505050565b604081525f6132626040830185612d84565b90508260208301529392505050565b805169ffffffffffffffffffff81168114612b7e575f5ffd5b5f6020828403121561329a575f5ffd5b61132882613271565b5f5f5f606084860312156132b5575f5ffd5b6132be84613271565b60208501516040909501519096949550939250505056",
}

// DeliveryOracle is an auto generated Go binding around an Ethereum contract.
type DeliveryOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DeliveryOracle) GetABI() abi.ABI {
	return c.abi
}

// NewDeliveryOracle creates a new instance of DeliveryOracle.
func NewDeliveryOracle() *DeliveryOracle {
	parsed, err := DeliveryOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DeliveryOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DeliveryOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address vault, address admin, address guardian, address[] reporters_, uint256 threshold_, uint64 challengeWindow_) returns()
func (deliveryOracle *DeliveryOracle) PackConstructor(vault common.Address, admin common.Address, guardian common.Address, reporters_ []common.Address, threshold_ *big.Int, challengeWindow_ uint64) []byte {
	enc, err := deliveryOracle.abi.Pack("", vault, admin, guardian, reporters_, threshold_, challengeWindow_)
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
func (deliveryOracle *DeliveryOracle) PackDEFAULTADMINROLE() []byte {
	enc, err := deliveryOracle.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (deliveryOracle *DeliveryOracle) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return deliveryOracle.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (deliveryOracle *DeliveryOracle) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := deliveryOracle.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEPOCHSECONDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5262265a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EPOCH_SECONDS() view returns(uint256)
func (deliveryOracle *DeliveryOracle) PackEPOCHSECONDS() []byte {
	enc, err := deliveryOracle.abi.Pack("EPOCH_SECONDS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEPOCHSECONDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5262265a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EPOCH_SECONDS() view returns(uint256)
func (deliveryOracle *DeliveryOracle) TryPackEPOCHSECONDS() ([]byte, error) {
	return deliveryOracle.abi.Pack("EPOCH_SECONDS")
}

// UnpackEPOCHSECONDS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5262265a.
//
// Solidity: function EPOCH_SECONDS() view returns(uint256)
func (deliveryOracle *DeliveryOracle) UnpackEPOCHSECONDS(data []byte) (*big.Int, error) {
	out, err := deliveryOracle.abi.Unpack("EPOCH_SECONDS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGUARDIANROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ea54f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (deliveryOracle *DeliveryOracle) PackGUARDIANROLE() []byte {
	enc, err := deliveryOracle.abi.Pack("GUARDIAN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGUARDIANROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ea54f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (deliveryOracle *DeliveryOracle) TryPackGUARDIANROLE() ([]byte, error) {
	return deliveryOracle.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (deliveryOracle *DeliveryOracle) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := deliveryOracle.abi.Unpack("GUARDIAN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXCHALLENGEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51586ecb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CHALLENGE_WINDOW() view returns(uint256)
func (deliveryOracle *DeliveryOracle) PackMAXCHALLENGEWINDOW() []byte {
	enc, err := deliveryOracle.abi.Pack("MAX_CHALLENGE_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCHALLENGEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51586ecb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CHALLENGE_WINDOW() view returns(uint256)
func (deliveryOracle *DeliveryOracle) TryPackMAXCHALLENGEWINDOW() ([]byte, error) {
	return deliveryOracle.abi.Pack("MAX_CHALLENGE_WINDOW")
}

// UnpackMAXCHALLENGEWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51586ecb.
//
// Solidity: function MAX_CHALLENGE_WINDOW() view returns(uint256)
func (deliveryOracle *DeliveryOracle) UnpackMAXCHALLENGEWINDOW(data []byte) (*big.Int, error) {
	out, err := deliveryOracle.abi.Unpack("MAX_CHALLENGE_WINDOW", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXREPORTERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f75da1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REPORTERS() view returns(uint256)
func (deliveryOracle *DeliveryOracle) PackMAXREPORTERS() []byte {
	enc, err := deliveryOracle.abi.Pack("MAX_REPORTERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREPORTERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f75da1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REPORTERS() view returns(uint256)
func (deliveryOracle *DeliveryOracle) TryPackMAXREPORTERS() ([]byte, error) {
	return deliveryOracle.abi.Pack("MAX_REPORTERS")
}

// UnpackMAXREPORTERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f75da1c.
//
// Solidity: function MAX_REPORTERS() view returns(uint256)
func (deliveryOracle *DeliveryOracle) UnpackMAXREPORTERS(data []byte) (*big.Int, error) {
	out, err := deliveryOracle.abi.Unpack("MAX_REPORTERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPRICEDIVISOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe623201d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PRICE_DIVISOR() view returns(uint256)
func (deliveryOracle *DeliveryOracle) PackPRICEDIVISOR() []byte {
	enc, err := deliveryOracle.abi.Pack("PRICE_DIVISOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPRICEDIVISOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe623201d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PRICE_DIVISOR() view returns(uint256)
func (deliveryOracle *DeliveryOracle) TryPackPRICEDIVISOR() ([]byte, error) {
	return deliveryOracle.abi.Pack("PRICE_DIVISOR")
}

// UnpackPRICEDIVISOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe623201d.
//
// Solidity: function PRICE_DIVISOR() view returns(uint256)
func (deliveryOracle *DeliveryOracle) UnpackPRICEDIVISOR(data []byte) (*big.Int, error) {
	out, err := deliveryOracle.abi.Unpack("PRICE_DIVISOR", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREPORTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a882fc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REPORT_TYPEHASH() view returns(bytes32)
func (deliveryOracle *DeliveryOracle) PackREPORTTYPEHASH() []byte {
	enc, err := deliveryOracle.abi.Pack("REPORT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREPORTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a882fc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REPORT_TYPEHASH() view returns(bytes32)
func (deliveryOracle *DeliveryOracle) TryPackREPORTTYPEHASH() ([]byte, error) {
	return deliveryOracle.abi.Pack("REPORT_TYPEHASH")
}

// UnpackREPORTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a882fc3.
//
// Solidity: function REPORT_TYPEHASH() view returns(bytes32)
func (deliveryOracle *DeliveryOracle) UnpackREPORTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := deliveryOracle.abi.Unpack("REPORT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVAULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x411557d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VAULT() view returns(address)
func (deliveryOracle *DeliveryOracle) PackVAULT() []byte {
	enc, err := deliveryOracle.abi.Pack("VAULT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVAULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x411557d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VAULT() view returns(address)
func (deliveryOracle *DeliveryOracle) TryPackVAULT() ([]byte, error) {
	return deliveryOracle.abi.Pack("VAULT")
}

// UnpackVAULT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x411557d1.
//
// Solidity: function VAULT() view returns(address)
func (deliveryOracle *DeliveryOracle) UnpackVAULT(data []byte) (common.Address, error) {
	out, err := deliveryOracle.abi.Unpack("VAULT", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeWindow() view returns(uint64)
func (deliveryOracle *DeliveryOracle) PackChallengeWindow() []byte {
	enc, err := deliveryOracle.abi.Pack("challengeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeWindow() view returns(uint64)
func (deliveryOracle *DeliveryOracle) TryPackChallengeWindow() ([]byte, error) {
	return deliveryOracle.abi.Pack("challengeWindow")
}

// UnpackChallengeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x861a1412.
//
// Solidity: function challengeWindow() view returns(uint64)
func (deliveryOracle *DeliveryOracle) UnpackChallengeWindow(data []byte) (uint64, error) {
	out, err := deliveryOracle.abi.Unpack("challengeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (deliveryOracle *DeliveryOracle) PackDomainSeparator() []byte {
	enc, err := deliveryOracle.abi.Pack("domainSeparator")
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
func (deliveryOracle *DeliveryOracle) TryPackDomainSeparator() ([]byte, error) {
	return deliveryOracle.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (deliveryOracle *DeliveryOracle) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := deliveryOracle.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFeedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x869601a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feedOf(uint256 id) view returns(address)
func (deliveryOracle *DeliveryOracle) PackFeedOf(id *big.Int) []byte {
	enc, err := deliveryOracle.abi.Pack("feedOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x869601a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feedOf(uint256 id) view returns(address)
func (deliveryOracle *DeliveryOracle) TryPackFeedOf(id *big.Int) ([]byte, error) {
	return deliveryOracle.abi.Pack("feedOf", id)
}

// UnpackFeedOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x869601a7.
//
// Solidity: function feedOf(uint256 id) view returns(address)
func (deliveryOracle *DeliveryOracle) UnpackFeedOf(data []byte) (common.Address, error) {
	out, err := deliveryOracle.abi.Unpack("feedOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (deliveryOracle *DeliveryOracle) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := deliveryOracle.abi.Pack("getRoleAdmin", role)
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
func (deliveryOracle *DeliveryOracle) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return deliveryOracle.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (deliveryOracle *DeliveryOracle) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := deliveryOracle.abi.Unpack("getRoleAdmin", data)
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
func (deliveryOracle *DeliveryOracle) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := deliveryOracle.abi.Pack("grantRole", role, account)
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
func (deliveryOracle *DeliveryOracle) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return deliveryOracle.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (deliveryOracle *DeliveryOracle) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := deliveryOracle.abi.Pack("hasRole", role, account)
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
func (deliveryOracle *DeliveryOracle) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return deliveryOracle.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (deliveryOracle *DeliveryOracle) UnpackHasRole(data []byte) (bool, error) {
	out, err := deliveryOracle.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsFinal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0d7031a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFinal(uint64 epoch) view returns(bool)
func (deliveryOracle *DeliveryOracle) PackIsFinal(epoch uint64) []byte {
	enc, err := deliveryOracle.abi.Pack("isFinal", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFinal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0d7031a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFinal(uint64 epoch) view returns(bool)
func (deliveryOracle *DeliveryOracle) TryPackIsFinal(epoch uint64) ([]byte, error) {
	return deliveryOracle.abi.Pack("isFinal", epoch)
}

// UnpackIsFinal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0d7031a.
//
// Solidity: function isFinal(uint64 epoch) view returns(bool)
func (deliveryOracle *DeliveryOracle) UnpackIsFinal(data []byte) (bool, error) {
	out, err := deliveryOracle.abi.Unpack("isFinal", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsReporter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x044ad7be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isReporter(address reporter) view returns(bool)
func (deliveryOracle *DeliveryOracle) PackIsReporter(reporter common.Address) []byte {
	enc, err := deliveryOracle.abi.Pack("isReporter", reporter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsReporter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x044ad7be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isReporter(address reporter) view returns(bool)
func (deliveryOracle *DeliveryOracle) TryPackIsReporter(reporter common.Address) ([]byte, error) {
	return deliveryOracle.abi.Pack("isReporter", reporter)
}

// UnpackIsReporter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x044ad7be.
//
// Solidity: function isReporter(address reporter) view returns(bool)
func (deliveryOracle *DeliveryOracle) UnpackIsReporter(data []byte) (bool, error) {
	out, err := deliveryOracle.abi.Unpack("isReporter", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLatestEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cb118bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestEpoch() view returns(uint64)
func (deliveryOracle *DeliveryOracle) PackLatestEpoch() []byte {
	enc, err := deliveryOracle.abi.Pack("latestEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cb118bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestEpoch() view returns(uint64)
func (deliveryOracle *DeliveryOracle) TryPackLatestEpoch() ([]byte, error) {
	return deliveryOracle.abi.Pack("latestEpoch")
}

// UnpackLatestEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9cb118bf.
//
// Solidity: function latestEpoch() view returns(uint64)
func (deliveryOracle *DeliveryOracle) UnpackLatestEpoch(data []byte) (uint64, error) {
	out, err := deliveryOracle.abi.Unpack("latestEpoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPenaltyPerGpuHour is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e87e067.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function penaltyPerGpuHour(uint256 gradeKey) view returns(uint256)
func (deliveryOracle *DeliveryOracle) PackPenaltyPerGpuHour(gradeKey *big.Int) []byte {
	enc, err := deliveryOracle.abi.Pack("penaltyPerGpuHour", gradeKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPenaltyPerGpuHour is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e87e067.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function penaltyPerGpuHour(uint256 gradeKey) view returns(uint256)
func (deliveryOracle *DeliveryOracle) TryPackPenaltyPerGpuHour(gradeKey *big.Int) ([]byte, error) {
	return deliveryOracle.abi.Pack("penaltyPerGpuHour", gradeKey)
}

// UnpackPenaltyPerGpuHour is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e87e067.
//
// Solidity: function penaltyPerGpuHour(uint256 gradeKey) view returns(uint256)
func (deliveryOracle *DeliveryOracle) UnpackPenaltyPerGpuHour(data []byte) (*big.Int, error) {
	out, err := deliveryOracle.abi.Unpack("penaltyPerGpuHour", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPostReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18be0215.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postReport(uint64 epoch, bytes32 root, bytes[] signatures) returns()
func (deliveryOracle *DeliveryOracle) PackPostReport(epoch uint64, root [32]byte, signatures [][]byte) []byte {
	enc, err := deliveryOracle.abi.Pack("postReport", epoch, root, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18be0215.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postReport(uint64 epoch, bytes32 root, bytes[] signatures) returns()
func (deliveryOracle *DeliveryOracle) TryPackPostReport(epoch uint64, root [32]byte, signatures [][]byte) ([]byte, error) {
	return deliveryOracle.abi.Pack("postReport", epoch, root, signatures)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (deliveryOracle *DeliveryOracle) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := deliveryOracle.abi.Pack("renounceRole", role, callerConfirmation)
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
func (deliveryOracle *DeliveryOracle) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return deliveryOracle.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9fc1e77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function report(uint64 epoch) view returns((bytes32,uint64,uint64,bool))
func (deliveryOracle *DeliveryOracle) PackReport(epoch uint64) []byte {
	enc, err := deliveryOracle.abi.Pack("report", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9fc1e77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function report(uint64 epoch) view returns((bytes32,uint64,uint64,bool))
func (deliveryOracle *DeliveryOracle) TryPackReport(epoch uint64) ([]byte, error) {
	return deliveryOracle.abi.Pack("report", epoch)
}

// UnpackReport is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc9fc1e77.
//
// Solidity: function report(uint64 epoch) view returns((bytes32,uint64,uint64,bool))
func (deliveryOracle *DeliveryOracle) UnpackReport(data []byte) (DeliveryOracleReport, error) {
	out, err := deliveryOracle.abi.Unpack("report", data)
	if err != nil {
		return *new(DeliveryOracleReport), err
	}
	out0 := *abi.ConvertType(out[0], new(DeliveryOracleReport)).(*DeliveryOracleReport)
	return out0, nil
}

// PackReportDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf9a31a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportDigest(uint64 epoch, bytes32 root) view returns(bytes32)
func (deliveryOracle *DeliveryOracle) PackReportDigest(epoch uint64, root [32]byte) []byte {
	enc, err := deliveryOracle.abi.Pack("reportDigest", epoch, root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf9a31a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportDigest(uint64 epoch, bytes32 root) view returns(bytes32)
func (deliveryOracle *DeliveryOracle) TryPackReportDigest(epoch uint64, root [32]byte) ([]byte, error) {
	return deliveryOracle.abi.Pack("reportDigest", epoch, root)
}

// UnpackReportDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf9a31a1.
//
// Solidity: function reportDigest(uint64 epoch, bytes32 root) view returns(bytes32)
func (deliveryOracle *DeliveryOracle) UnpackReportDigest(data []byte) ([32]byte, error) {
	out, err := deliveryOracle.abi.Unpack("reportDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackReporters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf144d486.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reporters() view returns(address[])
func (deliveryOracle *DeliveryOracle) PackReporters() []byte {
	enc, err := deliveryOracle.abi.Pack("reporters")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReporters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf144d486.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reporters() view returns(address[])
func (deliveryOracle *DeliveryOracle) TryPackReporters() ([]byte, error) {
	return deliveryOracle.abi.Pack("reporters")
}

// UnpackReporters is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf144d486.
//
// Solidity: function reporters() view returns(address[])
func (deliveryOracle *DeliveryOracle) UnpackReporters(data []byte) ([]common.Address, error) {
	out, err := deliveryOracle.abi.Unpack("reporters", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (deliveryOracle *DeliveryOracle) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := deliveryOracle.abi.Pack("revokeRole", role, account)
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
func (deliveryOracle *DeliveryOracle) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return deliveryOracle.abi.Pack("revokeRole", role, account)
}

// PackSetChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda75c01e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setChallengeWindow(uint64 challengeWindow_) returns()
func (deliveryOracle *DeliveryOracle) PackSetChallengeWindow(challengeWindow uint64) []byte {
	enc, err := deliveryOracle.abi.Pack("setChallengeWindow", challengeWindow)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda75c01e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setChallengeWindow(uint64 challengeWindow_) returns()
func (deliveryOracle *DeliveryOracle) TryPackSetChallengeWindow(challengeWindow uint64) ([]byte, error) {
	return deliveryOracle.abi.Pack("setChallengeWindow", challengeWindow)
}

// PackSetFeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x638ec79d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeed(uint256 id, address feed) returns()
func (deliveryOracle *DeliveryOracle) PackSetFeed(id *big.Int, feed common.Address) []byte {
	enc, err := deliveryOracle.abi.Pack("setFeed", id, feed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x638ec79d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeed(uint256 id, address feed) returns()
func (deliveryOracle *DeliveryOracle) TryPackSetFeed(id *big.Int, feed common.Address) ([]byte, error) {
	return deliveryOracle.abi.Pack("setFeed", id, feed)
}

// PackSetPenalty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcda5b67c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPenalty(uint256 gradeKey, uint256 penalty) returns()
func (deliveryOracle *DeliveryOracle) PackSetPenalty(gradeKey *big.Int, penalty *big.Int) []byte {
	enc, err := deliveryOracle.abi.Pack("setPenalty", gradeKey, penalty)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPenalty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcda5b67c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPenalty(uint256 gradeKey, uint256 penalty) returns()
func (deliveryOracle *DeliveryOracle) TryPackSetPenalty(gradeKey *big.Int, penalty *big.Int) ([]byte, error) {
	return deliveryOracle.abi.Pack("setPenalty", gradeKey, penalty)
}

// PackSetReporters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x879626b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReporters(address[] reporters_, uint256 threshold_) returns()
func (deliveryOracle *DeliveryOracle) PackSetReporters(reporters []common.Address, threshold *big.Int) []byte {
	enc, err := deliveryOracle.abi.Pack("setReporters", reporters, threshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReporters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x879626b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReporters(address[] reporters_, uint256 threshold_) returns()
func (deliveryOracle *DeliveryOracle) TryPackSetReporters(reporters []common.Address, threshold *big.Int) ([]byte, error) {
	return deliveryOracle.abi.Pack("setReporters", reporters, threshold)
}

// PackSettleLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11b5f91e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleLease(uint256 leaseId, uint256 delivered, uint256 undelivered, uint256 reasons, uint64 epoch, bytes32[] proof) returns()
func (deliveryOracle *DeliveryOracle) PackSettleLease(leaseId *big.Int, delivered *big.Int, undelivered *big.Int, reasons *big.Int, epoch uint64, proof [][32]byte) []byte {
	enc, err := deliveryOracle.abi.Pack("settleLease", leaseId, delivered, undelivered, reasons, epoch, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11b5f91e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleLease(uint256 leaseId, uint256 delivered, uint256 undelivered, uint256 reasons, uint64 epoch, bytes32[] proof) returns()
func (deliveryOracle *DeliveryOracle) TryPackSettleLease(leaseId *big.Int, delivered *big.Int, undelivered *big.Int, reasons *big.Int, epoch uint64, proof [][32]byte) ([]byte, error) {
	return deliveryOracle.abi.Pack("settleLease", leaseId, delivered, undelivered, reasons, epoch, proof)
}

// PackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60ad2391.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settlement(uint256 leaseId) view returns((uint64,uint64,uint128,uint128,bool))
func (deliveryOracle *DeliveryOracle) PackSettlement(leaseId *big.Int) []byte {
	enc, err := deliveryOracle.abi.Pack("settlement", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60ad2391.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settlement(uint256 leaseId) view returns((uint64,uint64,uint128,uint128,bool))
func (deliveryOracle *DeliveryOracle) TryPackSettlement(leaseId *big.Int) ([]byte, error) {
	return deliveryOracle.abi.Pack("settlement", leaseId)
}

// UnpackSettlement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60ad2391.
//
// Solidity: function settlement(uint256 leaseId) view returns((uint64,uint64,uint128,uint128,bool))
func (deliveryOracle *DeliveryOracle) UnpackSettlement(data []byte) (DeliveryOracleSettlement, error) {
	out, err := deliveryOracle.abi.Unpack("settlement", data)
	if err != nil {
		return *new(DeliveryOracleSettlement), err
	}
	out0 := *abi.ConvertType(out[0], new(DeliveryOracleSettlement)).(*DeliveryOracleSettlement)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (deliveryOracle *DeliveryOracle) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := deliveryOracle.abi.Pack("supportsInterface", interfaceId)
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
func (deliveryOracle *DeliveryOracle) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return deliveryOracle.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (deliveryOracle *DeliveryOracle) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := deliveryOracle.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function threshold() view returns(uint256)
func (deliveryOracle *DeliveryOracle) PackThreshold() []byte {
	enc, err := deliveryOracle.abi.Pack("threshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function threshold() view returns(uint256)
func (deliveryOracle *DeliveryOracle) TryPackThreshold() ([]byte, error) {
	return deliveryOracle.abi.Pack("threshold")
}

// UnpackThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42cde4e8.
//
// Solidity: function threshold() view returns(uint256)
func (deliveryOracle *DeliveryOracle) UnpackThreshold(data []byte) (*big.Int, error) {
	out, err := deliveryOracle.abi.Unpack("threshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVoidReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1979835.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voidReport(uint64 epoch) returns()
func (deliveryOracle *DeliveryOracle) PackVoidReport(epoch uint64) []byte {
	enc, err := deliveryOracle.abi.Pack("voidReport", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoidReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1979835.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voidReport(uint64 epoch) returns()
func (deliveryOracle *DeliveryOracle) TryPackVoidReport(epoch uint64) ([]byte, error) {
	return deliveryOracle.abi.Pack("voidReport", epoch)
}

// DeliveryOracleChallengeWindowSet represents a ChallengeWindowSet event raised by the DeliveryOracle contract.
type DeliveryOracleChallengeWindowSet struct {
	ChallengeWindow *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const DeliveryOracleChallengeWindowSetEventName = "ChallengeWindowSet"

// ContractEventName returns the user-defined event name.
func (DeliveryOracleChallengeWindowSet) ContractEventName() string {
	return DeliveryOracleChallengeWindowSetEventName
}

// UnpackChallengeWindowSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeWindowSet(uint256 challengeWindow)
func (deliveryOracle *DeliveryOracle) UnpackChallengeWindowSetEvent(log *types.Log) (*DeliveryOracleChallengeWindowSet, error) {
	event := "ChallengeWindowSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deliveryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeliveryOracleChallengeWindowSet)
	if len(log.Data) > 0 {
		if err := deliveryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deliveryOracle.abi.Events[event].Inputs {
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

// DeliveryOracleFeedSet represents a FeedSet event raised by the DeliveryOracle contract.
type DeliveryOracleFeedSet struct {
	Id   *big.Int
	Feed common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const DeliveryOracleFeedSetEventName = "FeedSet"

// ContractEventName returns the user-defined event name.
func (DeliveryOracleFeedSet) ContractEventName() string {
	return DeliveryOracleFeedSetEventName
}

// UnpackFeedSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeedSet(uint256 indexed id, address feed)
func (deliveryOracle *DeliveryOracle) UnpackFeedSetEvent(log *types.Log) (*DeliveryOracleFeedSet, error) {
	event := "FeedSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deliveryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeliveryOracleFeedSet)
	if len(log.Data) > 0 {
		if err := deliveryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deliveryOracle.abi.Events[event].Inputs {
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

// DeliveryOracleLeaseSettled represents a LeaseSettled event raised by the DeliveryOracle contract.
type DeliveryOracleLeaseSettled struct {
	LeaseId     *big.Int
	Epoch       uint64
	Delivered   *big.Int
	Undelivered *big.Int
	Reasons     *big.Int
	Released    *big.Int
	Paid        *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const DeliveryOracleLeaseSettledEventName = "LeaseSettled"

// ContractEventName returns the user-defined event name.
func (DeliveryOracleLeaseSettled) ContractEventName() string {
	return DeliveryOracleLeaseSettledEventName
}

// UnpackLeaseSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseSettled(uint256 indexed leaseId, uint64 indexed epoch, uint256 delivered, uint256 undelivered, uint256 reasons, uint256 released, uint256 paid)
func (deliveryOracle *DeliveryOracle) UnpackLeaseSettledEvent(log *types.Log) (*DeliveryOracleLeaseSettled, error) {
	event := "LeaseSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deliveryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeliveryOracleLeaseSettled)
	if len(log.Data) > 0 {
		if err := deliveryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deliveryOracle.abi.Events[event].Inputs {
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

// DeliveryOraclePenaltySet represents a PenaltySet event raised by the DeliveryOracle contract.
type DeliveryOraclePenaltySet struct {
	GradeKey          *big.Int
	PenaltyPerGpuHour *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const DeliveryOraclePenaltySetEventName = "PenaltySet"

// ContractEventName returns the user-defined event name.
func (DeliveryOraclePenaltySet) ContractEventName() string {
	return DeliveryOraclePenaltySetEventName
}

// UnpackPenaltySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PenaltySet(uint256 indexed gradeKey, uint256 penaltyPerGpuHour)
func (deliveryOracle *DeliveryOracle) UnpackPenaltySetEvent(log *types.Log) (*DeliveryOraclePenaltySet, error) {
	event := "PenaltySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deliveryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeliveryOraclePenaltySet)
	if len(log.Data) > 0 {
		if err := deliveryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deliveryOracle.abi.Events[event].Inputs {
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

// DeliveryOracleReportPosted represents a ReportPosted event raised by the DeliveryOracle contract.
type DeliveryOracleReportPosted struct {
	Epoch   uint64
	Root    [32]byte
	Signers *big.Int
	FinalAt *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DeliveryOracleReportPostedEventName = "ReportPosted"

// ContractEventName returns the user-defined event name.
func (DeliveryOracleReportPosted) ContractEventName() string {
	return DeliveryOracleReportPostedEventName
}

// UnpackReportPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReportPosted(uint64 indexed epoch, bytes32 root, uint256 signers, uint256 finalAt)
func (deliveryOracle *DeliveryOracle) UnpackReportPostedEvent(log *types.Log) (*DeliveryOracleReportPosted, error) {
	event := "ReportPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deliveryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeliveryOracleReportPosted)
	if len(log.Data) > 0 {
		if err := deliveryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deliveryOracle.abi.Events[event].Inputs {
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

// DeliveryOracleReportVoided represents a ReportVoided event raised by the DeliveryOracle contract.
type DeliveryOracleReportVoided struct {
	Epoch uint64
	Root  [32]byte
	By    common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const DeliveryOracleReportVoidedEventName = "ReportVoided"

// ContractEventName returns the user-defined event name.
func (DeliveryOracleReportVoided) ContractEventName() string {
	return DeliveryOracleReportVoidedEventName
}

// UnpackReportVoidedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReportVoided(uint64 indexed epoch, bytes32 root, address by)
func (deliveryOracle *DeliveryOracle) UnpackReportVoidedEvent(log *types.Log) (*DeliveryOracleReportVoided, error) {
	event := "ReportVoided"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deliveryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeliveryOracleReportVoided)
	if len(log.Data) > 0 {
		if err := deliveryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deliveryOracle.abi.Events[event].Inputs {
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

// DeliveryOracleReportersSet represents a ReportersSet event raised by the DeliveryOracle contract.
type DeliveryOracleReportersSet struct {
	Reporters []common.Address
	Threshold *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DeliveryOracleReportersSetEventName = "ReportersSet"

// ContractEventName returns the user-defined event name.
func (DeliveryOracleReportersSet) ContractEventName() string {
	return DeliveryOracleReportersSetEventName
}

// UnpackReportersSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReportersSet(address[] reporters, uint256 threshold)
func (deliveryOracle *DeliveryOracle) UnpackReportersSetEvent(log *types.Log) (*DeliveryOracleReportersSet, error) {
	event := "ReportersSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deliveryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeliveryOracleReportersSet)
	if len(log.Data) > 0 {
		if err := deliveryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deliveryOracle.abi.Events[event].Inputs {
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

// DeliveryOracleRoleAdminChanged represents a RoleAdminChanged event raised by the DeliveryOracle contract.
type DeliveryOracleRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const DeliveryOracleRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (DeliveryOracleRoleAdminChanged) ContractEventName() string {
	return DeliveryOracleRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (deliveryOracle *DeliveryOracle) UnpackRoleAdminChangedEvent(log *types.Log) (*DeliveryOracleRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deliveryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeliveryOracleRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := deliveryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deliveryOracle.abi.Events[event].Inputs {
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

// DeliveryOracleRoleGranted represents a RoleGranted event raised by the DeliveryOracle contract.
type DeliveryOracleRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DeliveryOracleRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (DeliveryOracleRoleGranted) ContractEventName() string {
	return DeliveryOracleRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (deliveryOracle *DeliveryOracle) UnpackRoleGrantedEvent(log *types.Log) (*DeliveryOracleRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deliveryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeliveryOracleRoleGranted)
	if len(log.Data) > 0 {
		if err := deliveryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deliveryOracle.abi.Events[event].Inputs {
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

// DeliveryOracleRoleRevoked represents a RoleRevoked event raised by the DeliveryOracle contract.
type DeliveryOracleRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DeliveryOracleRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (DeliveryOracleRoleRevoked) ContractEventName() string {
	return DeliveryOracleRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (deliveryOracle *DeliveryOracle) UnpackRoleRevokedEvent(log *types.Log) (*DeliveryOracleRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deliveryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeliveryOracleRoleRevoked)
	if len(log.Data) > 0 {
		if err := deliveryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deliveryOracle.abi.Events[event].Inputs {
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
func (deliveryOracle *DeliveryOracle) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["BadReporters"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackBadReportersError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["DuplicateReporter"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackDuplicateReporterError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["EpochNotIncreasing"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackEpochNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["EpochNotOver"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackEpochNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["FeedMismatch"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackFeedMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["FeedNotSet"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackFeedNotSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["FiguresDecreased"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackFiguresDecreasedError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["FiguresExceedLease"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackFiguresExceedLeaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["InvalidGrade"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackInvalidGradeError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["NoReport"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackNoReportError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["NoReporters"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackNoReportersError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["NotReporter"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackNotReporterError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["NothingToSettle"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackNothingToSettleError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["ReportExists"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackReportExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["ReportFinal"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackReportFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["ReportIsVoided"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackReportIsVoidedError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["ReportNotFinal"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackReportNotFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["SignerNotAscending"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackSignerNotAscendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["TooFewSignatures"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackTooFewSignaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["UnknownLease"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackUnknownLeaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["WindowTooLong"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackWindowTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], deliveryOracle.abi.Errors["ZeroRoot"].ID.Bytes()[:4]) {
		return deliveryOracle.UnpackZeroRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DeliveryOracleAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the DeliveryOracle contract.
type DeliveryOracleAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func DeliveryOracleAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (deliveryOracle *DeliveryOracle) UnpackAccessControlBadConfirmationError(raw []byte) (*DeliveryOracleAccessControlBadConfirmation, error) {
	out := new(DeliveryOracleAccessControlBadConfirmation)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the DeliveryOracle contract.
type DeliveryOracleAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func DeliveryOracleAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (deliveryOracle *DeliveryOracle) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*DeliveryOracleAccessControlUnauthorizedAccount, error) {
	out := new(DeliveryOracleAccessControlUnauthorizedAccount)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleBadReporters represents a BadReporters error raised by the DeliveryOracle contract.
type DeliveryOracleBadReporters struct {
	Reporters *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadReporters(uint256 reporters, uint256 threshold)
func DeliveryOracleBadReportersErrorID() common.Hash {
	return common.HexToHash("0x3e6cb838b6592ac7daae68fe7eec61c021c528879f2093e93464861c3fad38b5")
}

// UnpackBadReportersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadReporters(uint256 reporters, uint256 threshold)
func (deliveryOracle *DeliveryOracle) UnpackBadReportersError(raw []byte) (*DeliveryOracleBadReporters, error) {
	out := new(DeliveryOracleBadReporters)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "BadReporters", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleDuplicateReporter represents a DuplicateReporter error raised by the DeliveryOracle contract.
type DeliveryOracleDuplicateReporter struct {
	Reporter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateReporter(address reporter)
func DeliveryOracleDuplicateReporterErrorID() common.Hash {
	return common.HexToHash("0x6b2f981666cf2ed8ff3e9154d9fce487a6b8ae62a2368cc5ac6f79401b61548c")
}

// UnpackDuplicateReporterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateReporter(address reporter)
func (deliveryOracle *DeliveryOracle) UnpackDuplicateReporterError(raw []byte) (*DeliveryOracleDuplicateReporter, error) {
	out := new(DeliveryOracleDuplicateReporter)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "DuplicateReporter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleEpochNotIncreasing represents a EpochNotIncreasing error raised by the DeliveryOracle contract.
type DeliveryOracleEpochNotIncreasing struct {
	Epoch       uint64
	LatestEpoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotIncreasing(uint64 epoch, uint64 latestEpoch)
func DeliveryOracleEpochNotIncreasingErrorID() common.Hash {
	return common.HexToHash("0x98152d8233bcb91f4199bb11b4e8c0b18a39ebb27ceb0bb22a91d8e1f3d7b3ef")
}

// UnpackEpochNotIncreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotIncreasing(uint64 epoch, uint64 latestEpoch)
func (deliveryOracle *DeliveryOracle) UnpackEpochNotIncreasingError(raw []byte) (*DeliveryOracleEpochNotIncreasing, error) {
	out := new(DeliveryOracleEpochNotIncreasing)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "EpochNotIncreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleEpochNotOver represents a EpochNotOver error raised by the DeliveryOracle contract.
type DeliveryOracleEpochNotOver struct {
	Epoch   uint64
	EndTime *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotOver(uint64 epoch, uint256 endTime)
func DeliveryOracleEpochNotOverErrorID() common.Hash {
	return common.HexToHash("0xbc161c9dd5b85204e49de1cf05d2f62d9f6df5f0f4a3f4bfc67f021f6c236f21")
}

// UnpackEpochNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotOver(uint64 epoch, uint256 endTime)
func (deliveryOracle *DeliveryOracle) UnpackEpochNotOverError(raw []byte) (*DeliveryOracleEpochNotOver, error) {
	out := new(DeliveryOracleEpochNotOver)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "EpochNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleFeedMismatch represents a FeedMismatch error raised by the DeliveryOracle contract.
type DeliveryOracleFeedMismatch struct {
	Id             *big.Int
	Feed           common.Address
	FeedInstrument *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeedMismatch(uint256 id, address feed, uint256 feedInstrument)
func DeliveryOracleFeedMismatchErrorID() common.Hash {
	return common.HexToHash("0xc2e7d3f3215e79ecc1b72b030b43f663fc7ba0303a600842127878e45a74c838")
}

// UnpackFeedMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeedMismatch(uint256 id, address feed, uint256 feedInstrument)
func (deliveryOracle *DeliveryOracle) UnpackFeedMismatchError(raw []byte) (*DeliveryOracleFeedMismatch, error) {
	out := new(DeliveryOracleFeedMismatch)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "FeedMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleFeedNotSet represents a FeedNotSet error raised by the DeliveryOracle contract.
type DeliveryOracleFeedNotSet struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeedNotSet(uint256 id)
func DeliveryOracleFeedNotSetErrorID() common.Hash {
	return common.HexToHash("0x7295f0fe6920e55e779cfe2c28ae1968a5c0782a043881a140a99859e97dfd45")
}

// UnpackFeedNotSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeedNotSet(uint256 id)
func (deliveryOracle *DeliveryOracle) UnpackFeedNotSetError(raw []byte) (*DeliveryOracleFeedNotSet, error) {
	out := new(DeliveryOracleFeedNotSet)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "FeedNotSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleFiguresDecreased represents a FiguresDecreased error raised by the DeliveryOracle contract.
type DeliveryOracleFiguresDecreased struct {
	LeaseId     *big.Int
	Delivered   *big.Int
	Undelivered *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FiguresDecreased(uint256 leaseId, uint256 delivered, uint256 undelivered)
func DeliveryOracleFiguresDecreasedErrorID() common.Hash {
	return common.HexToHash("0x92a967fe362410d96e177d3865a82880ad153ef0e9870ec2a58ccf083315dd8c")
}

// UnpackFiguresDecreasedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FiguresDecreased(uint256 leaseId, uint256 delivered, uint256 undelivered)
func (deliveryOracle *DeliveryOracle) UnpackFiguresDecreasedError(raw []byte) (*DeliveryOracleFiguresDecreased, error) {
	out := new(DeliveryOracleFiguresDecreased)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "FiguresDecreased", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleFiguresExceedLease represents a FiguresExceedLease error raised by the DeliveryOracle contract.
type DeliveryOracleFiguresExceedLease struct {
	LeaseId     *big.Int
	Delivered   *big.Int
	Undelivered *big.Int
	GpuHours    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FiguresExceedLease(uint256 leaseId, uint256 delivered, uint256 undelivered, uint256 gpuHours)
func DeliveryOracleFiguresExceedLeaseErrorID() common.Hash {
	return common.HexToHash("0x14270a0e29a846a4e18314746c12e9badbbe3325dd34c57bcddb1778b44c4f61")
}

// UnpackFiguresExceedLeaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FiguresExceedLease(uint256 leaseId, uint256 delivered, uint256 undelivered, uint256 gpuHours)
func (deliveryOracle *DeliveryOracle) UnpackFiguresExceedLeaseError(raw []byte) (*DeliveryOracleFiguresExceedLease, error) {
	out := new(DeliveryOracleFiguresExceedLease)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "FiguresExceedLease", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleInvalidGrade represents a InvalidGrade error raised by the DeliveryOracle contract.
type DeliveryOracleInvalidGrade struct {
	GradeKey *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidGrade(uint256 gradeKey)
func DeliveryOracleInvalidGradeErrorID() common.Hash {
	return common.HexToHash("0x41b747f7a956f6f2cfabbf50792ff403b6be35d9839bab08a6354daea8bc187a")
}

// UnpackInvalidGradeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidGrade(uint256 gradeKey)
func (deliveryOracle *DeliveryOracle) UnpackInvalidGradeError(raw []byte) (*DeliveryOracleInvalidGrade, error) {
	out := new(DeliveryOracleInvalidGrade)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "InvalidGrade", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleInvalidProof represents a InvalidProof error raised by the DeliveryOracle contract.
type DeliveryOracleInvalidProof struct {
	LeaseId *big.Int
	Epoch   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof(uint256 leaseId, uint64 epoch)
func DeliveryOracleInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x7a3c18d59b48067604e65653437d3dae633d3c3b150904fa3c428ba523ded379")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof(uint256 leaseId, uint64 epoch)
func (deliveryOracle *DeliveryOracle) UnpackInvalidProofError(raw []byte) (*DeliveryOracleInvalidProof, error) {
	out := new(DeliveryOracleInvalidProof)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleInvalidSignature represents a InvalidSignature error raised by the DeliveryOracle contract.
type DeliveryOracleInvalidSignature struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(uint256 index)
func DeliveryOracleInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x52bf9848f4f569cd5e845a26f8524878f8ac004dcaace7433d78683624c84a76")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(uint256 index)
func (deliveryOracle *DeliveryOracle) UnpackInvalidSignatureError(raw []byte) (*DeliveryOracleInvalidSignature, error) {
	out := new(DeliveryOracleInvalidSignature)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleNoReport represents a NoReport error raised by the DeliveryOracle contract.
type DeliveryOracleNoReport struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoReport(uint64 epoch)
func DeliveryOracleNoReportErrorID() common.Hash {
	return common.HexToHash("0xd9f0444132826b5e58f92eb4a65338de0d4527113c4235123c3e83321e1cfa70")
}

// UnpackNoReportError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoReport(uint64 epoch)
func (deliveryOracle *DeliveryOracle) UnpackNoReportError(raw []byte) (*DeliveryOracleNoReport, error) {
	out := new(DeliveryOracleNoReport)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "NoReport", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleNoReporters represents a NoReporters error raised by the DeliveryOracle contract.
type DeliveryOracleNoReporters struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoReporters()
func DeliveryOracleNoReportersErrorID() common.Hash {
	return common.HexToHash("0xf4f0131157e2ebaac0db81eeff60c590c7607a391944fde8c8324def60023d23")
}

// UnpackNoReportersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoReporters()
func (deliveryOracle *DeliveryOracle) UnpackNoReportersError(raw []byte) (*DeliveryOracleNoReporters, error) {
	out := new(DeliveryOracleNoReporters)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "NoReporters", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleNotReporter represents a NotReporter error raised by the DeliveryOracle contract.
type DeliveryOracleNotReporter struct {
	Index  *big.Int
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotReporter(uint256 index, address signer)
func DeliveryOracleNotReporterErrorID() common.Hash {
	return common.HexToHash("0xae23f3df582a3d70bcaf0307a7d56980475c146d2585a6ff3a44cf8ce3cdb930")
}

// UnpackNotReporterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotReporter(uint256 index, address signer)
func (deliveryOracle *DeliveryOracle) UnpackNotReporterError(raw []byte) (*DeliveryOracleNotReporter, error) {
	out := new(DeliveryOracleNotReporter)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "NotReporter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleNothingToSettle represents a NothingToSettle error raised by the DeliveryOracle contract.
type DeliveryOracleNothingToSettle struct {
	LeaseId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToSettle(uint256 leaseId)
func DeliveryOracleNothingToSettleErrorID() common.Hash {
	return common.HexToHash("0x796fa0fd4dc6c0312643de8a97153b0929cb842fbe0bcda388bc8fbbedf90166")
}

// UnpackNothingToSettleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToSettle(uint256 leaseId)
func (deliveryOracle *DeliveryOracle) UnpackNothingToSettleError(raw []byte) (*DeliveryOracleNothingToSettle, error) {
	out := new(DeliveryOracleNothingToSettle)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "NothingToSettle", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleReportExists represents a ReportExists error raised by the DeliveryOracle contract.
type DeliveryOracleReportExists struct {
	Epoch uint64
	Root  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReportExists(uint64 epoch, bytes32 root)
func DeliveryOracleReportExistsErrorID() common.Hash {
	return common.HexToHash("0x3cec26a7688d6a725325c6c2b95ff69fbd95664ce0266d1eb340bbf02af09374")
}

// UnpackReportExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReportExists(uint64 epoch, bytes32 root)
func (deliveryOracle *DeliveryOracle) UnpackReportExistsError(raw []byte) (*DeliveryOracleReportExists, error) {
	out := new(DeliveryOracleReportExists)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "ReportExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleReportFinal represents a ReportFinal error raised by the DeliveryOracle contract.
type DeliveryOracleReportFinal struct {
	Epoch   uint64
	FinalAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReportFinal(uint64 epoch, uint256 finalAt)
func DeliveryOracleReportFinalErrorID() common.Hash {
	return common.HexToHash("0xd03b2b724e6a5fb2e3e11cade8530f6f68c9b9a4cf5f1d3a54b91867e2b4e4dc")
}

// UnpackReportFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReportFinal(uint64 epoch, uint256 finalAt)
func (deliveryOracle *DeliveryOracle) UnpackReportFinalError(raw []byte) (*DeliveryOracleReportFinal, error) {
	out := new(DeliveryOracleReportFinal)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "ReportFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleReportIsVoided represents a ReportIsVoided error raised by the DeliveryOracle contract.
type DeliveryOracleReportIsVoided struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReportIsVoided(uint64 epoch)
func DeliveryOracleReportIsVoidedErrorID() common.Hash {
	return common.HexToHash("0xb7a86790af681a70a9ab92cccceef120bb966d454f82d6d4a7b065d97cd815b0")
}

// UnpackReportIsVoidedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReportIsVoided(uint64 epoch)
func (deliveryOracle *DeliveryOracle) UnpackReportIsVoidedError(raw []byte) (*DeliveryOracleReportIsVoided, error) {
	out := new(DeliveryOracleReportIsVoided)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "ReportIsVoided", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleReportNotFinal represents a ReportNotFinal error raised by the DeliveryOracle contract.
type DeliveryOracleReportNotFinal struct {
	Epoch   uint64
	FinalAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReportNotFinal(uint64 epoch, uint256 finalAt)
func DeliveryOracleReportNotFinalErrorID() common.Hash {
	return common.HexToHash("0x81b90163cd9bec91673a7481c82e00fe6da9e7b6833938aaf540a275fd083460")
}

// UnpackReportNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReportNotFinal(uint64 epoch, uint256 finalAt)
func (deliveryOracle *DeliveryOracle) UnpackReportNotFinalError(raw []byte) (*DeliveryOracleReportNotFinal, error) {
	out := new(DeliveryOracleReportNotFinal)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "ReportNotFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the DeliveryOracle contract.
type DeliveryOracleSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func DeliveryOracleSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (deliveryOracle *DeliveryOracle) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*DeliveryOracleSafeCastOverflowedUintDowncast, error) {
	out := new(DeliveryOracleSafeCastOverflowedUintDowncast)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleSignerNotAscending represents a SignerNotAscending error raised by the DeliveryOracle contract.
type DeliveryOracleSignerNotAscending struct {
	Index  *big.Int
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignerNotAscending(uint256 index, address signer)
func DeliveryOracleSignerNotAscendingErrorID() common.Hash {
	return common.HexToHash("0xb9d506ba7bffee443831d340d7728d53f1fb9d9482ff082ee9f1e0f745bd6ca2")
}

// UnpackSignerNotAscendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignerNotAscending(uint256 index, address signer)
func (deliveryOracle *DeliveryOracle) UnpackSignerNotAscendingError(raw []byte) (*DeliveryOracleSignerNotAscending, error) {
	out := new(DeliveryOracleSignerNotAscending)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "SignerNotAscending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleTooFewSignatures represents a TooFewSignatures error raised by the DeliveryOracle contract.
type DeliveryOracleTooFewSignatures struct {
	Signatures *big.Int
	Threshold  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooFewSignatures(uint256 signatures, uint256 threshold)
func DeliveryOracleTooFewSignaturesErrorID() common.Hash {
	return common.HexToHash("0x59b8466f13c4d54554d5f64f08f5b02563132f906fa1ae1e30fbc1e6780e4f08")
}

// UnpackTooFewSignaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooFewSignatures(uint256 signatures, uint256 threshold)
func (deliveryOracle *DeliveryOracle) UnpackTooFewSignaturesError(raw []byte) (*DeliveryOracleTooFewSignatures, error) {
	out := new(DeliveryOracleTooFewSignatures)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "TooFewSignatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleUnknownLease represents a UnknownLease error raised by the DeliveryOracle contract.
type DeliveryOracleUnknownLease struct {
	LeaseId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLease(uint256 leaseId)
func DeliveryOracleUnknownLeaseErrorID() common.Hash {
	return common.HexToHash("0x9f9a3a942fe7f2176b7cf5579364c82a94185ccd7fd6478b76984ea5ebe175ff")
}

// UnpackUnknownLeaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLease(uint256 leaseId)
func (deliveryOracle *DeliveryOracle) UnpackUnknownLeaseError(raw []byte) (*DeliveryOracleUnknownLease, error) {
	out := new(DeliveryOracleUnknownLease)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "UnknownLease", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleWindowTooLong represents a WindowTooLong error raised by the DeliveryOracle contract.
type DeliveryOracleWindowTooLong struct {
	ChallengeWindow *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowTooLong(uint256 challengeWindow)
func DeliveryOracleWindowTooLongErrorID() common.Hash {
	return common.HexToHash("0x814d6a5ff171745eeaf59ff46792d469a9a58e9fcda8a15e3319cb75b15f7ef7")
}

// UnpackWindowTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowTooLong(uint256 challengeWindow)
func (deliveryOracle *DeliveryOracle) UnpackWindowTooLongError(raw []byte) (*DeliveryOracleWindowTooLong, error) {
	out := new(DeliveryOracleWindowTooLong)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "WindowTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleZeroAddress represents a ZeroAddress error raised by the DeliveryOracle contract.
type DeliveryOracleZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func DeliveryOracleZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (deliveryOracle *DeliveryOracle) UnpackZeroAddressError(raw []byte) (*DeliveryOracleZeroAddress, error) {
	out := new(DeliveryOracleZeroAddress)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeliveryOracleZeroRoot represents a ZeroRoot error raised by the DeliveryOracle contract.
type DeliveryOracleZeroRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRoot()
func DeliveryOracleZeroRootErrorID() common.Hash {
	return common.HexToHash("0xb263ae738e814ca9af6ee56bb85daa47624e790421913c947dcba2aac07cfdbd")
}

// UnpackZeroRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRoot()
func (deliveryOracle *DeliveryOracle) UnpackZeroRootError(raw []byte) (*DeliveryOracleZeroRoot, error) {
	out := new(DeliveryOracleZeroRoot)
	if err := deliveryOracle.abi.UnpackIntoInterface(out, "ZeroRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeMetaData contains all meta data concerning the Exchange contract.
var ExchangeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"stablecoin_\",\"type\":\"address\"},{\"internalType\":\"contractIERC1155\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeRecipient_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"withdrawalDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadBatchEncoding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"want\",\"type\":\"uint64\"}],\"name\":\"BadBatchId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CashAsTokenId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CashCapExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"DelayTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wanted\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPendingWithdrawal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGuardian\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PendingOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SettlementIsPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"TransferAmountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"settled\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"skipped\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"BatchSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"floor\",\"type\":\"uint64\"}],\"name\":\"CancelledBelow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"asset\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"name\":\"FeeRecipientSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"GuardianSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"nonces\",\"type\":\"uint64[]\"}],\"name\":\"NoncesCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"SettlementPausedSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"asset\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"}],\"name\":\"WithdrawalDelaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"asset\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"asset\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pending\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CASH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CONTRACT_SIGNATURE_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FILL_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CASH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ORDER_VALUE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SLIDE_STEPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_WITHDRAWAL_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ORDER_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ORDER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STABLECOIN\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TOKEN\",\"outputs\":[{\"internalType\":\"contractIERC1155\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TRADING_CLOSE_LEAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WALLET_GAS_BUDGET\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"asset\",\"type\":\"uint256\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"floor\",\"type\":\"uint64\"}],\"name\":\"cancelBelow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"nonces\",\"type\":\"uint64[]\"}],\"name\":\"cancelNonces\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"asset\",\"type\":\"uint256\"}],\"name\":\"cancelWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"maker\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"name\":\"clearFilled\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"depositWithPermit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"asset\",\"type\":\"uint256\"}],\"name\":\"executeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"asset\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"executeWithdrawalTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"maker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"filledAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"maker\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"market\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"maxFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"salt\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"signatureType\",\"type\":\"uint8\"}],\"internalType\":\"structExchange.Order\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"isNonceUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastBatchId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"nonceState\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"base\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"farNonces\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"partialOrders\",\"type\":\"uint256\"}],\"internalType\":\"structExchange.NonceState\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauseSettlement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"asset\",\"type\":\"uint256\"}],\"name\":\"pendingWithdrawal\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"internalType\":\"structExchange.Pending\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"asset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feeRecipient_\",\"type\":\"address\"}],\"name\":\"setFeeRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"guardian_\",\"type\":\"address\"}],\"name\":\"setGuardian\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator_\",\"type\":\"address\"}],\"name\":\"setOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"}],\"name\":\"setWithdrawalDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchId\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"orders\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"fills\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"contractSigs\",\"type\":\"bytes\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"settlementPaused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"slideNonces\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpauseSettlement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "52e09dfdf7a5e88322d52a0e17b5782a9f",
	Bin: "0x610120604052348015610010575f5ffd5b5060405161485038038061485083398101604081905261002f916102b3565b846001600160a01b03811661005e57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61006781610234565b506001600160a01b038716158061008557506001600160a01b038616155b156100a35760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0382166100ca5760405163d92e233d60e01b815260040160405180910390fd5b62093a806001600160401b038216111561010b57604051630f3d79f960e21b81526001600160401b038216600482015262093a806024820152604401610055565b6001600160a01b03808816608052861660a0524660c0523060e0526101cd604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0d7a32bbe7346d34132728034559d6c2cdbdc8ce51cc9a52a322f5bbcd58ebe2918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b61010052600280546001600160a01b039586166001600160a01b031991821617909155600380549486169490911693909317909255600480546001600160401b03909316600160a01b026001600160e01b0319909316919093161717905550610355915050565b600180546001600160a01b031916905561024d81610250565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b038116811461024d575f5ffd5b5f5f5f5f5f5f5f60e0888a0312156102c9575f5ffd5b87516102d48161029f565b60208901519097506102e58161029f565b60408901519096506102f68161029f565b60608901519095506103078161029f565b60808901519094506103188161029f565b60a08901519093506103298161029f565b60c08901519092506001600160401b0381168114610345575f5ffd5b8091505092959891949750929550565b60805160a05160c05160e0516101005161447f6103d15f395f611fbb01525f611f6701525f611f9101525f818161060a015281816114550152818161171d01528181611ba3015261276e01525f818161067f01528181610df9015281816121c00152818161225a015281816122b201526126dc015261447f5ff3fe608060405234801561000f575f5ffd5b5060043610610350575f3560e01c806393a39776116101be578063d2e7b53a116100fe578063e30c39781161009e578063f2fde38b11610079578063f2fde38b14610984578063f40e37d714610997578063f698da25146109aa578063f973a209146109b2575f5ffd5b8063e30c397814610940578063e74b981b1461095e578063f23a6e6114610971575f5ffd5b8063dc1c4fca116100d9578063dc1c4fca146107ca578063dc25abf5146108c6578063dd2b7fd31461091a578063e07dfda91461092d575f5ffd5b8063d2e7b53a146107a6578063d55be8c6146107b9578063d57f9525146107c2575f5ffd5b8063ae21ef9811610169578063b6b55f2511610144578063b6b55f2514610735578063bc197c8114610748578063c49698151461078c578063cbaa776714610793575f5ffd5b8063ae21ef9814610705578063ae2ebd7f1461070f578063b3ab15fb14610722575f5ffd5b8063a238f9df11610199578063a238f9df146106c7578063a7197547146106d1578063a7ab6961146106d9575f5ffd5b806393a397761461067a5780639b2c5bd0146106a15780639d2d04d1146106b4575f5ffd5b8063570ca7351161029457806379ba50971161023457806388a9d7071161020f57806388a9d7071461062c5780638a0dac4a146106345780638acbb4cc146106475780638da5cb5b1461065d575f5ffd5b806379ba5097146105ea5780637ac92456146105f257806382bfefc814610605575f5ffd5b8063715018a61161026f578063715018a6146105bd57806373add0fd146105c557806376d9ff2c146105d857806377f82fb2146105e0575f5ffd5b8063570ca7351461054f5780635b5eee881461056f578063706b8952146105b4575f5ffd5b80633a8a8beb116102ff57806344ab2869116102da57806344ab2869146104cf578063452a9320146104d7578063469048401461051c5780634a970be71461053c575f5ffd5b80633a8a8beb1461047c5780633efcfda41461048f5780634168632d146104a2575f5ffd5b80631b21fb021161032f5780631b21fb02146103b25780632bf0da7e146103c55780632f4f21e214610469575f5ffd5b8062fdd58e1461035457806301ffc9a71461037a5780630adb0c751461039d575b5f5ffd5b610367610362366004613d41565b6109d9565b6040519081526020015b60405180910390f35b61038d610388366004613d6b565b6109ed565b6040519015158152602001610371565b6103b06103ab366004613df2565b610a84565b005b6103676103c0366004613e43565b610bde565b6104446103d3366004613d41565b6040805180820182525f808252602091820181905273ffffffffffffffffffffffffffffffffffffffff949094168452600981528184209284529182529182902054825180840190935277ffffffffffffffffffffffffffffffffffffffffffffffff8116835260c01c9082015290565b604080518251815260209283015167ffffffffffffffff169281019290925201610371565b6103b0610477366004613d41565b610c6d565b61038d61048a366004613e74565b610c8c565b6103b061049d366004613ea7565b610cc6565b60025461038d907c0100000000000000000000000000000000000000000000000000000000900460ff1681565b610367600481565b6003546104f79073ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610371565b6004546104f79073ffffffffffffffffffffffffffffffffffffffff1681565b6103b061054a366004613ece565b610d98565b6002546104f79073ffffffffffffffffffffffffffffffffffffffff1681565b60025461059b9074010000000000000000000000000000000000000000900467ffffffffffffffff1681565b60405167ffffffffffffffff9091168152602001610371565b610367611c2081565b6103b0610e7b565b6103b06105d3366004613f11565b610e8e565b6103b0610f7f565b610367621e848081565b6103b061102e565b6103b0610600366004613d41565b6110a2565b6104f77f000000000000000000000000000000000000000000000000000000000000000081565b610367601881565b6103b0610642366004613f2a565b6110b5565b6103676effffffffffffffffffffffffffffff81565b5f5473ffffffffffffffffffffffffffffffffffffffff166104f7565b6104f77f000000000000000000000000000000000000000000000000000000000000000081565b6103b06106af366004613f83565b611130565b6103b06106c2366004614032565b611396565b61059b62093a8081565b61036760b981565b60045461059b9074010000000000000000000000000000000000000000900467ffffffffffffffff1681565b61036762030d4081565b6103b061071d366004614032565b6114c5565b6103b0610730366004613f2a565b611666565b6103b0610743366004613ea7565b6116e1565b61075b610756366004614052565b6116fc565b6040517fffffffff000000000000000000000000000000000000000000000000000000009091168152602001610371565b6103675f81565b6103b06107a1366004614115565b611808565b6103676bffffffffffffffffffffffff81565b6103676103e881565b6103b0611868565b6108796107d8366004613f2a565b604080516080810182525f8082526020820181905291810182905260608101919091525073ffffffffffffffffffffffffffffffffffffffff165f908152600560209081526040918290205482516080808201855282901c67ffffffffffffffff16815260c082901c928101929092526f800000000000000000000000000000008116151592820192909252637fffffff606092831c169181019190915290565b60405161037191905f60808201905067ffffffffffffffff835116825267ffffffffffffffff60208401511660208301526040830151151560408301526060830151606083015292915050565b6103676108d4366004613d41565b73ffffffffffffffffffffffffffffffffffffffff919091165f90815260086020908152604080832093835292905220546fffffffffffffffffffffffffffffffff1690565b6103b0610928366004613f11565b611931565b6103b061093b366004613f2a565b611a56565b60015473ffffffffffffffffffffffffffffffffffffffff166104f7565b6103b061096c366004613f2a565b611aba565b61075b61097f366004614143565b611b82565b6103b0610992366004613f2a565b611c43565b6103b06109a53660046141ba565b611cf2565b610367611dad565b6103677f87beb5dc43733b09b9408bc629aa7e77c2b55e1578d439cf88e966afeaf75ec881565b5f6109e48383611dbb565b90505b92915050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f4e2312e00000000000000000000000000000000000000000000000000000000014806109e757507fffffffff0000000000000000000000000000000000000000000000000000000082167f01ffc9a7000000000000000000000000000000000000000000000000000000001492915050565b610a8c611e2d565b73ffffffffffffffffffffffffffffffffffffffff83165f90815260056020526040812054905b82811015610bab5773ffffffffffffffffffffffffffffffffffffffff85165f90815260086020526040812081868685818110610af257610af26141f9565b9050602002013581526020019081526020015f20549050805f1480610b2d5750610b2b838767ffffffffffffffff608085901c16611e62565b155b15610b385750610ba3565b73ffffffffffffffffffffffffffffffffffffffff86165f90815260086020526040812090868685818110610b6f57610b6f6141f9565b9050602002013581526020019081526020015f205f90556c0100000000000000000000000083610b9f9190614253565b9250505b600101610ab3565b5073ffffffffffffffffffffffffffffffffffffffff84165f90815260056020526040902055610bd9611f24565b505050565b5f6109e7610bea611f4e565b7f87beb5dc43733b09b9408bc629aa7e77c2b55e1578d439cf88e966afeaf75ec884604051602001610c1d929190614277565b604051602081830303815290604052805190602001206040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b610c75611e2d565b610c80338383612084565b610c88611f24565b5050565b73ffffffffffffffffffffffffffffffffffffffff82165f908152600560205260408120546109e4908467ffffffffffffffff8516611e62565b610cce611e2d565b335f90815260096020908152604080832084845290915281205477ffffffffffffffffffffffffffffffffffffffffffffffff1690819003610d3c576040517f9121b84f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f81815260096020908152604080832086845282528083209290925590518381528492917f609802616efe88a6b73a266ced98c5dfd07c25e64549e620527605107ea30e81910160405180910390a350610d95611f24565b50565b610da0611e2d565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018690526064810185905260ff8416608482015260a4810183905260c481018290527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063d505accf9060e4015f604051808303815f87803b158015610e4f575f5ffd5b505af1925050508015610e60575060015b50610e6c333387612084565b610e74611f24565b5050505050565b610e836123dc565b610e8c5f61242e565b565b610e966123dc565b62093a8067ffffffffffffffff82161115610ef7576040517f3cf5e7e400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8216600482015262093a8060248201526044015b60405180910390fd5b600480547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000067ffffffffffffffff8416908102919091179091556040519081527f065f238a4bdc206a1c1983524e4631c82f5b5c6da8231cee012002d7956458e0906020015b60405180910390a150565b60035473ffffffffffffffffffffffffffffffffffffffff163314610fd0576040517fef6d0f0200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff1690556040515f81527fc9d5dd037bed5a3f6f1109947d765b29dc13371da35d22c886489fc04ebb8ce5906020015b60405180910390a1565b600154339073ffffffffffffffffffffffffffffffffffffffff168114611099576040517f118cdaa700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602401610eee565b610d958161242e565b6110aa611e2d565b610c8082828461245f565b6110bd6123dc565b600380547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff83169081179091556040519081527fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e90602001610f74565b611138611e2d565b60025473ffffffffffffffffffffffffffffffffffffffff163314611189576040517f7c214f0400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002547c0100000000000000000000000000000000000000000000000000000000900460ff16156111e6576040517fcc72f27700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002545f906112189074010000000000000000000000000000000000000000900467ffffffffffffffff166001614364565b90508067ffffffffffffffff168867ffffffffffffffff161461127b576040517f0bfd3cea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808a16600483015282166024820152604401610eee565b600280547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000067ffffffffffffffff8b16021790555f6112d260b988614384565b90505f6112e0601887614384565b9050876112ee60b9846143bc565b1415806113055750856113026018836143bc565b14155b80611311575061ffff82115b8061131d575061ffff81115b15611354576040517ff130fcbf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8885885f6113668e878787878d6127d0565b9050611373818387612905565b61137e818f876134fd565b5050505050505061138d611f24565b50505050505050565b816113cd576040517f777198b500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b805f03611406576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517ff242432a000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018390526064810182905260a060848201525f60a48201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063f242432a9060c4015f604051808303815f87803b1580156114ab575f5ffd5b505af11580156114bd573d5f5f3e3d5ffd5b505050505050565b6114cd611e2d565b805f03611506576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6115113384611dbb565b335f9081526009602090815260408083208784529091528120549192509061155490849077ffffffffffffffffffffffffffffffffffffffffffffffff166143d3565b90508082101561159a576040517fcf4791810000000000000000000000000000000000000000000000000000000081526004810183905260248101829052604401610eee565b6004545f906115cb9074010000000000000000000000000000000000000000900467ffffffffffffffff1642614364565b335f8181526009602090815260408083208a84528252918290207fffffffffffffffff00000000000000000000000000000000000000000000000060c086901b1687179055815188815290810186905267ffffffffffffffff841681830152905192935087927f2ce7aac7c69f4a576eafade8253ab8f552d554424eeb7f73cba6691965d965ae9181900360600190a3505050610c88611f24565b61166e6123dc565b600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff83169081179091556040519081527f99d737e0adf2c449d71890b86772885ec7959b152ddb265f76325b6e68e105d390602001610f74565b6116e9611e2d565b6116f4333383612084565b610d95611f24565b5f611705611e2d565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614611774576040517f21f2b69c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61178089858561369f565b90505f5b878110156117cf576117c7828a8a848181106117a2576117a26141f9565b905060200201358989858181106117bb576117bb6141f9565b90506020020135613705565b600101611784565b507fbc197c81000000000000000000000000000000000000000000000000000000009150506117fc611f24565b98975050505050505050565b611810611e2d565b73ffffffffffffffffffffffffffffffffffffffff811661185d576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610c8033838361245f565b60035473ffffffffffffffffffffffffffffffffffffffff1633146118b9576040517fef6d0f0200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c0100000000000000000000000000000000000000000000000000000000179055604051600181527fc9d5dd037bed5a3f6f1109947d765b29dc13371da35d22c886489fc04ebb8ce590602001611024565b611939611e2d565b335f9081526005602052604090205467ffffffffffffffff608082901c8116908316811015611a09575f6119778267ffffffffffffffff8616614253565b90505f604082101561198f5760c084901c821c611991565b5f5b90506f800000000000000000000000000000008416156119c1576119bf338667ffffffffffffffff1661380a565b175b6119f360c082901b60808767ffffffffffffffff16901b6fffffffffffffffffffffffffffffffff87161717336138b3565b335f908152600560205260409020819055935050505b60405167ffffffffffffffff608084901c16815233907f855420fc9176391291169c74158db25a989261f2169acbdae41a534bd5b448389060200160405180910390a25050610d95611f24565b611a5e611e2d565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260056020526040902054611a8d90826138b3565b73ffffffffffffffffffffffffffffffffffffffff82165f90815260056020526040902055610d95611f24565b611ac26123dc565b73ffffffffffffffffffffffffffffffffffffffff8116611b0f576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600480547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff83169081179091556040519081527fbf9a9534339a9d6b81696e05dcfb614b7dc518a31d48be3cfb757988381fb32390602001610f74565b5f611b8b611e2d565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614611bfa576040517f21f2b69c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611c0f611c0887858561369f565b8686613705565b507ff23a6e6100000000000000000000000000000000000000000000000000000000611c39611f24565b9695505050505050565b611c4b6123dc565b6001805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff00000000000000000000000000000000000000009091168117909155611cad5f5473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b611cfa611e2d565b335f90815260056020526040812054905b82811015611d5857611d4e8233868685818110611d2a57611d2a6141f9565b9050602002016020810190611d3f9190613f11565b67ffffffffffffffff16613996565b9150600101611d0b565b50335f8181526005602052604090819020839055517f5858d8a306964a3865e1cf2bf1680312846ef05fe6f8a6134d72e39e12aeb47b90611d9c90869086906143e6565b60405180910390a250610c88611f24565b5f611db6611f4e565b905090565b5f8115611df6575f82815260066020908152604080832073ffffffffffffffffffffffffffffffffffffffff871684529091529020546109e4565b505073ffffffffffffffffffffffffffffffffffffffff165f908152600560205260409020546bffffffffffffffffffffffff1690565b611e35613a64565b610e8c60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613abd565b5f608084901c67ffffffffffffffff1680831015611e84576001915050611f1d565b5f611e8f8285614253565b90506040811015611eb757611ea58160c06143d3565b86901c60011660011492505050611f1d565b6f8000000000000000000000000000000086165f03611eda575f92505050611f1d565b50505073ffffffffffffffffffffffffffffffffffffffff82165f908152600760209081526040808320600885901c845290915290205460ff82161c6001908116145b9392505050565b610e8c5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611e5c565b5f3073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016148015611fb357507f000000000000000000000000000000000000000000000000000000000000000046145b15611fdd57507f000000000000000000000000000000000000000000000000000000000000000090565b611db6604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0d7a32bbe7346d34132728034559d6c2cdbdc8ce51cc9a52a322f5bbcd58ebe2918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b805f036120bd576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff821661210a576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff82165f908152600560205260408120805483929061213e9084906143d3565b90915550506040518181525f9073ffffffffffffffffffffffffffffffffffffffff8416907f73a19dd210f1a7f902193214c0ee91dd35ee5b4d920cba8d519eca65a7b488ca9060200160405180910390a36040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906370a0823190602401602060405180830381865afa15801561221a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061223e9190614431565b905061228273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016853085613ac4565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906370a0823190602401602060405180830381865afa15801561230c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123309190614431565b905061233c83836143d3565b81146123965781811161234f575f612359565b6123598282614253565b6040517fb6a9b654000000000000000000000000000000000000000000000000000000008152600481019190915260248101849052604401610eee565b6bffffffffffffffffffffffff811115610e74576040517f84acb77b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5473ffffffffffffffffffffffffffffffffffffffff163314610e8c576040517f118cdaa7000000000000000000000000000000000000000000000000000000008152336004820152602401610eee565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610d9581613b26565b73ffffffffffffffffffffffffffffffffffffffff83165f9081526009602090815260408083208584529091528120549077ffffffffffffffffffffffffffffffffffffffffffffffff8216908190036124e5576040517f9121b84f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60c082901c42811115612530576040517fb438744800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610eee565b73ffffffffffffffffffffffffffffffffffffffff86165f908152600960209081526040808320888452909152812081905561256c8787611dbb565b90505f81841061257c578161257e565b835b9050866125c45773ffffffffffffffffffffffffffffffffffffffff88165f90815260056020526040812080548392906125b9908490614253565b909155506125fe9050565b6125ce8183614253565b5f88815260066020908152604080832073ffffffffffffffffffffffffffffffffffffffff8d1684529091529020555b8381101561265b578673ffffffffffffffffffffffffffffffffffffffff89167f609802616efe88a6b73a266ced98c5dfd07c25e64549e620527605107ea30e816126498488614253565b60405190815260200160405180910390a35b805f0361266c575050505050505050565b868873ffffffffffffffffffffffffffffffffffffffff167f37ce46bc94895501203dc6abbf2b2e0d502e856e3cd90186faaba6dab7d316bb836040516126b591815260200190565b60405180910390a3866127085761270373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168783613b9a565b6127c6565b6040517ff242432a00000000000000000000000000000000000000000000000000000000815230600482015273ffffffffffffffffffffffffffffffffffffffff8781166024830152604482018990526064820183905260a060848301525f60a48301527f0000000000000000000000000000000000000000000000000000000000000000169063f242432a9060c4015f604051808303815f87803b1580156127af575f5ffd5b505af11580156127c1573d5f5f3e3d5ffd5b505050505b5050505050505050565b5f5f6127da611f4e565b90505f7f87beb5dc43733b09b9408bc629aa7e77c2b55e1578d439cf88e966afeaf75ec890505f60045f9054906101000a900473ffffffffffffffffffffffffffffffffffffffff16905060809350610540840160c08a028101606060018c0102810160608c028101601f19601f8d011680608083010160405260c08e0236863780366080840137508a5f8901528c60208901528960408901528860608901528d60808901528660a08901528360c08901528260e08901528261010089015281610120890152816101408901525f6101808901525f6101a08901528061046089015250505050600561048085015260066104a085015260076104c085015260086104e08501528161050085015280610520850152621e84806102408501525050509695505050505050565b61346b565b5f815c61010051808260801c14600181146129485785519350606084018652845485855280602086015280604086015250838260801b17855d61295e565b6fffffffffffffffffffffffffffffffff831693505b50505092915050565b610540515f828152602091825260408082208583529092529081206109e4565b5f67ffffffffffffffff8260801c16808510156129a8576001915050611f1d565b840360408110156129c35760c00182901c6001169050611f1d565b506f80000000000000000000000000000000821615611f1d5760016129eb8560081c85612967565b5460ff86161c1690509392505050565b5f8260081c60ff8416612a0e8285612967565b54811c925060c0811115612a3557612a296001830185612967565b5481610100031b831792505b505067ffffffffffffffff1692915050565b805f5b60018260c01c16600482101615612af3578160c01c5f5b6001821615612a7657600191821c9101612a61565b8067ffffffffffffffff8560801c1601905067ffffffffffffffff811115612aa0575050506109e7565b6f80000000000000000000000000000000841615612ac757612ac281876129fb565b821791505b8160c01b8160801b6fffffffffffffffffffffffffffffffff8616171793505050600181019050612a4a565b5092915050565b80608081901c67ffffffffffffffff1680851015612b185750611f1d565b84036040811015612b4d5760018160c0011b8217915060018260c01c1615612b4757612b448483612a47565b91505b50611f1d565b50612b5b8460081c84612967565b8054600160ff87161b1790556f80000000000000000000000000000000179392505050565b5f60988301357f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0811115612bb45750611f1d565b60405183815260b88501355f1a6020820152607885013560408201528160608201525f5f5260205f60808360015afa9150505f518581148115151660203d14831616925050509392505050565b5f607882013560e01c607c83013560e01c60e05181830111612cb4576040517f1626ba7e00000000000000000000000000000000000000000000000000000000815286600482015260406024820152816044820152818360c0510160648301375f82606483010152601f19601f8301166064015f5f5260205f82848a62030d40fa9150507f1626ba7e000000000000000000000000000000000000000000000000000000005f5114601f3d111681169350505b50509392505050565b5f61038082356046840135600285013560601c603686013560801c601687013560801c602688013560801c610580518752836020880152816040880152855f1a60608801528060808801528260a08801528460f01c60c088015267ffffffffffffffff8560b01c1660e088015267ffffffffffffffff8560701c1661010088015260588901356101208801528560011a61014088015260018660011a116001875f1a11178215851517811790506effffffffffffffffffffffffffffff84831711841583151717811790508015612d9f576002985050505050505050506109e7565b50505067ffffffffffffffff8360b01c16804210158115151615612dcc57600496505050505050506109e7565b50601687013560801c610e1063ffffffff8260101c160280611c204201101581151560ff8460301c1615161615612e0d5760109750505050505050506109e7565b505061016085207f190100000000000000000000000000000000000000000000000000000000000086526101205160028701526022860152604290942060208801819052610100519490805c869003612e6f57600696505050505050506109e7565b85815d612e96610160612e9161050051865f9081526020919091526040902090565b61290a565b95505f6040870151612eb667ffffffffffffffff8760701c168683612987565b15612ecc576005985050505050505050506109e7565b637fffffff8160601c1615612f35576fffffffffffffffffffffffffffffffff612f19612f0861056051885f9081526020919091526040902090565b5f8681526020919091526040902090565b54169150838210612f35576005985050505050505050506109e7565b508560011a60018114612f6757612f4d858b85612b80565b612f62576003985050505050505050506109e7565b612fd3565b6102c051955062030d40861015612f8957600f985050505050505050506109e7565b5a9350612f9783868c612c01565b5a8503945086851060018114612fb1575f6102c052612fb9565b8588036102c0525b5080612fd157600399505050505050505050506109e7565b505b50612ff7612f086105205160168c013560801c5f9081526020919091526040902090565b95508060408b01528060608b0152505050505081608086015261301c6101a08261290a565b60a0860152505092915050565b5f825160ff810361306957613055605084013560c01c600285013560601c604060808801510151612987565b156130635760058452600591505b506109e7565b80156130765790506109e7565b506130818383612cbd565b905080801561309257818452612af3565b5060ff9092525090565b5f5f601686013560801c601686013560801c146130bc576007915061321b565b84355f1a86355f1a81036130d457600892505061321b565b602687013560801c602687013560801c825f81146130fe57828211156130f957600995505b61310b565b8282101561310b57600995505b5050831561311a57505061321b565b61026051604688013560f01c81116103e88211171561314357600c94506001935050505061321b565b6102805160468a013560f01c81116103e88211171561316d57600c9550600294505050505061321b565b6102405160368a013560801c8160408a015101111561319857600b965060019550505050505061321b565b60368b013560801c8160408b01510111156131bf57600b965060029550505050505061321b565b9092026102a0819052612710928102839004929102048280156131fb57876102e052866103005282610320528161034052600261036052613216565b866102e0528761030052816103205282610340526001610360525b505050505b94509492505050565b5f5f610240516102a0516102e0516103005161032051830160808301516040810151826bffffffffffffffffffffffff8216101561327157600d9850610360519750505050505050509091565b60a084015160408101518881101561329d57600e9a506103605160030399505050505050505050509091565b939091036040928301529186900391810191909152610340516080929092015181018051948390039094019093526101e0516103205190840180519190920101905260a0015101805190910190529091565b61024051604082015101806040830152603683013560801c8103610bd957604060808301510161332f605085013560c01c600286013560601c8351612afa565b9052505050565b5f5f5f5f5f5f8660f01c61ffff8860e01c1660a05180821015818410151715613369576001985050505050505050915091565b506fffffffffffffffffffffffffffffffff8960601c168061339557600a985050505050505050915091565b6102405261ffff60508a901c81166102605260408a901c16610280526101405160805160c0848102830198508302909101955060b99283028101945091020190506133e08483613029565b955085156133f5576001945050505050915091565b6133ff8382613029565b95508515613414576002945050505050915091565b6134208183858761309c565b9550955085156134335750505050915091565b61343b613224565b95509550851561344e5750505050915091565b61345882856132ef565b61346281846132ef565b50505050915091565b61349260e08401612e916104808601516105208701515f9081526020919091526040902090565b6101608401526080610460840151015f5f5b838110156134e5576134b68535613336565b8180156134cc57828260061b17848701536134d3565b6001850194505b505050601894909401936001016134a4565b50806101808601528083036101a08601525050505050565b602083015160c084015184516104e08601517f17eda92ba857420a6e8b9d5d155f14081111e82cbc31c2d010d9ed5f926986e9939291905f5b848110156135ef5760c081028401604081015160608201518082146135e45760b984028601600281013560601c5f528560205260405f2060205260208401515f5260405f206040608086015101603683013560801c8514600181146135c257605084013560c01c60801b86178355846135bd576c0100000000000000000000000082510182525b6135df565b84156135df575f83556c0100000000000000000000000082510382525b505050505b505050600101613536565b505050505061010084015160e08501515b808210156136295760408201516020830151811461361d57808351555b50606082019150613600565b50506101408401516101208501515b808210156136615760408201516020830151811461365557808351555b50606082019150613638565b505061046084015161018085015181526101a08501516020820152606060408201528260608201528382601f19601f86011660800183a25050505050565b8260208290036136b8576136b582840184613f2a565b90505b73ffffffffffffffffffffffffffffffffffffffff8116611f1d576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8161373c576040517f777198b500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b805f03613775576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f82815260066020908152604080832073ffffffffffffffffffffffffffffffffffffffff87168452909152812080548392906137b39084906143d3565b9091555050604051818152829073ffffffffffffffffffffffffffffffffffffffff8516907f73a19dd210f1a7f902193214c0ee91dd35ee5b4d920cba8d519eca65a7b488ca9060200160405180910390a3505050565b73ffffffffffffffffffffffffffffffffffffffff82165f908152600760209081526040808320600885901c80855292529091205460ff831690811c919060c0811115612a355761385d81610100614253565b73ffffffffffffffffffffffffffffffffffffffff86165f9081526007602052604081209061388d8560016143d3565b81526020019081526020015f2054901b83179250505067ffffffffffffffff1692915050565b5f5f5b6004811080156138cd575060c084901c6001166001145b1561398e5760c084901c5f5b816001166001036138fb5760019190911c906138f481614448565b90506138d9565b5f61391482608089901c67ffffffffffffffff166143d3565b905067ffffffffffffffff81111561393257869450505050506109e7565b6f8000000000000000000000000000000087161561395957613954868261380a565b831792505b60c083901b608082901b6fffffffffffffffffffffffffffffffff8916171796505050508061398790614448565b90506138b6565b509192915050565b5f608084901c67ffffffffffffffff16808310156139b75784915050611f1d565b5f6139c28285614253565b90506040811015613a08576139d88160c06143d3565b6001901b8617955060c086901c6001166001146139f557856139ff565b6139ff86866138b3565b92505050611f1d565b50505073ffffffffffffffffffffffffffffffffffffffff82165f908152600760209081526040808320600885901c845290915290208054600160ff84161b1790556f8000000000000000000000000000000083179392505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610e8c576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b613ad2848484846001613bf5565b613b20576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85166004820152602401610eee565b50505050565b5f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b613ba78383836001613c88565b610bd9576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602401610eee565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8781166004528616602452604485905291602083606481808c5af1925060015f51148316613c77578383151615613c6b573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f51148316613d04578383151615613cf8573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b73ffffffffffffffffffffffffffffffffffffffff81168114610d95575f5ffd5b8035613d3c81613d10565b919050565b5f5f60408385031215613d52575f5ffd5b8235613d5d81613d10565b946020939093013593505050565b5f60208284031215613d7b575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611f1d575f5ffd5b5f5f83601f840112613dba575f5ffd5b50813567ffffffffffffffff811115613dd1575f5ffd5b6020830191508360208260051b8501011115613deb575f5ffd5b9250929050565b5f5f5f60408486031215613e04575f5ffd5b8335613e0f81613d10565b9250602084013567ffffffffffffffff811115613e2a575f5ffd5b613e3686828701613daa565b9497909650939450505050565b5f610140828403128015613e55575f5ffd5b509092915050565b803567ffffffffffffffff81168114613d3c575f5ffd5b5f5f60408385031215613e85575f5ffd5b8235613e9081613d10565b9150613e9e60208401613e5d565b90509250929050565b5f60208284031215613eb7575f5ffd5b5035919050565b803560ff81168114613d3c575f5ffd5b5f5f5f5f5f60a08688031215613ee2575f5ffd5b8535945060208601359350613ef960408701613ebe565b94979396509394606081013594506080013592915050565b5f60208284031215613f21575f5ffd5b6109e482613e5d565b5f60208284031215613f3a575f5ffd5b8135611f1d81613d10565b5f5f83601f840112613f55575f5ffd5b50813567ffffffffffffffff811115613f6c575f5ffd5b602083019150836020828501011115613deb575f5ffd5b5f5f5f5f5f5f5f6080888a031215613f99575f5ffd5b613fa288613e5d565b9650602088013567ffffffffffffffff811115613fbd575f5ffd5b613fc98a828b01613f45565b909750955050604088013567ffffffffffffffff811115613fe8575f5ffd5b613ff48a828b01613f45565b909550935050606088013567ffffffffffffffff811115614013575f5ffd5b61401f8a828b01613f45565b989b979a50959850939692959293505050565b5f5f60408385031215614043575f5ffd5b50508035926020909101359150565b5f5f5f5f5f5f5f5f60a0898b031215614069575f5ffd5b883561407481613d10565b9750602089013561408481613d10565b9650604089013567ffffffffffffffff81111561409f575f5ffd5b6140ab8b828c01613daa565b909750955050606089013567ffffffffffffffff8111156140ca575f5ffd5b6140d68b828c01613daa565b909550935050608089013567ffffffffffffffff8111156140f5575f5ffd5b6141018b828c01613f45565b999c989b5096995094979396929594505050565b5f5f60408385031215614126575f5ffd5b82359150602083013561413881613d10565b809150509250929050565b5f5f5f5f5f5f60a08789031215614158575f5ffd5b863561416381613d10565b9550602087013561417381613d10565b94506040870135935060608701359250608087013567ffffffffffffffff81111561419c575f5ffd5b6141a889828a01613f45565b979a9699509497509295939492505050565b5f5f602083850312156141cb575f5ffd5b823567ffffffffffffffff8111156141e1575f5ffd5b6141ed85828601613daa565b90969095509350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818103818111156109e7576109e7614226565b803561ffff81168114613d3c575f5ffd5b82815261016081016142a96020830161428f85613d31565b73ffffffffffffffffffffffffffffffffffffffff169052565b60208301356040838101919091526142c2908401613ebe565b60ff8116606084015250606083013560808381019190915283013560a0808401919091526142f1908401614266565b61ffff811660c08401525061430860c08401613e5d565b67ffffffffffffffff811660e08401525061432560e08401613e5d565b67ffffffffffffffff81166101008401525061010083013561012083810191909152614352908401613ebe565b60ff8116610140840152509392505050565b67ffffffffffffffff81811683821601908111156109e7576109e7614226565b5f826143b7577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b80820281158282048414176109e7576109e7614226565b808201808211156109e7576109e7614226565b602080825281018290525f8360408301825b858110156144275767ffffffffffffffff61441284613e5d565b168252602092830192909101906001016143f8565b5095945050505050565b5f60208284031215614441575f5ffd5b5051919050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361447857614478614226565b506001019056",
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

// PackMAXSLIDESTEPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44ab2869.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SLIDE_STEPS() view returns(uint256)
func (exchange *Exchange) PackMAXSLIDESTEPS() []byte {
	enc, err := exchange.abi.Pack("MAX_SLIDE_STEPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSLIDESTEPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44ab2869.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SLIDE_STEPS() view returns(uint256)
func (exchange *Exchange) TryPackMAXSLIDESTEPS() ([]byte, error) {
	return exchange.abi.Pack("MAX_SLIDE_STEPS")
}

// UnpackMAXSLIDESTEPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x44ab2869.
//
// Solidity: function MAX_SLIDE_STEPS() view returns(uint256)
func (exchange *Exchange) UnpackMAXSLIDESTEPS(data []byte) (*big.Int, error) {
	out, err := exchange.abi.Unpack("MAX_SLIDE_STEPS", data)
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

// PackSTABLECOIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93a39776.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STABLECOIN() view returns(address)
func (exchange *Exchange) PackSTABLECOIN() []byte {
	enc, err := exchange.abi.Pack("STABLECOIN")
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
func (exchange *Exchange) TryPackSTABLECOIN() ([]byte, error) {
	return exchange.abi.Pack("STABLECOIN")
}

// UnpackSTABLECOIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93a39776.
//
// Solidity: function STABLECOIN() view returns(address)
func (exchange *Exchange) UnpackSTABLECOIN(data []byte) (common.Address, error) {
	out, err := exchange.abi.Unpack("STABLECOIN", data)
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
func (exchange *Exchange) PackTOKEN() []byte {
	enc, err := exchange.abi.Pack("TOKEN")
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
func (exchange *Exchange) TryPackTOKEN() ([]byte, error) {
	return exchange.abi.Pack("TOKEN")
}

// UnpackTOKEN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82bfefc8.
//
// Solidity: function TOKEN() view returns(address)
func (exchange *Exchange) UnpackTOKEN(data []byte) (common.Address, error) {
	out, err := exchange.abi.Unpack("TOKEN", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTRADINGCLOSELEAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x706b8952.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TRADING_CLOSE_LEAD() view returns(uint256)
func (exchange *Exchange) PackTRADINGCLOSELEAD() []byte {
	enc, err := exchange.abi.Pack("TRADING_CLOSE_LEAD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTRADINGCLOSELEAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x706b8952.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TRADING_CLOSE_LEAD() view returns(uint256)
func (exchange *Exchange) TryPackTRADINGCLOSELEAD() ([]byte, error) {
	return exchange.abi.Pack("TRADING_CLOSE_LEAD")
}

// UnpackTRADINGCLOSELEAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x706b8952.
//
// Solidity: function TRADING_CLOSE_LEAD() view returns(uint256)
func (exchange *Exchange) UnpackTRADINGCLOSELEAD(data []byte) (*big.Int, error) {
	out, err := exchange.abi.Unpack("TRADING_CLOSE_LEAD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWALLETGASBUDGET is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77f82fb2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WALLET_GAS_BUDGET() view returns(uint256)
func (exchange *Exchange) PackWALLETGASBUDGET() []byte {
	enc, err := exchange.abi.Pack("WALLET_GAS_BUDGET")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWALLETGASBUDGET is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77f82fb2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WALLET_GAS_BUDGET() view returns(uint256)
func (exchange *Exchange) TryPackWALLETGASBUDGET() ([]byte, error) {
	return exchange.abi.Pack("WALLET_GAS_BUDGET")
}

// UnpackWALLETGASBUDGET is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77f82fb2.
//
// Solidity: function WALLET_GAS_BUDGET() view returns(uint256)
func (exchange *Exchange) UnpackWALLETGASBUDGET(data []byte) (*big.Int, error) {
	out, err := exchange.abi.Unpack("WALLET_GAS_BUDGET", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackExecuteWithdrawalTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbaa7767.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeWithdrawalTo(uint256 asset, address recipient) returns()
func (exchange *Exchange) PackExecuteWithdrawalTo(asset *big.Int, recipient common.Address) []byte {
	enc, err := exchange.abi.Pack("executeWithdrawalTo", asset, recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteWithdrawalTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbaa7767.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeWithdrawalTo(uint256 asset, address recipient) returns()
func (exchange *Exchange) TryPackExecuteWithdrawalTo(asset *big.Int, recipient common.Address) ([]byte, error) {
	return exchange.abi.Pack("executeWithdrawalTo", asset, recipient)
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

// PackSlideNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe07dfda9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slideNonces(address account) returns()
func (exchange *Exchange) PackSlideNonces(account common.Address) []byte {
	enc, err := exchange.abi.Pack("slideNonces", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlideNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe07dfda9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slideNonces(address account) returns()
func (exchange *Exchange) TryPackSlideNonces(account common.Address) ([]byte, error) {
	return exchange.abi.Pack("slideNonces", account)
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
	if bytes.Equal(raw[:4], exchange.abi.Errors["TransferAmountMismatch"].ID.Bytes()[:4]) {
		return exchange.UnpackTransferAmountMismatchError(raw[4:])
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

// ExchangeTransferAmountMismatch represents a TransferAmountMismatch error raised by the Exchange contract.
type ExchangeTransferAmountMismatch struct {
	Received *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferAmountMismatch(uint256 received, uint256 expected)
func ExchangeTransferAmountMismatchErrorID() common.Hash {
	return common.HexToHash("0xb6a9b654dee4927456f6162146bc13897422fded910bff5982bab9b0139eaa6c")
}

// UnpackTransferAmountMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferAmountMismatch(uint256 received, uint256 expected)
func (exchange *Exchange) UnpackTransferAmountMismatchError(raw []byte) (*ExchangeTransferAmountMismatch, error) {
	out := new(ExchangeTransferAmountMismatch)
	if err := exchange.abi.UnpackIntoInterface(out, "TransferAmountMismatch", raw); err != nil {
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

// FakeGPUHourTokenMetaData contains all meta data concerning the FakeGPUHourToken contract.
var FakeGPUHourTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC1155InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idsLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"valuesLength\",\"type\":\"uint256\"}],\"name\":\"ERC1155InvalidArrayLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC1155MissingApprovalForAll\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"}],\"name\":\"TransferBatch\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"TransferSingle\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"value\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"URI\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"balanceOfBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeBatchTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"uri\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "248d5ae3dc34a828282949e9d263695a01",
	Bin: "0x608060405234801561000f575f5ffd5b5060408051602081019091525f81526100278161002d565b5061019e565b600261003982826100e0565b5050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061006557607f821691505b60208210810361008357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156100db57828211156100db57805f5260205f20601f840160051c60208510156100b457505f5b90810190601f840160051c035f5b818110156100d7575f838201556001016100c2565b5050505b505050565b81516001600160401b038111156100f9576100f961003d565b61010d816101078454610051565b84610089565b6020601f82116001811461013f575f83156101285750848201515b5f19600385901b1c1916600184901b178455610197565b5f84815260208120601f198516915b8281101561016e578785015182556020948501946001909201910161014e565b508482101561018b57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b611731806101ab5f395ff3fe608060405234801561000f575f5ffd5b506004361061009e575f3560e01c80634e1273f411610072578063a22cb46511610058578063a22cb46514610153578063e985e9c514610166578063f242432a146101ae575f5ffd5b80634e1273f414610120578063731133e914610140575f5ffd5b8062fdd58e146100a257806301ffc9a7146100c85780630e89341c146100eb5780632eb2c2d61461010b575b5f5ffd5b6100b56100b0366004610fca565b6101c1565b6040519081526020015b60405180910390f35b6100db6100d6366004611022565b6101f5565b60405190151581526020016100bf565b6100fe6100f9366004611044565b6102d7565b6040516100bf91906110a7565b61011e61011936600461124c565b610369565b005b61013361012e3660046112fb565b610388565b6040516100bf91906113f8565b61011e61014e36600461140a565b610471565b61011e610161366004611498565b6104b2565b6100db6101743660046114d1565b73ffffffffffffffffffffffffffffffffffffffff9182165f90815260016020908152604080832093909416825291909152205460ff1690565b61011e6101bc366004611502565b6104c1565b5f8181526020818152604080832073ffffffffffffffffffffffffffffffffffffffff861684529091529020545b92915050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167fd9b67a2600000000000000000000000000000000000000000000000000000000148061028757507fffffffff0000000000000000000000000000000000000000000000000000000082167f0e89341c00000000000000000000000000000000000000000000000000000000145b806101ef57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316146101ef565b6060600280546102e690611556565b80601f016020809104026020016040519081016040528092919081815260200182805461031290611556565b801561035d5780601f106103345761010080835404028352916020019161035d565b820191905f5260205f20905b81548152906001019060200180831161034057829003601f168201915b50505050509050919050565b610374335b866104d7565b610381858585858561059c565b5050505050565b606081518351146103d757815183516040517f5b059991000000000000000000000000000000000000000000000000000000008152600481019290925260248201526044015b60405180910390fd5b5f835167ffffffffffffffff8111156103f2576103f26110b9565b60405190808252806020026020018201604052801561041b578160200160208202803683370190505b5090505f5b845181101561046957602080820286010151610444906020808402870101516101c1565b828281518110610456576104566115a7565b6020908102919091010152600101610420565b509392505050565b61038185858585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061064992505050565b6104bd3383836106d3565b5050565b6104ca3361036e565b6103818585858585610808565b8173ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614158015610545575073ffffffffffffffffffffffffffffffffffffffff8082165f9081526001602090815260408083209386168352929052205460ff16155b156104bd576040517fe237d92200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8084166004830152821660248201526044016103ce565b73ffffffffffffffffffffffffffffffffffffffff84166105eb576040517f57f447ce0000000000000000000000000000000000000000000000000000000081525f60048201526024016103ce565b73ffffffffffffffffffffffffffffffffffffffff851661063a576040517f01a835140000000000000000000000000000000000000000000000000000000081525f60048201526024016103ce565b610381858585858560016108e2565b73ffffffffffffffffffffffffffffffffffffffff8416610698576040517f57f447ce0000000000000000000000000000000000000000000000000000000081525f60048201526024016103ce565b604080516001808252602082018690528183019081526060820185905260808201909252906106cb5f87848487846108e2565b505050505050565b73ffffffffffffffffffffffffffffffffffffffff8316610722576040517f3e31884e0000000000000000000000000000000000000000000000000000000081525f60048201526024016103ce565b73ffffffffffffffffffffffffffffffffffffffff8216610771576040517fced3e1000000000000000000000000000000000000000000000000000000000081525f60048201526024016103ce565b73ffffffffffffffffffffffffffffffffffffffff8381165f8181526001602090815260408083209487168084529482529182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b73ffffffffffffffffffffffffffffffffffffffff8416610857576040517f57f447ce0000000000000000000000000000000000000000000000000000000081525f60048201526024016103ce565b73ffffffffffffffffffffffffffffffffffffffff85166108a6576040517f01a835140000000000000000000000000000000000000000000000000000000081525f60048201526024016103ce565b604080516001808252602082018690528183019081526060820185905260808201909252906108d987878484875f6108e2565b50505050505050565b6108ee86868686610947565b73ffffffffffffffffffffffffffffffffffffffff8516156106cb573381156109245761091f818888888888610c24565b6108d9565b6020858101519085015161093c838a8a85858a610e13565b505050505050505050565b805182511461098f57815181516040517f5b059991000000000000000000000000000000000000000000000000000000008152600481019290925260248201526044016103ce565b335f5b8351811015610af85760208181028581018201519085019091015173ffffffffffffffffffffffffffffffffffffffff881615610a90575f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8c16845290915290205481811015610a5d576040517f03dee4c500000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8a1660048201526024810182905260448101839052606481018490526084016103ce565b5f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8d16845290915290209082900390555b73ffffffffffffffffffffffffffffffffffffffff871615610aee575f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8b16845290915281208054839290610ae89084906115d4565b90915550505b5050600101610992565b508251600103610b9f5760208301515f9060208401519091508573ffffffffffffffffffffffffffffffffffffffff168773ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff167fc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f628585604051610b90929190918252602082015260400190565b60405180910390a45050610381565b8373ffffffffffffffffffffffffffffffffffffffff168573ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff167f4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb8686604051610c1592919061160c565b60405180910390a45050505050565b73ffffffffffffffffffffffffffffffffffffffff84163b156106cb576040517fbc197c8100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85169063bc197c8190610c9b9089908990889088908890600401611639565b6020604051808303815f875af1925050508015610cf3575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0168201909252610cf0918101906116b5565b60015b610d80573d808015610d20576040519150601f19603f3d011682016040523d82523d5f602084013e610d25565b606091505b5080515f03610d78576040517f57f447ce00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff861660048201526024016103ce565b805160208201fd5b7fffffffff0000000000000000000000000000000000000000000000000000000081167fbc197c8100000000000000000000000000000000000000000000000000000000146108d9576040517f57f447ce00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff861660048201526024016103ce565b73ffffffffffffffffffffffffffffffffffffffff84163b156106cb576040517ff23a6e6100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85169063f23a6e6190610e8a90899089908890889088906004016116d0565b6020604051808303815f875af1925050508015610ee2575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0168201909252610edf918101906116b5565b60015b610f0f573d808015610d20576040519150601f19603f3d011682016040523d82523d5f602084013e610d25565b7fffffffff0000000000000000000000000000000000000000000000000000000081167ff23a6e6100000000000000000000000000000000000000000000000000000000146108d9576040517f57f447ce00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff861660048201526024016103ce565b803573ffffffffffffffffffffffffffffffffffffffff81168114610fc5575f5ffd5b919050565b5f5f60408385031215610fdb575f5ffd5b610fe483610fa2565b946020939093013593505050565b7fffffffff000000000000000000000000000000000000000000000000000000008116811461101f575f5ffd5b50565b5f60208284031215611032575f5ffd5b813561103d81610ff2565b9392505050565b5f60208284031215611054575f5ffd5b5035919050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f61103d602083018461105b565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff8111828210171561112d5761112d6110b9565b604052919050565b5f67ffffffffffffffff82111561114e5761114e6110b9565b5060051b60200190565b5f82601f830112611167575f5ffd5b813561117a61117582611135565b6110e6565b8082825260208201915060208360051b86010192508583111561119b575f5ffd5b602085015b838110156111b85780358352602092830192016111a0565b5095945050505050565b5f82601f8301126111d1575f5ffd5b813567ffffffffffffffff8111156111eb576111eb6110b9565b61121c60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116016110e6565b818152846020838601011115611230575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f5f60a08688031215611260575f5ffd5b61126986610fa2565b945061127760208701610fa2565b9350604086013567ffffffffffffffff811115611292575f5ffd5b61129e88828901611158565b935050606086013567ffffffffffffffff8111156112ba575f5ffd5b6112c688828901611158565b925050608086013567ffffffffffffffff8111156112e2575f5ffd5b6112ee888289016111c2565b9150509295509295909350565b5f5f6040838503121561130c575f5ffd5b823567ffffffffffffffff811115611322575f5ffd5b8301601f81018513611332575f5ffd5b803561134061117582611135565b8082825260208201915060208360051b850101925087831115611361575f5ffd5b6020840193505b8284101561138a5761137984610fa2565b825260209384019390910190611368565b9450505050602083013567ffffffffffffffff8111156113a8575f5ffd5b6113b485828601611158565b9150509250929050565b5f8151808452602084019350602083015f5b828110156113ee5781518652602095860195909101906001016113d0565b5093949350505050565b602081525f61103d60208301846113be565b5f5f5f5f5f6080868803121561141e575f5ffd5b61142786610fa2565b94506020860135935060408601359250606086013567ffffffffffffffff811115611450575f5ffd5b8601601f81018813611460575f5ffd5b803567ffffffffffffffff811115611476575f5ffd5b886020828401011115611487575f5ffd5b959894975092955050506020019190565b5f5f604083850312156114a9575f5ffd5b6114b283610fa2565b9150602083013580151581146114c6575f5ffd5b809150509250929050565b5f5f604083850312156114e2575f5ffd5b6114eb83610fa2565b91506114f960208401610fa2565b90509250929050565b5f5f5f5f5f60a08688031215611516575f5ffd5b61151f86610fa2565b945061152d60208701610fa2565b93506040860135925060608601359150608086013567ffffffffffffffff8111156112e2575f5ffd5b600181811c9082168061156a57607f821691505b6020821081036115a1577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b808201808211156101ef577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b604081525f61161e60408301856113be565b828103602084015261163081856113be565b95945050505050565b73ffffffffffffffffffffffffffffffffffffffff8616815273ffffffffffffffffffffffffffffffffffffffff8516602082015260a060408201525f61168360a08301866113be565b828103606084015261169581866113be565b905082810360808401526116a9818561105b565b98975050505050505050565b5f602082840312156116c5575f5ffd5b815161103d81610ff2565b73ffffffffffffffffffffffffffffffffffffffff8616815273ffffffffffffffffffffffffffffffffffffffff8516602082015283604082015282606082015260a060808201525f61172660a083018461105b565b97965050505050505056",
}

// FakeGPUHourToken is an auto generated Go binding around an Ethereum contract.
type FakeGPUHourToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FakeGPUHourToken) GetABI() abi.ABI {
	return c.abi
}

// NewFakeGPUHourToken creates a new instance of FakeGPUHourToken.
func NewFakeGPUHourToken() *FakeGPUHourToken {
	parsed, err := FakeGPUHourTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FakeGPUHourToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FakeGPUHourToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fdd58e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (fakeGPUHourToken *FakeGPUHourToken) PackBalanceOf(account common.Address, id *big.Int) []byte {
	enc, err := fakeGPUHourToken.abi.Pack("balanceOf", account, id)
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
func (fakeGPUHourToken *FakeGPUHourToken) TryPackBalanceOf(account common.Address, id *big.Int) ([]byte, error) {
	return fakeGPUHourToken.abi.Pack("balanceOf", account, id)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00fdd58e.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (fakeGPUHourToken *FakeGPUHourToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := fakeGPUHourToken.abi.Unpack("balanceOf", data)
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
func (fakeGPUHourToken *FakeGPUHourToken) PackBalanceOfBatch(accounts []common.Address, ids []*big.Int) []byte {
	enc, err := fakeGPUHourToken.abi.Pack("balanceOfBatch", accounts, ids)
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
func (fakeGPUHourToken *FakeGPUHourToken) TryPackBalanceOfBatch(accounts []common.Address, ids []*big.Int) ([]byte, error) {
	return fakeGPUHourToken.abi.Pack("balanceOfBatch", accounts, ids)
}

// UnpackBalanceOfBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e1273f4.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (fakeGPUHourToken *FakeGPUHourToken) UnpackBalanceOfBatch(data []byte) ([]*big.Int, error) {
	out, err := fakeGPUHourToken.abi.Unpack("balanceOfBatch", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (fakeGPUHourToken *FakeGPUHourToken) PackIsApprovedForAll(account common.Address, operator common.Address) []byte {
	enc, err := fakeGPUHourToken.abi.Pack("isApprovedForAll", account, operator)
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
func (fakeGPUHourToken *FakeGPUHourToken) TryPackIsApprovedForAll(account common.Address, operator common.Address) ([]byte, error) {
	return fakeGPUHourToken.abi.Pack("isApprovedForAll", account, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (fakeGPUHourToken *FakeGPUHourToken) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := fakeGPUHourToken.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x731133e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 id, uint256 amount, bytes data) returns()
func (fakeGPUHourToken *FakeGPUHourToken) PackMint(to common.Address, id *big.Int, amount *big.Int, data []byte) []byte {
	enc, err := fakeGPUHourToken.abi.Pack("mint", to, id, amount, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x731133e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 id, uint256 amount, bytes data) returns()
func (fakeGPUHourToken *FakeGPUHourToken) TryPackMint(to common.Address, id *big.Int, amount *big.Int, data []byte) ([]byte, error) {
	return fakeGPUHourToken.abi.Pack("mint", to, id, amount, data)
}

// PackSafeBatchTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2eb2c2d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeBatchTransferFrom(address from, address to, uint256[] ids, uint256[] values, bytes data) returns()
func (fakeGPUHourToken *FakeGPUHourToken) PackSafeBatchTransferFrom(from common.Address, to common.Address, ids []*big.Int, values []*big.Int, data []byte) []byte {
	enc, err := fakeGPUHourToken.abi.Pack("safeBatchTransferFrom", from, to, ids, values, data)
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
func (fakeGPUHourToken *FakeGPUHourToken) TryPackSafeBatchTransferFrom(from common.Address, to common.Address, ids []*big.Int, values []*big.Int, data []byte) ([]byte, error) {
	return fakeGPUHourToken.abi.Pack("safeBatchTransferFrom", from, to, ids, values, data)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf242432a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 id, uint256 value, bytes data) returns()
func (fakeGPUHourToken *FakeGPUHourToken) PackSafeTransferFrom(from common.Address, to common.Address, id *big.Int, value *big.Int, data []byte) []byte {
	enc, err := fakeGPUHourToken.abi.Pack("safeTransferFrom", from, to, id, value, data)
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
func (fakeGPUHourToken *FakeGPUHourToken) TryPackSafeTransferFrom(from common.Address, to common.Address, id *big.Int, value *big.Int, data []byte) ([]byte, error) {
	return fakeGPUHourToken.abi.Pack("safeTransferFrom", from, to, id, value, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (fakeGPUHourToken *FakeGPUHourToken) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := fakeGPUHourToken.abi.Pack("setApprovalForAll", operator, approved)
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
func (fakeGPUHourToken *FakeGPUHourToken) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return fakeGPUHourToken.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (fakeGPUHourToken *FakeGPUHourToken) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := fakeGPUHourToken.abi.Pack("supportsInterface", interfaceId)
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
func (fakeGPUHourToken *FakeGPUHourToken) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return fakeGPUHourToken.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (fakeGPUHourToken *FakeGPUHourToken) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := fakeGPUHourToken.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uri(uint256 ) view returns(string)
func (fakeGPUHourToken *FakeGPUHourToken) PackUri(arg0 *big.Int) []byte {
	enc, err := fakeGPUHourToken.abi.Pack("uri", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uri(uint256 ) view returns(string)
func (fakeGPUHourToken *FakeGPUHourToken) TryPackUri(arg0 *big.Int) ([]byte, error) {
	return fakeGPUHourToken.abi.Pack("uri", arg0)
}

// UnpackUri is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e89341c.
//
// Solidity: function uri(uint256 ) view returns(string)
func (fakeGPUHourToken *FakeGPUHourToken) UnpackUri(data []byte) (string, error) {
	out, err := fakeGPUHourToken.abi.Unpack("uri", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// FakeGPUHourTokenApprovalForAll represents a ApprovalForAll event raised by the FakeGPUHourToken contract.
type FakeGPUHourTokenApprovalForAll struct {
	Account  common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const FakeGPUHourTokenApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (FakeGPUHourTokenApprovalForAll) ContractEventName() string {
	return FakeGPUHourTokenApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed account, address indexed operator, bool approved)
func (fakeGPUHourToken *FakeGPUHourToken) UnpackApprovalForAllEvent(log *types.Log) (*FakeGPUHourTokenApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fakeGPUHourToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FakeGPUHourTokenApprovalForAll)
	if len(log.Data) > 0 {
		if err := fakeGPUHourToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fakeGPUHourToken.abi.Events[event].Inputs {
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

// FakeGPUHourTokenTransferBatch represents a TransferBatch event raised by the FakeGPUHourToken contract.
type FakeGPUHourTokenTransferBatch struct {
	Operator common.Address
	From     common.Address
	To       common.Address
	Ids      []*big.Int
	Values   []*big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const FakeGPUHourTokenTransferBatchEventName = "TransferBatch"

// ContractEventName returns the user-defined event name.
func (FakeGPUHourTokenTransferBatch) ContractEventName() string {
	return FakeGPUHourTokenTransferBatchEventName
}

// UnpackTransferBatchEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferBatch(address indexed operator, address indexed from, address indexed to, uint256[] ids, uint256[] values)
func (fakeGPUHourToken *FakeGPUHourToken) UnpackTransferBatchEvent(log *types.Log) (*FakeGPUHourTokenTransferBatch, error) {
	event := "TransferBatch"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fakeGPUHourToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FakeGPUHourTokenTransferBatch)
	if len(log.Data) > 0 {
		if err := fakeGPUHourToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fakeGPUHourToken.abi.Events[event].Inputs {
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

// FakeGPUHourTokenTransferSingle represents a TransferSingle event raised by the FakeGPUHourToken contract.
type FakeGPUHourTokenTransferSingle struct {
	Operator common.Address
	From     common.Address
	To       common.Address
	Id       *big.Int
	Value    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const FakeGPUHourTokenTransferSingleEventName = "TransferSingle"

// ContractEventName returns the user-defined event name.
func (FakeGPUHourTokenTransferSingle) ContractEventName() string {
	return FakeGPUHourTokenTransferSingleEventName
}

// UnpackTransferSingleEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferSingle(address indexed operator, address indexed from, address indexed to, uint256 id, uint256 value)
func (fakeGPUHourToken *FakeGPUHourToken) UnpackTransferSingleEvent(log *types.Log) (*FakeGPUHourTokenTransferSingle, error) {
	event := "TransferSingle"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fakeGPUHourToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FakeGPUHourTokenTransferSingle)
	if len(log.Data) > 0 {
		if err := fakeGPUHourToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fakeGPUHourToken.abi.Events[event].Inputs {
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

// FakeGPUHourTokenURI represents a URI event raised by the FakeGPUHourToken contract.
type FakeGPUHourTokenURI struct {
	Value string
	Id    *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const FakeGPUHourTokenURIEventName = "URI"

// ContractEventName returns the user-defined event name.
func (FakeGPUHourTokenURI) ContractEventName() string {
	return FakeGPUHourTokenURIEventName
}

// UnpackURIEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event URI(string value, uint256 indexed id)
func (fakeGPUHourToken *FakeGPUHourToken) UnpackURIEvent(log *types.Log) (*FakeGPUHourTokenURI, error) {
	event := "URI"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fakeGPUHourToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FakeGPUHourTokenURI)
	if len(log.Data) > 0 {
		if err := fakeGPUHourToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fakeGPUHourToken.abi.Events[event].Inputs {
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
func (fakeGPUHourToken *FakeGPUHourToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], fakeGPUHourToken.abi.Errors["ERC1155InsufficientBalance"].ID.Bytes()[:4]) {
		return fakeGPUHourToken.UnpackERC1155InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], fakeGPUHourToken.abi.Errors["ERC1155InvalidApprover"].ID.Bytes()[:4]) {
		return fakeGPUHourToken.UnpackERC1155InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], fakeGPUHourToken.abi.Errors["ERC1155InvalidArrayLength"].ID.Bytes()[:4]) {
		return fakeGPUHourToken.UnpackERC1155InvalidArrayLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], fakeGPUHourToken.abi.Errors["ERC1155InvalidOperator"].ID.Bytes()[:4]) {
		return fakeGPUHourToken.UnpackERC1155InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], fakeGPUHourToken.abi.Errors["ERC1155InvalidReceiver"].ID.Bytes()[:4]) {
		return fakeGPUHourToken.UnpackERC1155InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], fakeGPUHourToken.abi.Errors["ERC1155InvalidSender"].ID.Bytes()[:4]) {
		return fakeGPUHourToken.UnpackERC1155InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], fakeGPUHourToken.abi.Errors["ERC1155MissingApprovalForAll"].ID.Bytes()[:4]) {
		return fakeGPUHourToken.UnpackERC1155MissingApprovalForAllError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// FakeGPUHourTokenERC1155InsufficientBalance represents a ERC1155InsufficientBalance error raised by the FakeGPUHourToken contract.
type FakeGPUHourTokenERC1155InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)
func FakeGPUHourTokenERC1155InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0x03dee4c573c982787b5f3537d6323ffaca9d864448aa6bd828ada9e5d0837036")
}

// UnpackERC1155InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)
func (fakeGPUHourToken *FakeGPUHourToken) UnpackERC1155InsufficientBalanceError(raw []byte) (*FakeGPUHourTokenERC1155InsufficientBalance, error) {
	out := new(FakeGPUHourTokenERC1155InsufficientBalance)
	if err := fakeGPUHourToken.abi.UnpackIntoInterface(out, "ERC1155InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FakeGPUHourTokenERC1155InvalidApprover represents a ERC1155InvalidApprover error raised by the FakeGPUHourToken contract.
type FakeGPUHourTokenERC1155InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidApprover(address approver)
func FakeGPUHourTokenERC1155InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0x3e31884e33c33ce0039d1905e3c252950ae3b95240f36d4fff81f5ff6752ef99")
}

// UnpackERC1155InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidApprover(address approver)
func (fakeGPUHourToken *FakeGPUHourToken) UnpackERC1155InvalidApproverError(raw []byte) (*FakeGPUHourTokenERC1155InvalidApprover, error) {
	out := new(FakeGPUHourTokenERC1155InvalidApprover)
	if err := fakeGPUHourToken.abi.UnpackIntoInterface(out, "ERC1155InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FakeGPUHourTokenERC1155InvalidArrayLength represents a ERC1155InvalidArrayLength error raised by the FakeGPUHourToken contract.
type FakeGPUHourTokenERC1155InvalidArrayLength struct {
	IdsLength    *big.Int
	ValuesLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidArrayLength(uint256 idsLength, uint256 valuesLength)
func FakeGPUHourTokenERC1155InvalidArrayLengthErrorID() common.Hash {
	return common.HexToHash("0x5b0599913619cfa5633692652638ed25cafcd079c9beae8c251b12c23dcc83f2")
}

// UnpackERC1155InvalidArrayLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidArrayLength(uint256 idsLength, uint256 valuesLength)
func (fakeGPUHourToken *FakeGPUHourToken) UnpackERC1155InvalidArrayLengthError(raw []byte) (*FakeGPUHourTokenERC1155InvalidArrayLength, error) {
	out := new(FakeGPUHourTokenERC1155InvalidArrayLength)
	if err := fakeGPUHourToken.abi.UnpackIntoInterface(out, "ERC1155InvalidArrayLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FakeGPUHourTokenERC1155InvalidOperator represents a ERC1155InvalidOperator error raised by the FakeGPUHourToken contract.
type FakeGPUHourTokenERC1155InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidOperator(address operator)
func FakeGPUHourTokenERC1155InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0xced3e10010b9d2aa24827119d0db4a8feec73aea48b4b3e470d8a9f3ff723569")
}

// UnpackERC1155InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidOperator(address operator)
func (fakeGPUHourToken *FakeGPUHourToken) UnpackERC1155InvalidOperatorError(raw []byte) (*FakeGPUHourTokenERC1155InvalidOperator, error) {
	out := new(FakeGPUHourTokenERC1155InvalidOperator)
	if err := fakeGPUHourToken.abi.UnpackIntoInterface(out, "ERC1155InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FakeGPUHourTokenERC1155InvalidReceiver represents a ERC1155InvalidReceiver error raised by the FakeGPUHourToken contract.
type FakeGPUHourTokenERC1155InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidReceiver(address receiver)
func FakeGPUHourTokenERC1155InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x57f447ceed621d9e134e26de5772c88799abb7322ce2a87f95dce247d47105c6")
}

// UnpackERC1155InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidReceiver(address receiver)
func (fakeGPUHourToken *FakeGPUHourToken) UnpackERC1155InvalidReceiverError(raw []byte) (*FakeGPUHourTokenERC1155InvalidReceiver, error) {
	out := new(FakeGPUHourTokenERC1155InvalidReceiver)
	if err := fakeGPUHourToken.abi.UnpackIntoInterface(out, "ERC1155InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FakeGPUHourTokenERC1155InvalidSender represents a ERC1155InvalidSender error raised by the FakeGPUHourToken contract.
type FakeGPUHourTokenERC1155InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidSender(address sender)
func FakeGPUHourTokenERC1155InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x01a83514e94b34009110b75cac6742ba33bd7c62f18a3616bafea52855d3b175")
}

// UnpackERC1155InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidSender(address sender)
func (fakeGPUHourToken *FakeGPUHourToken) UnpackERC1155InvalidSenderError(raw []byte) (*FakeGPUHourTokenERC1155InvalidSender, error) {
	out := new(FakeGPUHourTokenERC1155InvalidSender)
	if err := fakeGPUHourToken.abi.UnpackIntoInterface(out, "ERC1155InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FakeGPUHourTokenERC1155MissingApprovalForAll represents a ERC1155MissingApprovalForAll error raised by the FakeGPUHourToken contract.
type FakeGPUHourTokenERC1155MissingApprovalForAll struct {
	Operator common.Address
	Owner    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155MissingApprovalForAll(address operator, address owner)
func FakeGPUHourTokenERC1155MissingApprovalForAllErrorID() common.Hash {
	return common.HexToHash("0xe237d922be9fac42efeaaaffb42cc6b57e0ff95d94a1b74daeff69adc7657754")
}

// UnpackERC1155MissingApprovalForAllError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155MissingApprovalForAll(address operator, address owner)
func (fakeGPUHourToken *FakeGPUHourToken) UnpackERC1155MissingApprovalForAllError(raw []byte) (*FakeGPUHourTokenERC1155MissingApprovalForAll, error) {
	out := new(FakeGPUHourTokenERC1155MissingApprovalForAll)
	if err := fakeGPUHourToken.abi.UnpackIntoInterface(out, "ERC1155MissingApprovalForAll", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferCoinMetaData contains all meta data concerning the FeeOnTransferCoin contract.
var FeeOnTransferCoinMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"feeBps\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FEE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "a6b95556989ddaab7e40660575e59069b0",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610cbd380380610cbd83398101604081905261002e91610092565b60405180604001604052806007815260200166119959481554d160ca1b81525060405180604001604052806004815260200163199554d160e21b815250816003908161007a919061014c565b506004610087828261014c565b50505060805261020a565b5f602082840312156100a2575f5ffd5b5051919050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806100d157607f821691505b6020821081036100ef57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610147578282111561014757805f5260205f20601f840160051c602085101561012057505f5b90810190601f840160051c035f5b81811015610143575f8382015560010161012e565b5050505b505050565b81516001600160401b03811115610165576101656100a9565b6101798161017384546100bd565b846100f5565b6020601f8211600181146101ab575f83156101945750848201515b5f19600385901b1c1916600184901b178455610203565b5f84815260208120601f198516915b828110156101da57878501518255602094850194600190920191016101ba565b50848210156101f757868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b608051610a946102295f395f81816101a701526106810152610a945ff3fe608060405234801561000f575f5ffd5b50600436106100c4575f3560e01c806340c10f191161007d578063a9059cbb11610058578063a9059cbb1461018f578063bf333f2c146101a2578063dd62ed3e146101c9575f5ffd5b806340c10f191461013d57806370a082311461015257806395d89b4114610187575f5ffd5b806318160ddd116100ad57806318160ddd1461010957806323b872dd1461011b578063313ce5671461012e575f5ffd5b806306fdde03146100c8578063095ea7b3146100e6575b5f5ffd5b6100d061020e565b6040516100dd9190610873565b60405180910390f35b6100f96100f43660046108ee565b61029e565b60405190151581526020016100dd565b6002545b6040519081526020016100dd565b6100f9610129366004610916565b6102b7565b604051600681526020016100dd565b61015061014b3660046108ee565b6102da565b005b61010d610160366004610950565b73ffffffffffffffffffffffffffffffffffffffff165f9081526020819052604090205490565b6100d06102e8565b6100f961019d3660046108ee565b6102f7565b61010d7f000000000000000000000000000000000000000000000000000000000000000081565b61010d6101d7366004610970565b73ffffffffffffffffffffffffffffffffffffffff9182165f90815260016020908152604080832093909416825291909152205490565b60606003805461021d906109a1565b80601f0160208091040260200160405190810160405280929190818152602001828054610249906109a1565b80156102945780601f1061026b57610100808354040283529160200191610294565b820191905f5260205f20905b81548152906001019060200180831161027757829003601f168201915b5050505050905090565b5f336102ab818585610304565b60019150505b92915050565b5f336102c4858285610316565b6102cf8585856103e9565b506001949350505050565b6102e48282610492565b5050565b60606004805461021d906109a1565b5f336102ab8185856103e9565b61031183838360016104ec565b505050565b73ffffffffffffffffffffffffffffffffffffffff8381165f908152600160209081526040808320938616835292905220547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8110156103e357818110156103d5576040517ffb8f41b200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260248101829052604481018390526064015b60405180910390fd5b6103e384848484035f6104ec565b50505050565b73ffffffffffffffffffffffffffffffffffffffff8316610438576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f60048201526024016103cc565b73ffffffffffffffffffffffffffffffffffffffff8216610487576040517fec442f050000000000000000000000000000000000000000000000000000000081525f60048201526024016103cc565b610311838383610631565b73ffffffffffffffffffffffffffffffffffffffff82166104e1576040517fec442f050000000000000000000000000000000000000000000000000000000081525f60048201526024016103cc565b6102e45f8383610631565b73ffffffffffffffffffffffffffffffffffffffff841661053b576040517fe602df050000000000000000000000000000000000000000000000000000000081525f60048201526024016103cc565b73ffffffffffffffffffffffffffffffffffffffff831661058a576040517f94280d620000000000000000000000000000000000000000000000000000000081525f60048201526024016103cc565b73ffffffffffffffffffffffffffffffffffffffff8085165f90815260016020908152604080832093871683529290522082905580156103e3578273ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161062391815260200190565b60405180910390a350505050565b73ffffffffffffffffffffffffffffffffffffffff83161580610668575073ffffffffffffffffffffffffffffffffffffffff8216155b15610678576103118383836106cc565b5f6127106106a67f000000000000000000000000000000000000000000000000000000000000000084610a1f565b6106b09190610a36565b90506106bd845f836106cc565b6103e384846106cc8486610a6e565b73ffffffffffffffffffffffffffffffffffffffff8316610703578060025f8282546106f89190610a81565b909155506107b39050565b73ffffffffffffffffffffffffffffffffffffffff83165f9081526020819052604090205481811015610788576040517fe450d38c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260248101829052604481018390526064016103cc565b73ffffffffffffffffffffffffffffffffffffffff84165f9081526020819052604090209082900390555b73ffffffffffffffffffffffffffffffffffffffff82166107dc57600280548290039055610807565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526020819052604090208054820190555b8173ffffffffffffffffffffffffffffffffffffffff168373ffffffffffffffffffffffffffffffffffffffff167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161086691815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b803573ffffffffffffffffffffffffffffffffffffffff811681146108e9575f5ffd5b919050565b5f5f604083850312156108ff575f5ffd5b610908836108c6565b946020939093013593505050565b5f5f5f60608486031215610928575f5ffd5b610931846108c6565b925061093f602085016108c6565b929592945050506040919091013590565b5f60208284031215610960575f5ffd5b610969826108c6565b9392505050565b5f5f60408385031215610981575f5ffd5b61098a836108c6565b9150610998602084016108c6565b90509250929050565b600181811c908216806109b557607f821691505b6020821081036109ec577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820281158282048414176102b1576102b16109f2565b5f82610a69577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b818103818111156102b1576102b16109f2565b808201808211156102b1576102b16109f256",
}

// FeeOnTransferCoin is an auto generated Go binding around an Ethereum contract.
type FeeOnTransferCoin struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FeeOnTransferCoin) GetABI() abi.ABI {
	return c.abi
}

// NewFeeOnTransferCoin creates a new instance of FeeOnTransferCoin.
func NewFeeOnTransferCoin() *FeeOnTransferCoin {
	parsed, err := FeeOnTransferCoinMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FeeOnTransferCoin{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FeeOnTransferCoin) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 feeBps) returns()
func (feeOnTransferCoin *FeeOnTransferCoin) PackConstructor(feeBps *big.Int) []byte {
	enc, err := feeOnTransferCoin.abi.Pack("", feeBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf333f2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FEE_BPS() view returns(uint256)
func (feeOnTransferCoin *FeeOnTransferCoin) PackFEEBPS() []byte {
	enc, err := feeOnTransferCoin.abi.Pack("FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf333f2c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FEE_BPS() view returns(uint256)
func (feeOnTransferCoin *FeeOnTransferCoin) TryPackFEEBPS() ([]byte, error) {
	return feeOnTransferCoin.abi.Pack("FEE_BPS")
}

// UnpackFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf333f2c.
//
// Solidity: function FEE_BPS() view returns(uint256)
func (feeOnTransferCoin *FeeOnTransferCoin) UnpackFEEBPS(data []byte) (*big.Int, error) {
	out, err := feeOnTransferCoin.abi.Unpack("FEE_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (feeOnTransferCoin *FeeOnTransferCoin) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := feeOnTransferCoin.abi.Pack("allowance", owner, spender)
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
func (feeOnTransferCoin *FeeOnTransferCoin) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return feeOnTransferCoin.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (feeOnTransferCoin *FeeOnTransferCoin) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := feeOnTransferCoin.abi.Unpack("allowance", data)
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
func (feeOnTransferCoin *FeeOnTransferCoin) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := feeOnTransferCoin.abi.Pack("approve", spender, value)
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
func (feeOnTransferCoin *FeeOnTransferCoin) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return feeOnTransferCoin.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (feeOnTransferCoin *FeeOnTransferCoin) UnpackApprove(data []byte) (bool, error) {
	out, err := feeOnTransferCoin.abi.Unpack("approve", data)
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
func (feeOnTransferCoin *FeeOnTransferCoin) PackBalanceOf(account common.Address) []byte {
	enc, err := feeOnTransferCoin.abi.Pack("balanceOf", account)
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
func (feeOnTransferCoin *FeeOnTransferCoin) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return feeOnTransferCoin.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (feeOnTransferCoin *FeeOnTransferCoin) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := feeOnTransferCoin.abi.Unpack("balanceOf", data)
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
func (feeOnTransferCoin *FeeOnTransferCoin) PackDecimals() []byte {
	enc, err := feeOnTransferCoin.abi.Pack("decimals")
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
func (feeOnTransferCoin *FeeOnTransferCoin) TryPackDecimals() ([]byte, error) {
	return feeOnTransferCoin.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (feeOnTransferCoin *FeeOnTransferCoin) UnpackDecimals(data []byte) (uint8, error) {
	out, err := feeOnTransferCoin.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (feeOnTransferCoin *FeeOnTransferCoin) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := feeOnTransferCoin.abi.Pack("mint", to, amount)
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
func (feeOnTransferCoin *FeeOnTransferCoin) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return feeOnTransferCoin.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (feeOnTransferCoin *FeeOnTransferCoin) PackName() []byte {
	enc, err := feeOnTransferCoin.abi.Pack("name")
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
func (feeOnTransferCoin *FeeOnTransferCoin) TryPackName() ([]byte, error) {
	return feeOnTransferCoin.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (feeOnTransferCoin *FeeOnTransferCoin) UnpackName(data []byte) (string, error) {
	out, err := feeOnTransferCoin.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (feeOnTransferCoin *FeeOnTransferCoin) PackSymbol() []byte {
	enc, err := feeOnTransferCoin.abi.Pack("symbol")
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
func (feeOnTransferCoin *FeeOnTransferCoin) TryPackSymbol() ([]byte, error) {
	return feeOnTransferCoin.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (feeOnTransferCoin *FeeOnTransferCoin) UnpackSymbol(data []byte) (string, error) {
	out, err := feeOnTransferCoin.abi.Unpack("symbol", data)
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
func (feeOnTransferCoin *FeeOnTransferCoin) PackTotalSupply() []byte {
	enc, err := feeOnTransferCoin.abi.Pack("totalSupply")
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
func (feeOnTransferCoin *FeeOnTransferCoin) TryPackTotalSupply() ([]byte, error) {
	return feeOnTransferCoin.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (feeOnTransferCoin *FeeOnTransferCoin) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := feeOnTransferCoin.abi.Unpack("totalSupply", data)
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
func (feeOnTransferCoin *FeeOnTransferCoin) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := feeOnTransferCoin.abi.Pack("transfer", to, value)
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
func (feeOnTransferCoin *FeeOnTransferCoin) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return feeOnTransferCoin.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (feeOnTransferCoin *FeeOnTransferCoin) UnpackTransfer(data []byte) (bool, error) {
	out, err := feeOnTransferCoin.abi.Unpack("transfer", data)
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
func (feeOnTransferCoin *FeeOnTransferCoin) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := feeOnTransferCoin.abi.Pack("transferFrom", from, to, value)
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
func (feeOnTransferCoin *FeeOnTransferCoin) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return feeOnTransferCoin.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (feeOnTransferCoin *FeeOnTransferCoin) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := feeOnTransferCoin.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// FeeOnTransferCoinApproval represents a Approval event raised by the FeeOnTransferCoin contract.
type FeeOnTransferCoinApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const FeeOnTransferCoinApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (FeeOnTransferCoinApproval) ContractEventName() string {
	return FeeOnTransferCoinApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (feeOnTransferCoin *FeeOnTransferCoin) UnpackApprovalEvent(log *types.Log) (*FeeOnTransferCoinApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feeOnTransferCoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeeOnTransferCoinApproval)
	if len(log.Data) > 0 {
		if err := feeOnTransferCoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feeOnTransferCoin.abi.Events[event].Inputs {
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

// FeeOnTransferCoinTransfer represents a Transfer event raised by the FeeOnTransferCoin contract.
type FeeOnTransferCoinTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const FeeOnTransferCoinTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (FeeOnTransferCoinTransfer) ContractEventName() string {
	return FeeOnTransferCoinTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (feeOnTransferCoin *FeeOnTransferCoin) UnpackTransferEvent(log *types.Log) (*FeeOnTransferCoinTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feeOnTransferCoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeeOnTransferCoinTransfer)
	if len(log.Data) > 0 {
		if err := feeOnTransferCoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feeOnTransferCoin.abi.Events[event].Inputs {
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
func (feeOnTransferCoin *FeeOnTransferCoin) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], feeOnTransferCoin.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return feeOnTransferCoin.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferCoin.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return feeOnTransferCoin.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferCoin.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return feeOnTransferCoin.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferCoin.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return feeOnTransferCoin.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferCoin.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return feeOnTransferCoin.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferCoin.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return feeOnTransferCoin.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// FeeOnTransferCoinERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the FeeOnTransferCoin contract.
type FeeOnTransferCoinERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func FeeOnTransferCoinERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (feeOnTransferCoin *FeeOnTransferCoin) UnpackERC20InsufficientAllowanceError(raw []byte) (*FeeOnTransferCoinERC20InsufficientAllowance, error) {
	out := new(FeeOnTransferCoinERC20InsufficientAllowance)
	if err := feeOnTransferCoin.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferCoinERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the FeeOnTransferCoin contract.
type FeeOnTransferCoinERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func FeeOnTransferCoinERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (feeOnTransferCoin *FeeOnTransferCoin) UnpackERC20InsufficientBalanceError(raw []byte) (*FeeOnTransferCoinERC20InsufficientBalance, error) {
	out := new(FeeOnTransferCoinERC20InsufficientBalance)
	if err := feeOnTransferCoin.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferCoinERC20InvalidApprover represents a ERC20InvalidApprover error raised by the FeeOnTransferCoin contract.
type FeeOnTransferCoinERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func FeeOnTransferCoinERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (feeOnTransferCoin *FeeOnTransferCoin) UnpackERC20InvalidApproverError(raw []byte) (*FeeOnTransferCoinERC20InvalidApprover, error) {
	out := new(FeeOnTransferCoinERC20InvalidApprover)
	if err := feeOnTransferCoin.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferCoinERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the FeeOnTransferCoin contract.
type FeeOnTransferCoinERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func FeeOnTransferCoinERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (feeOnTransferCoin *FeeOnTransferCoin) UnpackERC20InvalidReceiverError(raw []byte) (*FeeOnTransferCoinERC20InvalidReceiver, error) {
	out := new(FeeOnTransferCoinERC20InvalidReceiver)
	if err := feeOnTransferCoin.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferCoinERC20InvalidSender represents a ERC20InvalidSender error raised by the FeeOnTransferCoin contract.
type FeeOnTransferCoinERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func FeeOnTransferCoinERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (feeOnTransferCoin *FeeOnTransferCoin) UnpackERC20InvalidSenderError(raw []byte) (*FeeOnTransferCoinERC20InvalidSender, error) {
	out := new(FeeOnTransferCoinERC20InvalidSender)
	if err := feeOnTransferCoin.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferCoinERC20InvalidSpender represents a ERC20InvalidSpender error raised by the FeeOnTransferCoin contract.
type FeeOnTransferCoinERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func FeeOnTransferCoinERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (feeOnTransferCoin *FeeOnTransferCoin) UnpackERC20InvalidSpenderError(raw []byte) (*FeeOnTransferCoinERC20InvalidSpender, error) {
	out := new(FeeOnTransferCoinERC20InvalidSpender)
	if err := feeOnTransferCoin.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUHourTokenMetaData contains all meta data concerning the GPUHourToken contract.
var GPUHourTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC1155InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idsLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"valuesLength\",\"type\":\"uint256\"}],\"name\":\"ERC1155InvalidArrayLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC1155MissingApprovalForAll\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"InvalidInstrumentId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMinter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"StringsInsufficientHexLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMinter\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"}],\"name\":\"TransferBatch\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"TransferSingle\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"value\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"URI\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MINTER\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"balanceOfBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"exists\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeBatchTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"uri\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "07291f14ae504f081baa127598bf2c3f92",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516129c93803806129c983398101604081905261002e9161008e565b60408051602081019091525f81526100458161007e565b506001600160a01b03811661006d576040516341f2769560e11b815260040160405180910390fd5b6001600160a01b031660805261021c565b600261008a828261015e565b5050565b5f6020828403121561009e575f5ffd5b81516001600160a01b03811681146100b4575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806100e357607f821691505b60208210810361010157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610159578282111561015957805f5260205f20601f840160051c602085101561013257505f5b90810190601f840160051c035f5b81811015610155575f83820155600101610140565b5050505b505050565b81516001600160401b03811115610177576101776100bb565b61018b8161018584546100cf565b84610107565b6020601f8211600181146101bd575f83156101a65750848201515b5f19600385901b1c1916600184901b178455610215565b5f84815260208120601f198516915b828110156101ec57878501518255602094850194600190920191016101cc565b508482101561020957868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805161278e61023b5f395f818161026701526104a4015261278e5ff3fe608060405234801561000f575f5ffd5b50600436106100e4575f3560e01c80634f558e7911610088578063e985e9c511610063578063e985e9c5146101f4578063f242432a1461023c578063f5298aca1461024f578063fe6d812414610262575f5ffd5b80634f558e79146101a1578063a22cb465146101c2578063bd85b039146101d5575f5ffd5b8063156e29f6116100c3578063156e29f61461015157806318160ddd146101665780632eb2c2d61461016e5780634e1273f414610181575f5ffd5b8062fdd58e146100e857806301ffc9a71461010e5780630e89341c14610131575b5f5ffd5b6100fb6100f6366004611c2f565b6102ae565b6040519081526020015b60405180910390f35b61012161011c366004611c87565b6102e2565b6040519015158152602001610105565b61014461013f366004611ca9565b6103c4565b6040516101059190611d0c565b61016461015f366004611d1e565b61048c565b005b6004546100fb565b61016461017c366004611ee1565b61051c565b61019461018f366004611f90565b61053b565b604051610105919061208d565b6101216101af366004611ca9565b5f90815260036020526040902054151590565b6101646101d036600461209f565b61061f565b6100fb6101e3366004611ca9565b5f9081526003602052604090205490565b6101216102023660046120d8565b73ffffffffffffffffffffffffffffffffffffffff9182165f90815260016020908152604080832093909416825291909152205460ff1690565b61016461024a366004612109565b61062e565b61016461025d366004611d1e565b610644565b6102897f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610105565b5f8181526020818152604080832073ffffffffffffffffffffffffffffffffffffffff861684529091529020545b92915050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167fd9b67a2600000000000000000000000000000000000000000000000000000000148061037457507fffffffff0000000000000000000000000000000000000000000000000000000082167f0e89341c00000000000000000000000000000000000000000000000000000000145b806102dc57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316146102dc565b60606103cf826106fa565b61040d576040517f2043c6ce000000000000000000000000000000000000000000000000000000008152600481018390526024015b60405180910390fd5b5f610427600261041d8560581c90565b61ffff169061071d565b6104308461093d565b610439856109d2565b60405160200161044b93929190612174565b604051602081830303815290604052905061046581610a94565b6040516020016104759190612237565b604051602081830303815290604052915050919050565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146104fd576040517f361c31f2000000000000000000000000000000000000000000000000000000008152336004820152602401610404565b61051783838360405180602001604052805f815250610aa0565b505050565b610527335b86610b2a565b6105348585858585610bef565b5050505050565b6060815183511461058557815183516040517f5b05999100000000000000000000000000000000000000000000000000000000815260048101929092526024820152604401610404565b5f835167ffffffffffffffff8111156105a0576105a0611d4e565b6040519080825280602002602001820160405280156105c9578160200160208202803683370190505b5090505f5b8451811015610617576020808202860101516105f2906020808402870101516102ae565b82828151811061060457610604612268565b60209081029190910101526001016105ce565b509392505050565b61062a338383610c9c565b5050565b61063733610521565b6105348585858585610dd1565b73ffffffffffffffffffffffffffffffffffffffff8316331480159061069a575073ffffffffffffffffffffffffffffffffffffffff83165f90815260016020908152604080832033845290915290205460ff16155b156106ef576040517fe237d92200000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff84166024820152604401610404565b610517838383610eab565b5f8061070583610f39565b600881111561071657610716612295565b1492915050565b6060825f61072c8460026122ef565b610737906002612306565b67ffffffffffffffff81111561074f5761074f611d4e565b6040519080825280601f01601f191660200182016040528015610779576020820181803683370190505b5090507f3000000000000000000000000000000000000000000000000000000000000000815f815181106107af576107af612268565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a9053507f78000000000000000000000000000000000000000000000000000000000000008160018151811061081157610811612268565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a9053505f61084b8560026122ef565b610856906001612306565b90505b60018111156108f2577f303132333435363738396162636465660000000000000000000000000000000083600f166010811061089757610897612268565b1a60f81b8282815181106108ad576108ad612268565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a90535060049290921c916108eb81612319565b9050610859565b508115610935576040517fe22e27eb0000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604401610404565b949350505050565b6060600161094b8360301c90565b60ff160361098c57505060408051808201909152601d81527f53706f74206d61726b65743a206e6f20746f6b656e732065786973742e000000602082015290565b61099a825b61ffff16610fc6565b6109ab6109a684611082565b610fc6565b6040516020016109bc92919061234d565b6040516020818303038152906040529050919050565b60605f6109e083602061071d565b6109f56109ed8560781c90565b60ff16610fc6565b610a04600261041d8760581c90565b610a116109ed8760501c90565b610a1e6109918860401c90565b610a2b6109ed8960381c90565b610a386109ed8a60301c90565b604051602001610a4e9796959493929190612403565b604051602081830303815290604052905080610a6c6109a685611082565b610a7585610991565b610a816109a6876110a0565b604051602001610475949392919061256c565b60606102dc825f6110b7565b73ffffffffffffffffffffffffffffffffffffffff8416610aef576040517f57f447ce0000000000000000000000000000000000000000000000000000000081525f6004820152602401610404565b60408051600180825260208201869052818301908152606082018590526080820190925290610b225f8784848784611236565b505050505050565b8173ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614158015610b98575073ffffffffffffffffffffffffffffffffffffffff8082165f9081526001602090815260408083209386168352929052205460ff16155b1561062a576040517fe237d92200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff808416600483015282166024820152604401610404565b73ffffffffffffffffffffffffffffffffffffffff8416610c3e576040517f57f447ce0000000000000000000000000000000000000000000000000000000081525f6004820152602401610404565b73ffffffffffffffffffffffffffffffffffffffff8516610c8d576040517f01a835140000000000000000000000000000000000000000000000000000000081525f6004820152602401610404565b61053485858585856001611236565b73ffffffffffffffffffffffffffffffffffffffff8316610ceb576040517f3e31884e0000000000000000000000000000000000000000000000000000000081525f6004820152602401610404565b73ffffffffffffffffffffffffffffffffffffffff8216610d3a576040517fced3e1000000000000000000000000000000000000000000000000000000000081525f6004820152602401610404565b73ffffffffffffffffffffffffffffffffffffffff8381165f8181526001602090815260408083209487168084529482529182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b73ffffffffffffffffffffffffffffffffffffffff8416610e20576040517f57f447ce0000000000000000000000000000000000000000000000000000000081525f6004820152602401610404565b73ffffffffffffffffffffffffffffffffffffffff8516610e6f576040517f01a835140000000000000000000000000000000000000000000000000000000081525f6004820152602401610404565b60408051600180825260208201869052818301908152606082018590526080820190925290610ea287878484875f611236565b50505050505050565b73ffffffffffffffffffffffffffffffffffffffff8316610efa576040517f01a835140000000000000000000000000000000000000000000000000000000081525f6004820152602401610404565b604080516001808252602082018590528183019081526060820184905260a082019092525f608082018181529192916105349187918590859083611236565b5f6001610f468360781c90565b60ff1614610f5657506001919050565b608082901c151580610f745750610f6d8260681c90565b61ffff1615155b15610f8157506002919050565b6102dc610f8e8360581c90565b610f988460501c90565b610fa28560401c90565b610fac8660381c90565b610fb68760301c90565b610fc08860101c90565b8861129b565b60605f610fd2836113a9565b60010190505f8167ffffffffffffffff811115610ff157610ff1611d4e565b6040519080825280601f01601f19166020018201604052801561101b576020820181803683370190505b5090508181016020015b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff017f3031323334353637383961626364656600000000000000000000000000000000600a86061a8153600a850494508461102557509392505050565b5f610e106110908360101c90565b63ffffffff166102dc91906122ef565b5f610e106110ad8361148a565b6102dc91906122ef565b606082515f036110d5575060408051602081019091525f81526102dc565b5f82611105576003845160026110eb9190612306565b6110f5919061263c565b6111009060046122ef565b61112a565b60038451600461111591906122ef565b611120906002612306565b61112a919061263c565b905060405191507f4142434445464748494a4b4c4d4e4f505152535455565758595a616263646566601f5261067083027f6768696a6b6c6d6e6f707172737475767778797a303132333435363738392b2f18603f526020820181810185865187016020810180515f82525b828410156111e8576003840193508351603f8160121c16518753600187019650603f81600c1c16518753600187019650603f8160061c16518753600187019650603f811651875350600186019550611195565b9052508590506112295760038651066001811461120c576002811461121f57611227565b603d6001840353603d6002840353611227565b603d60018403535b505b9183525060405292915050565b611242868686866114aa565b73ffffffffffffffffffffffffffffffffffffffff851615610b2257338115611278576112738188888888886115ac565b610ea2565b60208581015190850151611290838a8a85858a61179b565b505050505050505050565b5f61ffff881615806112b0575061ffff888116145b156112bd5750600361139e565b600260ff881611156112d15750600461139e565b600161ffff871610806112e85750600761ffff8716115b156112f55750600561139e565b600160ff8616108061130a5750600360ff8616115b156113175750600661139e565b60ff8416611337578161ffff165f036113325750600861139e565b61139b565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60ff8516016113935763ffffffff8316151580611377575061ffff8216155b80611386575060a861ffff8316115b156113325750600861139e565b50600761139e565b505f5b979650505050505050565b5f807a184f03e93ff9f4daa797ed6e38ed64bf6a1f01000000000000000083106113f1577a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000830492506040015b6d04ee2d6d415b85acef8100000000831061141d576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061143b57662386f26fc10000830492506010015b6305f5e1008310611453576305f5e100830492506008015b612710831061146757612710830492506004015b60648310611479576064830492506002015b600a83106102dc5760010192915050565b5f8161ffff1661149a8360101c90565b63ffffffff166102dc9190612306565b6114b68484848461192a565b73ffffffffffffffffffffffffffffffffffffffff8416611540575f805b83518110156115275760208181028481018201519086018201515f90815260039092526040822080549192839261150c908490612306565b9091555061151c90508184612306565b9250506001016114d4565b508060045f8282546115399190612306565b9091555050505b73ffffffffffffffffffffffffffffffffffffffff83166115a6575f805b835181101561159a5760208181028481018201519086018201515f9081526003909252604090912080548290039055919091019060010161155e565b50600480549190910390555b50505050565b73ffffffffffffffffffffffffffffffffffffffff84163b15610b22576040517fbc197c8100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85169063bc197c81906116239089908990889088908890600401612674565b6020604051808303815f875af192505050801561167b575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0168201909252611678918101906126f0565b60015b611708573d8080156116a8576040519150601f19603f3d011682016040523d82523d5f602084013e6116ad565b606091505b5080515f03611700576040517f57f447ce00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff86166004820152602401610404565b805160208201fd5b7fffffffff0000000000000000000000000000000000000000000000000000000081167fbc197c810000000000000000000000000000000000000000000000000000000014610ea2576040517f57f447ce00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff86166004820152602401610404565b73ffffffffffffffffffffffffffffffffffffffff84163b15610b22576040517ff23a6e6100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85169063f23a6e6190611812908990899088908890889060040161270b565b6020604051808303815f875af192505050801561186a575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0168201909252611867918101906126f0565b60015b611897573d8080156116a8576040519150601f19603f3d011682016040523d82523d5f602084013e6116ad565b7fffffffff0000000000000000000000000000000000000000000000000000000081167ff23a6e610000000000000000000000000000000000000000000000000000000014610ea2576040517f57f447ce00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff86166004820152602401610404565b805182511461197257815181516040517f5b05999100000000000000000000000000000000000000000000000000000000815260048101929092526024820152604401610404565b335f5b8351811015611adb5760208181028581018201519085019091015173ffffffffffffffffffffffffffffffffffffffff881615611a73575f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8c16845290915290205481811015611a40576040517f03dee4c500000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8a166004820152602481018290526044810183905260648101849052608401610404565b5f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8d16845290915290209082900390555b73ffffffffffffffffffffffffffffffffffffffff871615611ad1575f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8b16845290915281208054839290611acb908490612306565b90915550505b5050600101611975565b508251600103611b825760208301515f9060208401519091508573ffffffffffffffffffffffffffffffffffffffff168773ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff167fc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f628585604051611b73929190918252602082015260400190565b60405180910390a45050610534565b8373ffffffffffffffffffffffffffffffffffffffff168573ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff167f4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb8686604051611bf8929190612761565b60405180910390a45050505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114611c2a575f5ffd5b919050565b5f5f60408385031215611c40575f5ffd5b611c4983611c07565b946020939093013593505050565b7fffffffff0000000000000000000000000000000000000000000000000000000081168114611c84575f5ffd5b50565b5f60208284031215611c97575f5ffd5b8135611ca281611c57565b9392505050565b5f60208284031215611cb9575f5ffd5b5035919050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f611ca26020830184611cc0565b5f5f5f60608486031215611d30575f5ffd5b611d3984611c07565b95602085013595506040909401359392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff81118282101715611dc257611dc2611d4e565b604052919050565b5f67ffffffffffffffff821115611de357611de3611d4e565b5060051b60200190565b5f82601f830112611dfc575f5ffd5b8135611e0f611e0a82611dca565b611d7b565b8082825260208201915060208360051b860101925085831115611e30575f5ffd5b602085015b83811015611e4d578035835260209283019201611e35565b5095945050505050565b5f82601f830112611e66575f5ffd5b813567ffffffffffffffff811115611e8057611e80611d4e565b611eb160207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f84011601611d7b565b818152846020838601011115611ec5575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f5f60a08688031215611ef5575f5ffd5b611efe86611c07565b9450611f0c60208701611c07565b9350604086013567ffffffffffffffff811115611f27575f5ffd5b611f3388828901611ded565b935050606086013567ffffffffffffffff811115611f4f575f5ffd5b611f5b88828901611ded565b925050608086013567ffffffffffffffff811115611f77575f5ffd5b611f8388828901611e57565b9150509295509295909350565b5f5f60408385031215611fa1575f5ffd5b823567ffffffffffffffff811115611fb7575f5ffd5b8301601f81018513611fc7575f5ffd5b8035611fd5611e0a82611dca565b8082825260208201915060208360051b850101925087831115611ff6575f5ffd5b6020840193505b8284101561201f5761200e84611c07565b825260209384019390910190611ffd565b9450505050602083013567ffffffffffffffff81111561203d575f5ffd5b61204985828601611ded565b9150509250929050565b5f8151808452602084019350602083015f5b82811015612083578151865260209586019590910190600101612065565b5093949350505050565b602081525f611ca26020830184612053565b5f5f604083850312156120b0575f5ffd5b6120b983611c07565b9150602083013580151581146120cd575f5ffd5b809150509250929050565b5f5f604083850312156120e9575f5ffd5b6120f283611c07565b915061210060208401611c07565b90509250929050565b5f5f5f5f5f60a0868803121561211d575f5ffd5b61212686611c07565b945061213460208701611c07565b93506040860135925060608601359150608086013567ffffffffffffffff811115611f77575f5ffd5b5f81518060208401855e5f93019283525090919050565b7f7b226e616d65223a22486f7572676c617373204750552d686f7572200000000081525f6121a5601c83018661215d565b7f222c226465736372697074696f6e223a2200000000000000000000000000000081526121d5601182018661215d565b90507f222c22646563696d616c73223a302c2270726f70657274696573223a000000008152612207601c82018561215d565b7f7d0000000000000000000000000000000000000000000000000000000000000081526001019695505050505050565b7f646174613a6170706c69636174696f6e2f6a736f6e3b6261736536342c00000081525f611ca2601d83018461215d565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820281158282048414176102dc576102dc6122c2565b808201808211156102dc576102dc6122c2565b5f81612327576123276122c2565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190565b7f3120756e6974203d2031204750552d686f7572206f662074686520677261646581527f20696e207468652000000000000000000000000000000000000000000000000060208201525f6123a4602883018561215d565b7f2d686f75722077696e646f772066726f6d20556e69782074696d65200000000081526123d4601c82018561215d565b7f2e00000000000000000000000000000000000000000000000000000000000000815260010195945050505050565b7f7b22696e737472756d656e745f6964223a22000000000000000000000000000081525f612434601283018a61215d565b7f222c226c61796f75745f76657273696f6e223a000000000000000000000000008152612464601382018a61215d565b90507f2c226770755f6465766963655f6964223a2200000000000000000000000000008152612496601282018961215d565b90507f222c22696e746572636f6e6e656374223a00000000000000000000000000000081526124c8601182018861215d565b90507f2c22726567696f6e223a0000000000000000000000000000000000000000000081526124fa600a82018761215d565b90507f2c2274696572223a000000000000000000000000000000000000000000000000815261252c600882018661215d565b90507f2c226b696e64223a000000000000000000000000000000000000000000000000815261255e600882018561215d565b9a9950505050505050505050565b5f612577828761215d565b7f2c2277696e646f775f7374617274223a0000000000000000000000000000000081526125a7601082018761215d565b90507f2c2277696e646f775f686f757273223a0000000000000000000000000000000081526125d9601082018661215d565b90507f2c2277696e646f775f656e64223a000000000000000000000000000000000000815261260b600e82018561215d565b7f7d000000000000000000000000000000000000000000000000000000000000008152600101979650505050505050565b5f8261266f577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b73ffffffffffffffffffffffffffffffffffffffff8616815273ffffffffffffffffffffffffffffffffffffffff8516602082015260a060408201525f6126be60a0830186612053565b82810360608401526126d08186612053565b905082810360808401526126e48185611cc0565b98975050505050505050565b5f60208284031215612700575f5ffd5b8151611ca281611c57565b73ffffffffffffffffffffffffffffffffffffffff8616815273ffffffffffffffffffffffffffffffffffffffff8516602082015283604082015282606082015260a060808201525f61139e60a0830184611cc0565b604081525f6127736040830185612053565b82810360208401526127858185612053565b9594505050505056",
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
// Solidity: constructor(address minter) returns()
func (gPUHourToken *GPUHourToken) PackConstructor(minter common.Address) []byte {
	enc, err := gPUHourToken.abi.Pack("", minter)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMINTER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe6d8124.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINTER() view returns(address)
func (gPUHourToken *GPUHourToken) PackMINTER() []byte {
	enc, err := gPUHourToken.abi.Pack("MINTER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe6d8124.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINTER() view returns(address)
func (gPUHourToken *GPUHourToken) TryPackMINTER() ([]byte, error) {
	return gPUHourToken.abi.Pack("MINTER")
}

// UnpackMINTER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe6d8124.
//
// Solidity: function MINTER() view returns(address)
func (gPUHourToken *GPUHourToken) UnpackMINTER(data []byte) (common.Address, error) {
	out, err := gPUHourToken.abi.Unpack("MINTER", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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
	if bytes.Equal(raw[:4], gPUHourToken.abi.Errors["NotMinter"].ID.Bytes()[:4]) {
		return gPUHourToken.UnpackNotMinterError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUHourToken.abi.Errors["StringsInsufficientHexLength"].ID.Bytes()[:4]) {
		return gPUHourToken.UnpackStringsInsufficientHexLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUHourToken.abi.Errors["ZeroMinter"].ID.Bytes()[:4]) {
		return gPUHourToken.UnpackZeroMinterError(raw[4:])
	}
	return nil, errors.New("Unknown error")
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

// GPUHourTokenNotMinter represents a NotMinter error raised by the GPUHourToken contract.
type GPUHourTokenNotMinter struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMinter(address caller)
func GPUHourTokenNotMinterErrorID() common.Hash {
	return common.HexToHash("0x361c31f27e729a8322ec0a67a437cd1a685fbc0124c358ce2bac49ea8a779111")
}

// UnpackNotMinterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMinter(address caller)
func (gPUHourToken *GPUHourToken) UnpackNotMinterError(raw []byte) (*GPUHourTokenNotMinter, error) {
	out := new(GPUHourTokenNotMinter)
	if err := gPUHourToken.abi.UnpackIntoInterface(out, "NotMinter", raw); err != nil {
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

// GPUHourTokenZeroMinter represents a ZeroMinter error raised by the GPUHourToken contract.
type GPUHourTokenZeroMinter struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroMinter()
func GPUHourTokenZeroMinterErrorID() common.Hash {
	return common.HexToHash("0x83e4ed2a5538f75a8c9c218bd9bbf398070f38b660b5151c97e48229d497182a")
}

// UnpackZeroMinterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroMinter()
func (gPUHourToken *GPUHourToken) UnpackZeroMinterError(raw []byte) (*GPUHourTokenZeroMinter, error) {
	out := new(GPUHourTokenZeroMinter)
	if err := gPUHourToken.abi.UnpackIntoInterface(out, "ZeroMinter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HourglassTimelockMetaData contains all meta data concerning the HourglassTimelock contract.
var HourglassTimelockMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minDelay\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"proposers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"executors\",\"type\":\"address[]\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minDelay\",\"type\":\"uint256\"}],\"name\":\"TimelockInsufficientDelay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"targets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"payloads\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"values\",\"type\":\"uint256\"}],\"name\":\"TimelockInvalidOperationLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"TimelockUnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"predecessorId\",\"type\":\"bytes32\"}],\"name\":\"TimelockUnexecutedPredecessor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operationId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expectedStates\",\"type\":\"bytes32\"}],\"name\":\"TimelockUnexpectedOperationState\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"CallExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"CallSalt\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"CallScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"Cancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldDuration\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newDuration\",\"type\":\"uint256\"}],\"name\":\"MinDelayChange\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CANCELLER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXECUTOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROPOSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"executeBatch\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMinDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"getOperationState\",\"outputs\":[{\"internalType\":\"enumTimelockController.OperationState\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"getTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"hashOperation\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"hashOperationBatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperation\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationDone\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationPending\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationReady\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"schedule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"scheduleBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newDelay\",\"type\":\"uint256\"}],\"name\":\"updateDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "2278cfdfe4fc79a89282adbdb4a58489c0",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161223b38038061223b83398101604081905261002e916102fe565b8383838361003c5f30610183565b506001600160a01b03811615610058576100565f82610183565b505b5f5b83518110156100ec576100ac7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc18583815181106100995761009961037d565b602002602001015161018360201b60201c565b506100e37ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f7838583815181106100995761009961037d565b5060010161005a565b505f5b82518110156101375761012e7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e638483815181106100995761009961037d565b506001016100ef565b506002849055604080515f8152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a15050505050505050610391565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610223575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101db3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610226565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b0381168114610256575f5ffd5b919050565b5f82601f83011261026a575f5ffd5b81516001600160401b038111156102835761028361022c565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102b1576102b161022c565b6040529182526020818501810192908101868411156102ce575f5ffd5b6020860192505b838310156102f4576102e683610240565b8152602092830192016102d5565b5095945050505050565b5f5f5f5f60808587031215610311575f5ffd5b845160208601519094506001600160401b0381111561032e575f5ffd5b61033a8782880161025b565b604087015190945090506001600160401b03811115610357575f5ffd5b6103638782880161025b565b92505061037260608601610240565b905092959194509250565b634e487b7160e01b5f52603260045260245ffd5b611e9d8061039e5f395ff3fe6080604052600436106101b2575f3560e01c80638065657f116100e7578063bc197c8111610087578063d547741f11610062578063d547741f146105c0578063e38335e5146105df578063f23a6e61146105f2578063f27a0c9214610636575f5ffd5b8063bc197c8114610532578063c4d252f514610576578063d45c443514610595575f5ffd5b806391d14854116100c257806391d148541461047e578063a217fddf146104cd578063b08e51c0146104e0578063b1c5f42714610513575f5ffd5b80638065657f1461040d5780638f2a0bb01461042c5780638f61f4f51461044b575f5ffd5b80632ab0f5291161015257806336568abe1161012d57806336568abe14610384578063584b153e146103a357806364d62353146103c25780637958004c146103e1575f5ffd5b80632ab0f529146103275780632f2ff15d1461034657806331d5075014610365575f5ffd5b8063134008d31161018d578063134008d31461025357806313bc9f2014610266578063150b7a0214610285578063248a9ca3146102f9575f5ffd5b806301d5062a146101bd57806301ffc9a7146101de57806307bd026514610212575f5ffd5b366101b957005b5f5ffd5b3480156101c8575f5ffd5b506101dc6101d73660046114fd565b61064a565b005b3480156101e9575f5ffd5b506101fd6101f836600461156c565b61071e565b60405190151581526020015b60405180910390f35b34801561021d575f5ffd5b506102457fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6381565b604051908152602001610209565b6101dc6102613660046115ab565b61072e565b348015610271575f5ffd5b506101fd610280366004611612565b610823565b348015610290575f5ffd5b506102c861029f36600461172f565b7f150b7a0200000000000000000000000000000000000000000000000000000000949350505050565b6040517fffffffff000000000000000000000000000000000000000000000000000000009091168152602001610209565b348015610304575f5ffd5b50610245610313366004611612565b5f9081526020819052604090206001015490565b348015610332575f5ffd5b506101fd610341366004611612565b610848565b348015610351575f5ffd5b506101dc610360366004611793565b610850565b348015610370575f5ffd5b506101fd61037f366004611612565b61087a565b34801561038f575f5ffd5b506101dc61039e366004611793565b61089e565b3480156103ae575f5ffd5b506101fd6103bd366004611612565b6108fc565b3480156103cd575f5ffd5b506101dc6103dc366004611612565b610941565b3480156103ec575f5ffd5b506104006103fb366004611612565b6109da565b60405161020991906117ea565b348015610418575f5ffd5b506102456104273660046115ab565b610a22565b348015610437575f5ffd5b506101dc61044636600461186a565b610a60565b348015610456575f5ffd5b506102457fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b348015610489575f5ffd5b506101fd610498366004611793565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b3480156104d8575f5ffd5b506102455f81565b3480156104eb575f5ffd5b506102457ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b34801561051e575f5ffd5b5061024561052d36600461191f565b610c02565b34801561053d575f5ffd5b506102c861054c366004611a4c565b7fbc197c810000000000000000000000000000000000000000000000000000000095945050505050565b348015610581575f5ffd5b506101dc610590366004611612565b610c46565b3480156105a0575f5ffd5b506102456105af366004611612565b5f9081526001602052604090205490565b3480156105cb575f5ffd5b506101dc6105da366004611793565b610d09565b6101dc6105ed36600461191f565b610d2d565b3480156105fd575f5ffd5b506102c861060c366004611afb565b7ff23a6e610000000000000000000000000000000000000000000000000000000095945050505050565b348015610641575f5ffd5b50600254610245565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161067481610f07565b5f610683898989898989610a22565b905061068f8184610f14565b5f817f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b8b8b8b8a6040516106ca96959493929190611b96565b60405180910390a3831561071357807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d03878560405161070a91815260200190565b60405180910390a25b505050505050505050565b5f61072882610fd7565b92915050565b5f80527fdae2aa361dfd1ca020a396615627d436107c35eff9fe7738a3512819782d70696020527f5ba6852781629bcdcd4bdaa6de76d786f1c64b16acdac474e55bebc0ea157951547fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e639060ff166107aa576107aa813361102c565b5f6107b9888888888888610a22565b90506107c581856110b5565b6107d18888888861111c565b5f817fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588a8a8a8a6040516108089493929190611be0565b60405180910390a36108198161119d565b5050505050505050565b5f60025b610830836109da565b6003811115610841576108416117bd565b1492915050565b5f6003610827565b5f8281526020819052604090206001015461086a81610f07565b61087483836111c8565b50505050565b5f80610885836109da565b6003811115610896576108966117bd565b141592915050565b73ffffffffffffffffffffffffffffffffffffffff811633146108ed576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6108f782826112c1565b505050565b5f5f610907836109da565b9050600181600381111561091d5761091d6117bd565b148061093a57506002816003811115610938576109386117bd565b145b9392505050565b33308114610998576040517fe2850c5900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024015b60405180910390fd5b60025460408051918252602082018490527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150600255565b5f81815260016020526040812054805f036109f757505f92915050565b60018103610a085750600392915050565b42811115610a195750600192915050565b50600292915050565b5f868686868686604051602001610a3e96959493929190611b96565b6040516020818303038152906040528051906020012090509695505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1610a8a81610f07565b8887141580610a995750888514155b15610ae1576040517fffb03211000000000000000000000000000000000000000000000000000000008152600481018a9052602481018690526044810188905260640161098f565b5f610af28b8b8b8b8b8b8b8b610c02565b9050610afe8184610f14565b5f5b8a811015610bb35780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e85818110610b3d57610b3d611c15565b9050602002016020810190610b529190611c42565b8d8d86818110610b6457610b64611c15565b905060200201358c8c87818110610b7d57610b7d611c15565b9050602002810190610b8f9190611c5b565b8c8b604051610ba396959493929190611b96565b60405180910390a3600101610b00565b508315610bf557807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610bec91815260200190565b60405180910390a25b5050505050505050505050565b5f8888888888888888604051602001610c22989796959493929190611d91565b60405160208183030381529060405280519060200120905098975050505050505050565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783610c7081610f07565b610c79826108fc565b610cce5781610c88600261137a565b610c92600161137a565b6040517f5ead8eb5000000000000000000000000000000000000000000000000000000008152600481019390935217602482015260440161098f565b5f828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b5f82815260208190526040902060010154610d2381610f07565b61087483836112c1565b5f80527fdae2aa361dfd1ca020a396615627d436107c35eff9fe7738a3512819782d70696020527f5ba6852781629bcdcd4bdaa6de76d786f1c64b16acdac474e55bebc0ea157951547fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e639060ff16610da957610da9813361102c565b8786141580610db85750878414155b15610e00576040517fffb0321100000000000000000000000000000000000000000000000000000000815260048101899052602481018590526044810187905260640161098f565b5f610e118a8a8a8a8a8a8a8a610c02565b9050610e1d81856110b5565b5f5b89811015610ef1575f8b8b83818110610e3a57610e3a611c15565b9050602002016020810190610e4f9190611c42565b90505f8a8a84818110610e6457610e64611c15565b905060200201359050365f8a8a86818110610e8157610e81611c15565b9050602002810190610e939190611c5b565b91509150610ea38484848461111c565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b5886868686604051610eda9493929190611be0565b60405180910390a350505050806001019050610e1f565b50610efb8161119d565b50505050505050505050565b610f11813361102c565b50565b610f1d8261087a565b15610f675781610f2c5f61137a565b6040517f5ead8eb50000000000000000000000000000000000000000000000000000000081526004810192909252602482015260440161098f565b5f610f7160025490565b905080821015610fb7576040517f54336609000000000000000000000000000000000000000000000000000000008152600481018390526024810182905260440161098f565b610fc18242611e56565b5f93845260016020526040909320929092555050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f4e2312e000000000000000000000000000000000000000000000000000000000148061072857506107288261139c565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff166110b1576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024810183905260440161098f565b5050565b6110be82610823565b6110cd5781610f2c600261137a565b80158015906110e257506110e081610848565b155b156110b1576040517f90a9a6180000000000000000000000000000000000000000000000000000000081526004810182905260240161098f565b5f5f8573ffffffffffffffffffffffffffffffffffffffff16858585604051611146929190611e8e565b5f6040518083038185875af1925050503d805f8114611180576040519150601f19603f3d011682016040523d82523d5f602084013e611185565b606091505b50915091506111948282611432565b50505050505050565b6111a681610823565b6111b55780610f2c600261137a565b5f90815260016020819052604090912055565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff166112ba575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556112583390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610728565b505f610728565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16156112ba575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610728565b5f81600381111561138d5761138d6117bd565b600160ff919091161b92915050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061072857507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff00000000000000000000000000000000000000000000000000000000831614610728565b60608215611441575080610728565b8151156114565761145182611488565b610728565b6040517fd6bda27500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b805160208201fd5b803573ffffffffffffffffffffffffffffffffffffffff811681146114b3575f5ffd5b919050565b5f5f83601f8401126114c8575f5ffd5b50813567ffffffffffffffff8111156114df575f5ffd5b6020830191508360208285010111156114f6575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215611513575f5ffd5b61151c88611490565b965060208801359550604088013567ffffffffffffffff81111561153e575f5ffd5b61154a8a828b016114b8565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f6020828403121561157c575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461093a575f5ffd5b5f5f5f5f5f5f60a087890312156115c0575f5ffd5b6115c987611490565b955060208701359450604087013567ffffffffffffffff8111156115eb575f5ffd5b6115f789828a016114b8565b979a9699509760608101359660809091013595509350505050565b5f60208284031215611622575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff8111828210171561169d5761169d611629565b604052919050565b5f82601f8301126116b4575f5ffd5b813567ffffffffffffffff8111156116ce576116ce611629565b6116ff60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f84011601611656565b818152846020838601011115611713575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f60808587031215611742575f5ffd5b61174b85611490565b935061175960208601611490565b925060408501359150606085013567ffffffffffffffff81111561177b575f5ffd5b611787878288016116a5565b91505092959194509250565b5f5f604083850312156117a4575f5ffd5b823591506117b460208401611490565b90509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6020810160048310611823577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91905290565b5f5f83601f840112611839575f5ffd5b50813567ffffffffffffffff811115611850575f5ffd5b6020830191508360208260051b85010111156114f6575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611882575f5ffd5b893567ffffffffffffffff811115611898575f5ffd5b6118a48c828d01611829565b909a5098505060208a013567ffffffffffffffff8111156118c3575f5ffd5b6118cf8c828d01611829565b90985096505060408a013567ffffffffffffffff8111156118ee575f5ffd5b6118fa8c828d01611829565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f5f5f5f5f5f5f60a0898b031215611936575f5ffd5b883567ffffffffffffffff81111561194c575f5ffd5b6119588b828c01611829565b909950975050602089013567ffffffffffffffff811115611977575f5ffd5b6119838b828c01611829565b909750955050604089013567ffffffffffffffff8111156119a2575f5ffd5b6119ae8b828c01611829565b999c989b509699959896976060870135966080013595509350505050565b5f82601f8301126119db575f5ffd5b813567ffffffffffffffff8111156119f5576119f5611629565b8060051b611a0560208201611656565b91825260208185018101929081019086841115611a20575f5ffd5b6020860192505b83831015611a42578235825260209283019290910190611a27565b9695505050505050565b5f5f5f5f5f60a08688031215611a60575f5ffd5b611a6986611490565b9450611a7760208701611490565b9350604086013567ffffffffffffffff811115611a92575f5ffd5b611a9e888289016119cc565b935050606086013567ffffffffffffffff811115611aba575f5ffd5b611ac6888289016119cc565b925050608086013567ffffffffffffffff811115611ae2575f5ffd5b611aee888289016116a5565b9150509295509295909350565b5f5f5f5f5f60a08688031215611b0f575f5ffd5b611b1886611490565b9450611b2660208701611490565b93506040860135925060608601359150608086013567ffffffffffffffff811115611ae2575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b73ffffffffffffffffffffffffffffffffffffffff8716815285602082015260a060408201525f611bcb60a083018688611b4f565b60608301949094525060800152949350505050565b73ffffffffffffffffffffffffffffffffffffffff85168152836020820152606060408201525f611a42606083018486611b4f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f60208284031215611c52575f5ffd5b61093a82611490565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112611c8e575f5ffd5b83018035915067ffffffffffffffff821115611ca8575f5ffd5b6020019150368190038213156114f6575f5ffd5b5f8383855260208501945060208460051b820101835f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1863603015b87821015611d84577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08585030189528235818112611d34575f5ffd5b870160208101903567ffffffffffffffff811115611d50575f5ffd5b803603821315611d5e575f5ffd5b611d69868284611b4f565b95505050602083019250602089019850600182019150611cf8565b5091979650505050505050565b60a080825281018890525f8960c08301825b8b811015611dde5773ffffffffffffffffffffffffffffffffffffffff611dc984611490565b16825260209283019290910190600101611da3565b5083810360208501528881527f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff891115611e16575f5ffd5b8860051b9150818a60208301370182810360209081016040850152611e3e9082018789611cbc565b60608401959095525050608001529695505050505050565b80820180821115610728577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818382375f910190815291905056",
}

// HourglassTimelock is an auto generated Go binding around an Ethereum contract.
type HourglassTimelock struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HourglassTimelock) GetABI() abi.ABI {
	return c.abi
}

// NewHourglassTimelock creates a new instance of HourglassTimelock.
func NewHourglassTimelock() *HourglassTimelock {
	parsed, err := HourglassTimelockMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HourglassTimelock{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HourglassTimelock) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 minDelay, address[] proposers, address[] executors, address admin) returns()
func (hourglassTimelock *HourglassTimelock) PackConstructor(minDelay *big.Int, proposers []common.Address, executors []common.Address, admin common.Address) []byte {
	enc, err := hourglassTimelock.abi.Pack("", minDelay, proposers, executors, admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCANCELLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb08e51c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (hourglassTimelock *HourglassTimelock) PackCANCELLERROLE() []byte {
	enc, err := hourglassTimelock.abi.Pack("CANCELLER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCANCELLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb08e51c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (hourglassTimelock *HourglassTimelock) TryPackCANCELLERROLE() ([]byte, error) {
	return hourglassTimelock.abi.Pack("CANCELLER_ROLE")
}

// UnpackCANCELLERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb08e51c0.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (hourglassTimelock *HourglassTimelock) UnpackCANCELLERROLE(data []byte) ([32]byte, error) {
	out, err := hourglassTimelock.abi.Unpack("CANCELLER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (hourglassTimelock *HourglassTimelock) PackDEFAULTADMINROLE() []byte {
	enc, err := hourglassTimelock.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (hourglassTimelock *HourglassTimelock) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return hourglassTimelock.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (hourglassTimelock *HourglassTimelock) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := hourglassTimelock.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEXECUTORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07bd0265.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (hourglassTimelock *HourglassTimelock) PackEXECUTORROLE() []byte {
	enc, err := hourglassTimelock.abi.Pack("EXECUTOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXECUTORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07bd0265.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (hourglassTimelock *HourglassTimelock) TryPackEXECUTORROLE() ([]byte, error) {
	return hourglassTimelock.abi.Pack("EXECUTOR_ROLE")
}

// UnpackEXECUTORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07bd0265.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (hourglassTimelock *HourglassTimelock) UnpackEXECUTORROLE(data []byte) ([32]byte, error) {
	out, err := hourglassTimelock.abi.Unpack("EXECUTOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPROPOSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f61f4f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (hourglassTimelock *HourglassTimelock) PackPROPOSERROLE() []byte {
	enc, err := hourglassTimelock.abi.Pack("PROPOSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPROPOSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f61f4f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (hourglassTimelock *HourglassTimelock) TryPackPROPOSERROLE() ([]byte, error) {
	return hourglassTimelock.abi.Pack("PROPOSER_ROLE")
}

// UnpackPROPOSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f61f4f5.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (hourglassTimelock *HourglassTimelock) UnpackPROPOSERROLE(data []byte) ([32]byte, error) {
	out, err := hourglassTimelock.abi.Unpack("PROPOSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d252f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(bytes32 id) returns()
func (hourglassTimelock *HourglassTimelock) PackCancel(id [32]byte) []byte {
	enc, err := hourglassTimelock.abi.Pack("cancel", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d252f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(bytes32 id) returns()
func (hourglassTimelock *HourglassTimelock) TryPackCancel(id [32]byte) ([]byte, error) {
	return hourglassTimelock.abi.Pack("cancel", id)
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134008d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable returns()
func (hourglassTimelock *HourglassTimelock) PackExecute(target common.Address, value *big.Int, payload []byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := hourglassTimelock.abi.Pack("execute", target, value, payload, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134008d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable returns()
func (hourglassTimelock *HourglassTimelock) TryPackExecute(target common.Address, value *big.Int, payload []byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return hourglassTimelock.abi.Pack("execute", target, value, payload, predecessor, salt)
}

// PackExecuteBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38335e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) payable returns()
func (hourglassTimelock *HourglassTimelock) PackExecuteBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := hourglassTimelock.abi.Pack("executeBatch", targets, values, payloads, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38335e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) payable returns()
func (hourglassTimelock *HourglassTimelock) TryPackExecuteBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return hourglassTimelock.abi.Pack("executeBatch", targets, values, payloads, predecessor, salt)
}

// PackGetMinDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf27a0c92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMinDelay() view returns(uint256)
func (hourglassTimelock *HourglassTimelock) PackGetMinDelay() []byte {
	enc, err := hourglassTimelock.abi.Pack("getMinDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMinDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf27a0c92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMinDelay() view returns(uint256)
func (hourglassTimelock *HourglassTimelock) TryPackGetMinDelay() ([]byte, error) {
	return hourglassTimelock.abi.Pack("getMinDelay")
}

// UnpackGetMinDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf27a0c92.
//
// Solidity: function getMinDelay() view returns(uint256)
func (hourglassTimelock *HourglassTimelock) UnpackGetMinDelay(data []byte) (*big.Int, error) {
	out, err := hourglassTimelock.abi.Unpack("getMinDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetOperationState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7958004c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (hourglassTimelock *HourglassTimelock) PackGetOperationState(id [32]byte) []byte {
	enc, err := hourglassTimelock.abi.Pack("getOperationState", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOperationState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7958004c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (hourglassTimelock *HourglassTimelock) TryPackGetOperationState(id [32]byte) ([]byte, error) {
	return hourglassTimelock.abi.Pack("getOperationState", id)
}

// UnpackGetOperationState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7958004c.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (hourglassTimelock *HourglassTimelock) UnpackGetOperationState(data []byte) (uint8, error) {
	out, err := hourglassTimelock.abi.Unpack("getOperationState", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (hourglassTimelock *HourglassTimelock) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := hourglassTimelock.abi.Pack("getRoleAdmin", role)
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
func (hourglassTimelock *HourglassTimelock) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return hourglassTimelock.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (hourglassTimelock *HourglassTimelock) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := hourglassTimelock.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd45c4435.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (hourglassTimelock *HourglassTimelock) PackGetTimestamp(id [32]byte) []byte {
	enc, err := hourglassTimelock.abi.Pack("getTimestamp", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd45c4435.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (hourglassTimelock *HourglassTimelock) TryPackGetTimestamp(id [32]byte) ([]byte, error) {
	return hourglassTimelock.abi.Pack("getTimestamp", id)
}

// UnpackGetTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd45c4435.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (hourglassTimelock *HourglassTimelock) UnpackGetTimestamp(data []byte) (*big.Int, error) {
	out, err := hourglassTimelock.abi.Unpack("getTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (hourglassTimelock *HourglassTimelock) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := hourglassTimelock.abi.Pack("grantRole", role, account)
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
func (hourglassTimelock *HourglassTimelock) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return hourglassTimelock.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (hourglassTimelock *HourglassTimelock) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := hourglassTimelock.abi.Pack("hasRole", role, account)
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
func (hourglassTimelock *HourglassTimelock) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return hourglassTimelock.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (hourglassTimelock *HourglassTimelock) UnpackHasRole(data []byte) (bool, error) {
	out, err := hourglassTimelock.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8065657f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (hourglassTimelock *HourglassTimelock) PackHashOperation(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := hourglassTimelock.abi.Pack("hashOperation", target, value, data, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8065657f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (hourglassTimelock *HourglassTimelock) TryPackHashOperation(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return hourglassTimelock.abi.Pack("hashOperation", target, value, data, predecessor, salt)
}

// UnpackHashOperation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8065657f.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (hourglassTimelock *HourglassTimelock) UnpackHashOperation(data []byte) ([32]byte, error) {
	out, err := hourglassTimelock.abi.Unpack("hashOperation", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashOperationBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1c5f427.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (hourglassTimelock *HourglassTimelock) PackHashOperationBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := hourglassTimelock.abi.Pack("hashOperationBatch", targets, values, payloads, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashOperationBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1c5f427.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (hourglassTimelock *HourglassTimelock) TryPackHashOperationBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return hourglassTimelock.abi.Pack("hashOperationBatch", targets, values, payloads, predecessor, salt)
}

// UnpackHashOperationBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1c5f427.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (hourglassTimelock *HourglassTimelock) UnpackHashOperationBatch(data []byte) ([32]byte, error) {
	out, err := hourglassTimelock.abi.Unpack("hashOperationBatch", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31d50750.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (hourglassTimelock *HourglassTimelock) PackIsOperation(id [32]byte) []byte {
	enc, err := hourglassTimelock.abi.Pack("isOperation", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31d50750.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (hourglassTimelock *HourglassTimelock) TryPackIsOperation(id [32]byte) ([]byte, error) {
	return hourglassTimelock.abi.Pack("isOperation", id)
}

// UnpackIsOperation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31d50750.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (hourglassTimelock *HourglassTimelock) UnpackIsOperation(data []byte) (bool, error) {
	out, err := hourglassTimelock.abi.Unpack("isOperation", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ab0f529.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (hourglassTimelock *HourglassTimelock) PackIsOperationDone(id [32]byte) []byte {
	enc, err := hourglassTimelock.abi.Pack("isOperationDone", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ab0f529.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (hourglassTimelock *HourglassTimelock) TryPackIsOperationDone(id [32]byte) ([]byte, error) {
	return hourglassTimelock.abi.Pack("isOperationDone", id)
}

// UnpackIsOperationDone is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ab0f529.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (hourglassTimelock *HourglassTimelock) UnpackIsOperationDone(data []byte) (bool, error) {
	out, err := hourglassTimelock.abi.Unpack("isOperationDone", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x584b153e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (hourglassTimelock *HourglassTimelock) PackIsOperationPending(id [32]byte) []byte {
	enc, err := hourglassTimelock.abi.Pack("isOperationPending", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x584b153e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (hourglassTimelock *HourglassTimelock) TryPackIsOperationPending(id [32]byte) ([]byte, error) {
	return hourglassTimelock.abi.Pack("isOperationPending", id)
}

// UnpackIsOperationPending is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x584b153e.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (hourglassTimelock *HourglassTimelock) UnpackIsOperationPending(data []byte) (bool, error) {
	out, err := hourglassTimelock.abi.Unpack("isOperationPending", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationReady is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13bc9f20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (hourglassTimelock *HourglassTimelock) PackIsOperationReady(id [32]byte) []byte {
	enc, err := hourglassTimelock.abi.Pack("isOperationReady", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationReady is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13bc9f20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (hourglassTimelock *HourglassTimelock) TryPackIsOperationReady(id [32]byte) ([]byte, error) {
	return hourglassTimelock.abi.Pack("isOperationReady", id)
}

// UnpackIsOperationReady is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13bc9f20.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (hourglassTimelock *HourglassTimelock) UnpackIsOperationReady(data []byte) (bool, error) {
	out, err := hourglassTimelock.abi.Unpack("isOperationReady", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (hourglassTimelock *HourglassTimelock) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := hourglassTimelock.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (hourglassTimelock *HourglassTimelock) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return hourglassTimelock.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (hourglassTimelock *HourglassTimelock) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := hourglassTimelock.abi.Unpack("onERC1155BatchReceived", data)
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
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (hourglassTimelock *HourglassTimelock) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := hourglassTimelock.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (hourglassTimelock *HourglassTimelock) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return hourglassTimelock.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (hourglassTimelock *HourglassTimelock) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := hourglassTimelock.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (hourglassTimelock *HourglassTimelock) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := hourglassTimelock.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (hourglassTimelock *HourglassTimelock) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return hourglassTimelock.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (hourglassTimelock *HourglassTimelock) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := hourglassTimelock.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (hourglassTimelock *HourglassTimelock) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := hourglassTimelock.abi.Pack("renounceRole", role, callerConfirmation)
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
func (hourglassTimelock *HourglassTimelock) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return hourglassTimelock.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (hourglassTimelock *HourglassTimelock) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := hourglassTimelock.abi.Pack("revokeRole", role, account)
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
func (hourglassTimelock *HourglassTimelock) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return hourglassTimelock.abi.Pack("revokeRole", role, account)
}

// PackSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01d5062a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (hourglassTimelock *HourglassTimelock) PackSchedule(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte, delay *big.Int) []byte {
	enc, err := hourglassTimelock.abi.Pack("schedule", target, value, data, predecessor, salt, delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01d5062a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (hourglassTimelock *HourglassTimelock) TryPackSchedule(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte, delay *big.Int) ([]byte, error) {
	return hourglassTimelock.abi.Pack("schedule", target, value, data, predecessor, salt, delay)
}

// PackScheduleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f2a0bb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (hourglassTimelock *HourglassTimelock) PackScheduleBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte, delay *big.Int) []byte {
	enc, err := hourglassTimelock.abi.Pack("scheduleBatch", targets, values, payloads, predecessor, salt, delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScheduleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f2a0bb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (hourglassTimelock *HourglassTimelock) TryPackScheduleBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte, delay *big.Int) ([]byte, error) {
	return hourglassTimelock.abi.Pack("scheduleBatch", targets, values, payloads, predecessor, salt, delay)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (hourglassTimelock *HourglassTimelock) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := hourglassTimelock.abi.Pack("supportsInterface", interfaceId)
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
func (hourglassTimelock *HourglassTimelock) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return hourglassTimelock.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (hourglassTimelock *HourglassTimelock) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := hourglassTimelock.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUpdateDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64d62353.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateDelay(uint256 newDelay) returns()
func (hourglassTimelock *HourglassTimelock) PackUpdateDelay(newDelay *big.Int) []byte {
	enc, err := hourglassTimelock.abi.Pack("updateDelay", newDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64d62353.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateDelay(uint256 newDelay) returns()
func (hourglassTimelock *HourglassTimelock) TryPackUpdateDelay(newDelay *big.Int) ([]byte, error) {
	return hourglassTimelock.abi.Pack("updateDelay", newDelay)
}

// HourglassTimelockCallExecuted represents a CallExecuted event raised by the HourglassTimelock contract.
type HourglassTimelockCallExecuted struct {
	Id     [32]byte
	Index  *big.Int
	Target common.Address
	Value  *big.Int
	Data   []byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const HourglassTimelockCallExecutedEventName = "CallExecuted"

// ContractEventName returns the user-defined event name.
func (HourglassTimelockCallExecuted) ContractEventName() string {
	return HourglassTimelockCallExecutedEventName
}

// UnpackCallExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallExecuted(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data)
func (hourglassTimelock *HourglassTimelock) UnpackCallExecutedEvent(log *types.Log) (*HourglassTimelockCallExecuted, error) {
	event := "CallExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hourglassTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HourglassTimelockCallExecuted)
	if len(log.Data) > 0 {
		if err := hourglassTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hourglassTimelock.abi.Events[event].Inputs {
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

// HourglassTimelockCallSalt represents a CallSalt event raised by the HourglassTimelock contract.
type HourglassTimelockCallSalt struct {
	Id   [32]byte
	Salt [32]byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const HourglassTimelockCallSaltEventName = "CallSalt"

// ContractEventName returns the user-defined event name.
func (HourglassTimelockCallSalt) ContractEventName() string {
	return HourglassTimelockCallSaltEventName
}

// UnpackCallSaltEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallSalt(bytes32 indexed id, bytes32 salt)
func (hourglassTimelock *HourglassTimelock) UnpackCallSaltEvent(log *types.Log) (*HourglassTimelockCallSalt, error) {
	event := "CallSalt"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hourglassTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HourglassTimelockCallSalt)
	if len(log.Data) > 0 {
		if err := hourglassTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hourglassTimelock.abi.Events[event].Inputs {
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

// HourglassTimelockCallScheduled represents a CallScheduled event raised by the HourglassTimelock contract.
type HourglassTimelockCallScheduled struct {
	Id          [32]byte
	Index       *big.Int
	Target      common.Address
	Value       *big.Int
	Data        []byte
	Predecessor [32]byte
	Delay       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const HourglassTimelockCallScheduledEventName = "CallScheduled"

// ContractEventName returns the user-defined event name.
func (HourglassTimelockCallScheduled) ContractEventName() string {
	return HourglassTimelockCallScheduledEventName
}

// UnpackCallScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallScheduled(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data, bytes32 predecessor, uint256 delay)
func (hourglassTimelock *HourglassTimelock) UnpackCallScheduledEvent(log *types.Log) (*HourglassTimelockCallScheduled, error) {
	event := "CallScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hourglassTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HourglassTimelockCallScheduled)
	if len(log.Data) > 0 {
		if err := hourglassTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hourglassTimelock.abi.Events[event].Inputs {
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

// HourglassTimelockCancelled represents a Cancelled event raised by the HourglassTimelock contract.
type HourglassTimelockCancelled struct {
	Id  [32]byte
	Raw *types.Log // Blockchain specific contextual infos
}

const HourglassTimelockCancelledEventName = "Cancelled"

// ContractEventName returns the user-defined event name.
func (HourglassTimelockCancelled) ContractEventName() string {
	return HourglassTimelockCancelledEventName
}

// UnpackCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Cancelled(bytes32 indexed id)
func (hourglassTimelock *HourglassTimelock) UnpackCancelledEvent(log *types.Log) (*HourglassTimelockCancelled, error) {
	event := "Cancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hourglassTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HourglassTimelockCancelled)
	if len(log.Data) > 0 {
		if err := hourglassTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hourglassTimelock.abi.Events[event].Inputs {
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

// HourglassTimelockMinDelayChange represents a MinDelayChange event raised by the HourglassTimelock contract.
type HourglassTimelockMinDelayChange struct {
	OldDuration *big.Int
	NewDuration *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const HourglassTimelockMinDelayChangeEventName = "MinDelayChange"

// ContractEventName returns the user-defined event name.
func (HourglassTimelockMinDelayChange) ContractEventName() string {
	return HourglassTimelockMinDelayChangeEventName
}

// UnpackMinDelayChangeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinDelayChange(uint256 oldDuration, uint256 newDuration)
func (hourglassTimelock *HourglassTimelock) UnpackMinDelayChangeEvent(log *types.Log) (*HourglassTimelockMinDelayChange, error) {
	event := "MinDelayChange"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hourglassTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HourglassTimelockMinDelayChange)
	if len(log.Data) > 0 {
		if err := hourglassTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hourglassTimelock.abi.Events[event].Inputs {
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

// HourglassTimelockRoleAdminChanged represents a RoleAdminChanged event raised by the HourglassTimelock contract.
type HourglassTimelockRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const HourglassTimelockRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (HourglassTimelockRoleAdminChanged) ContractEventName() string {
	return HourglassTimelockRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (hourglassTimelock *HourglassTimelock) UnpackRoleAdminChangedEvent(log *types.Log) (*HourglassTimelockRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hourglassTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HourglassTimelockRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := hourglassTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hourglassTimelock.abi.Events[event].Inputs {
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

// HourglassTimelockRoleGranted represents a RoleGranted event raised by the HourglassTimelock contract.
type HourglassTimelockRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const HourglassTimelockRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (HourglassTimelockRoleGranted) ContractEventName() string {
	return HourglassTimelockRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (hourglassTimelock *HourglassTimelock) UnpackRoleGrantedEvent(log *types.Log) (*HourglassTimelockRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hourglassTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HourglassTimelockRoleGranted)
	if len(log.Data) > 0 {
		if err := hourglassTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hourglassTimelock.abi.Events[event].Inputs {
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

// HourglassTimelockRoleRevoked represents a RoleRevoked event raised by the HourglassTimelock contract.
type HourglassTimelockRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const HourglassTimelockRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (HourglassTimelockRoleRevoked) ContractEventName() string {
	return HourglassTimelockRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (hourglassTimelock *HourglassTimelock) UnpackRoleRevokedEvent(log *types.Log) (*HourglassTimelockRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hourglassTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HourglassTimelockRoleRevoked)
	if len(log.Data) > 0 {
		if err := hourglassTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hourglassTimelock.abi.Events[event].Inputs {
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
func (hourglassTimelock *HourglassTimelock) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], hourglassTimelock.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return hourglassTimelock.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], hourglassTimelock.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return hourglassTimelock.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], hourglassTimelock.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return hourglassTimelock.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], hourglassTimelock.abi.Errors["TimelockInsufficientDelay"].ID.Bytes()[:4]) {
		return hourglassTimelock.UnpackTimelockInsufficientDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], hourglassTimelock.abi.Errors["TimelockInvalidOperationLength"].ID.Bytes()[:4]) {
		return hourglassTimelock.UnpackTimelockInvalidOperationLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], hourglassTimelock.abi.Errors["TimelockUnauthorizedCaller"].ID.Bytes()[:4]) {
		return hourglassTimelock.UnpackTimelockUnauthorizedCallerError(raw[4:])
	}
	if bytes.Equal(raw[:4], hourglassTimelock.abi.Errors["TimelockUnexecutedPredecessor"].ID.Bytes()[:4]) {
		return hourglassTimelock.UnpackTimelockUnexecutedPredecessorError(raw[4:])
	}
	if bytes.Equal(raw[:4], hourglassTimelock.abi.Errors["TimelockUnexpectedOperationState"].ID.Bytes()[:4]) {
		return hourglassTimelock.UnpackTimelockUnexpectedOperationStateError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// HourglassTimelockAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the HourglassTimelock contract.
type HourglassTimelockAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func HourglassTimelockAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (hourglassTimelock *HourglassTimelock) UnpackAccessControlBadConfirmationError(raw []byte) (*HourglassTimelockAccessControlBadConfirmation, error) {
	out := new(HourglassTimelockAccessControlBadConfirmation)
	if err := hourglassTimelock.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HourglassTimelockAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the HourglassTimelock contract.
type HourglassTimelockAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func HourglassTimelockAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (hourglassTimelock *HourglassTimelock) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*HourglassTimelockAccessControlUnauthorizedAccount, error) {
	out := new(HourglassTimelockAccessControlUnauthorizedAccount)
	if err := hourglassTimelock.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HourglassTimelockFailedCall represents a FailedCall error raised by the HourglassTimelock contract.
type HourglassTimelockFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func HourglassTimelockFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (hourglassTimelock *HourglassTimelock) UnpackFailedCallError(raw []byte) (*HourglassTimelockFailedCall, error) {
	out := new(HourglassTimelockFailedCall)
	if err := hourglassTimelock.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HourglassTimelockTimelockInsufficientDelay represents a TimelockInsufficientDelay error raised by the HourglassTimelock contract.
type HourglassTimelockTimelockInsufficientDelay struct {
	Delay    *big.Int
	MinDelay *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockInsufficientDelay(uint256 delay, uint256 minDelay)
func HourglassTimelockTimelockInsufficientDelayErrorID() common.Hash {
	return common.HexToHash("0x543366097fc46a718a4890a59e5216cbbc872f61973a9e2a6666ecccaa1a07ca")
}

// UnpackTimelockInsufficientDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockInsufficientDelay(uint256 delay, uint256 minDelay)
func (hourglassTimelock *HourglassTimelock) UnpackTimelockInsufficientDelayError(raw []byte) (*HourglassTimelockTimelockInsufficientDelay, error) {
	out := new(HourglassTimelockTimelockInsufficientDelay)
	if err := hourglassTimelock.abi.UnpackIntoInterface(out, "TimelockInsufficientDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HourglassTimelockTimelockInvalidOperationLength represents a TimelockInvalidOperationLength error raised by the HourglassTimelock contract.
type HourglassTimelockTimelockInvalidOperationLength struct {
	Targets  *big.Int
	Payloads *big.Int
	Values   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockInvalidOperationLength(uint256 targets, uint256 payloads, uint256 values)
func HourglassTimelockTimelockInvalidOperationLengthErrorID() common.Hash {
	return common.HexToHash("0xffb0321166292613ddbe36e2eb9b9b1e8877aa314505f6d35f0f4ae660e8ada3")
}

// UnpackTimelockInvalidOperationLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockInvalidOperationLength(uint256 targets, uint256 payloads, uint256 values)
func (hourglassTimelock *HourglassTimelock) UnpackTimelockInvalidOperationLengthError(raw []byte) (*HourglassTimelockTimelockInvalidOperationLength, error) {
	out := new(HourglassTimelockTimelockInvalidOperationLength)
	if err := hourglassTimelock.abi.UnpackIntoInterface(out, "TimelockInvalidOperationLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HourglassTimelockTimelockUnauthorizedCaller represents a TimelockUnauthorizedCaller error raised by the HourglassTimelock contract.
type HourglassTimelockTimelockUnauthorizedCaller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockUnauthorizedCaller(address caller)
func HourglassTimelockTimelockUnauthorizedCallerErrorID() common.Hash {
	return common.HexToHash("0xe2850c5900ceb2d1b367e63ffd96510279f191862fece2dde12a1b1bce580ebd")
}

// UnpackTimelockUnauthorizedCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockUnauthorizedCaller(address caller)
func (hourglassTimelock *HourglassTimelock) UnpackTimelockUnauthorizedCallerError(raw []byte) (*HourglassTimelockTimelockUnauthorizedCaller, error) {
	out := new(HourglassTimelockTimelockUnauthorizedCaller)
	if err := hourglassTimelock.abi.UnpackIntoInterface(out, "TimelockUnauthorizedCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HourglassTimelockTimelockUnexecutedPredecessor represents a TimelockUnexecutedPredecessor error raised by the HourglassTimelock contract.
type HourglassTimelockTimelockUnexecutedPredecessor struct {
	PredecessorId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockUnexecutedPredecessor(bytes32 predecessorId)
func HourglassTimelockTimelockUnexecutedPredecessorErrorID() common.Hash {
	return common.HexToHash("0x90a9a618cfd84aabd2505bb50bbc6c95924a5d4f10d2bf500768fcbf91f51cab")
}

// UnpackTimelockUnexecutedPredecessorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockUnexecutedPredecessor(bytes32 predecessorId)
func (hourglassTimelock *HourglassTimelock) UnpackTimelockUnexecutedPredecessorError(raw []byte) (*HourglassTimelockTimelockUnexecutedPredecessor, error) {
	out := new(HourglassTimelockTimelockUnexecutedPredecessor)
	if err := hourglassTimelock.abi.UnpackIntoInterface(out, "TimelockUnexecutedPredecessor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HourglassTimelockTimelockUnexpectedOperationState represents a TimelockUnexpectedOperationState error raised by the HourglassTimelock contract.
type HourglassTimelockTimelockUnexpectedOperationState struct {
	OperationId    [32]byte
	ExpectedStates [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockUnexpectedOperationState(bytes32 operationId, bytes32 expectedStates)
func HourglassTimelockTimelockUnexpectedOperationStateErrorID() common.Hash {
	return common.HexToHash("0x5ead8eb51d1c1b7ef2eb1ef3ec2f009cfba25e924d04ccc853f25803ea40b489")
}

// UnpackTimelockUnexpectedOperationStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockUnexpectedOperationState(bytes32 operationId, bytes32 expectedStates)
func (hourglassTimelock *HourglassTimelock) UnpackTimelockUnexpectedOperationStateError(raw []byte) (*HourglassTimelockTimelockUnexpectedOperationState, error) {
	out := new(HourglassTimelockTimelockUnexpectedOperationState)
	if err := hourglassTimelock.abi.UnpackIntoInterface(out, "TimelockUnexpectedOperationState", raw); err != nil {
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
	Bin: "0x6080604052348015600e575f5ffd5b50610fb58061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061006f575f3560e01c8063d7be238f1161004d578063d7be238f146100dd578063e025b2ed146100fd578063f577a50014610110575f5ffd5b8063221176671461007357806361a769001461009c5780637e3edc14146100bc575b5f5ffd5b6100866100813660046109d6565b610133565b6040516100939190610a47565b60405180910390f35b6100af6100aa366004610b28565b610305565b6040516100939190610c76565b6100cf6100ca366004610c85565b6104a9565b604051908152602001610093565b6100f06100eb366004610c9e565b610525565b6040516100939190610cff565b6100cf61010b366004610b28565b61065f565b61012361011e366004610b28565b610669565b6040519015158152602001610093565b60608167ffffffffffffffff81111561014e5761014e610d4d565b60405190808252806020026020018201604052801561019a57816020015b60408051606080820183525f80835260208301529181019190915281526020019060019003908161016c5790505b5090505f5b828110156102fe5730637e3edc148585848181106101bf576101bf610d7a565b905060e002016040518263ffffffff1660e01b81526004016101e19190610de0565b602060405180830381865afa925050508015610238575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016820190925261023591810190610e76565b60015b6102ab573d808015610265576040519150601f19603f3d011682016040523d82523d5f602084013e61026a565b606091505b5060405180606001604052805f151581526020015f81526020018281525083838151811061029a5761029a610d7a565b6020026020010181905250506102f6565b604051806060016040528060011515815260200182815260200160405180602001604052805f8152508152508383815181106102e9576102e9610d7a565b6020026020010181905250505b60010161019f565b5092915050565b60408051610200810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e081019190915261038f8260781c90565b60ff1660808201526103a18260681c90565b61ffff1660a08201526103b48260581c90565b61ffff1660c08201526103c78260501c90565b60ff1660e08201526103d98260401c90565b61ffff166101008201526103ed8260381c90565b60ff166101208201526104008260301c90565b60ff166101408201526104138260101c90565b63ffffffff166101608201528161ffff1661018082015261043382610673565b815261043e82610693565b602082015261044c826106b1565b604082015261045a826106c8565b6060820152610468826106e5565b15156101a082015261047982610708565b600881111561048a5761048a610e8d565b60ff166101c082015261049c82610795565b15156101e0820152919050565b5f61051f6104ba6020840184610eba565b6104ca6040850160208601610eda565b6104da6060860160408701610eba565b6104ea6080870160608801610eda565b6104fa60a0880160808901610eda565b61050a60c0890160a08a01610ef3565b61051a60e08a0160c08b01610eba565b6107d5565b92915050565b60608167ffffffffffffffff81111561054057610540610d4d565b60405190808252806020026020018201604052801561060c57816020015b60408051610200810182525f8082526020808301829052928201819052606082018190526080820181905260a0820181905260c0820181905260e08201819052610100820181905261012082018190526101408201819052610160820181905261018082018190526101a082018190526101c082018190526101e082015282527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff90920191018161055e5790505b5090505f5b828110156102fe5761063a84848381811061062e5761062e610d7a565b90506020020135610305565b82828151811061064c5761064c610d7a565b6020908102919091010152600101610611565b5f61051f826106c8565b5f61051f826106e5565b5f8161ffff166106838360101c90565b63ffffffff1661051f9190610f39565b5f610e106106a18360101c90565b63ffffffff1661051f9190610f4c565b5f610e106106be83610673565b61051f9190610f4c565b5f6106db60016601000000000000610f63565b1982169050919050565b5f806106f083610708565b600881111561070157610701610e8d565b1492915050565b5f60016107158360781c90565b60ff161461072557506001919050565b608082901c151580610743575061073c8260681c90565b61ffff1615155b1561075057506002919050565b61051f61075d8360581c90565b6107678460501c90565b6107718560401c90565b61077b8660381c90565b6107858760301c90565b61078f8860101c90565b886108c9565b5f6107a860016601000000000000610f63565b82161580156107c257505f6107bd8360301c90565b60ff16145b801561051f575061051f826001176106e5565b5f5f6107e6898989898989896108c9565b90505f8160088111156107fb576107fb610e8d565b1461083d57806040517f6a9c12320000000000000000000000000000000000000000000000000000000081526004016108349190610f76565b60405180910390fd5b50506cffff0000000000000000000000605888901b166aff00000000000000000000605088901b161769ffff0000000000000000604087901b161767ff00000000000000603886901b161766ff000000000000603085901b161765ffffffff0000601084901b161761ffff8216176f01000000000000000000000000000000175b979650505050505050565b5f61ffff881615806108de575061ffff888116145b156108eb575060036108be565b600260ff881611156108ff575060046108be565b600161ffff871610806109165750600761ffff8716115b15610923575060056108be565b600160ff861610806109385750600360ff8616115b15610945575060066108be565b60ff8416610965578161ffff165f03610960575060086108be565b6109c9565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60ff8516016109c15763ffffffff83161515806109a5575061ffff8216155b806109b4575060a861ffff8316115b15610960575060086108be565b5060076108be565b505f979650505050505050565b5f5f602083850312156109e7575f5ffd5b823567ffffffffffffffff8111156109fd575f5ffd5b8301601f81018513610a0d575f5ffd5b803567ffffffffffffffff811115610a23575f5ffd5b85602060e083028401011115610a37575f5ffd5b6020919091019590945092505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015610b1c577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc0878603018452815180511515865260208101516020870152604081015190506060604087015280518060608801528060208301608089015e5f6080828901015260807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011688010196505050602082019150602084019350600181019050610a6d565b50929695505050505050565b5f60208284031215610b38575f5ffd5b5035919050565b805182526020810151602083015260408101516040830152606081015160608301526080810151610b75608084018260ff169052565b5060a0810151610b8b60a084018261ffff169052565b5060c0810151610ba160c084018261ffff169052565b5060e0810151610bb660e084018260ff169052565b50610100810151610bce61010084018261ffff169052565b50610120810151610be561012084018260ff169052565b50610140810151610bfc61014084018260ff169052565b50610160810151610c1661016084018263ffffffff169052565b50610180810151610c2e61018084018261ffff169052565b506101a0810151610c446101a084018215159052565b506101c0810151610c5b6101c084018260ff169052565b506101e0810151610c716101e084018215159052565b505050565b610200810161051f8284610b3f565b5f60e0828403128015610c96575f5ffd5b509092915050565b5f5f60208385031215610caf575f5ffd5b823567ffffffffffffffff811115610cc5575f5ffd5b8301601f81018513610cd5575f5ffd5b803567ffffffffffffffff811115610ceb575f5ffd5b8560208260051b8401011115610a37575f5ffd5b602080825282518282018190525f918401906040840190835b81811015610d4257610d2b838551610b3f565b602093909301926102009290920191600101610d18565b509095945050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b803561ffff81168114610db8575f5ffd5b919050565b803560ff81168114610db8575f5ffd5b803563ffffffff81168114610db8575f5ffd5b60e0810161ffff610df084610da7565b16825260ff610e0160208501610dbd565b16602083015261ffff610e1660408501610da7565b16604083015260ff610e2a60608501610dbd565b16606083015260ff610e3e60808501610dbd565b166080830152610e5060a08401610dcd565b63ffffffff1660a0830152610e6760c08401610da7565b61ffff811660c08401526102fe565b5f60208284031215610e86575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f60208284031215610eca575f5ffd5b610ed382610da7565b9392505050565b5f60208284031215610eea575f5ffd5b610ed382610dbd565b5f60208284031215610f03575f5ffd5b610ed382610dcd565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561051f5761051f610f0c565b808202811582820484141761051f5761051f610f0c565b8181038181111561051f5761051f610f0c565b6020810160098310610faf577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9190529056",
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

// MarkPriceFeedMetaData contains all meta data concerning the MarkPriceFeed contract.
var MarkPriceFeedMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"name\":\"AlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"}],\"name\":\"AnswerTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumInstrumentId.Reason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"InvalidInstrument\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoData\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"name\":\"NoSuchRound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"}],\"name\":\"NonPositiveAnswer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotReservation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"StringsInsufficientHexLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lastTradingTime\",\"type\":\"uint256\"}],\"name\":\"TradingClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lastTradingTime\",\"type\":\"uint256\"}],\"name\":\"TradingOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"}],\"name\":\"MarkPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"}],\"name\":\"SettlementPriceRecorded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DECIMALS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INSTRUMENT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TRADING_CLOSE_LEAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"description\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"name\":\"getRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastTradingTime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRound\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"}],\"name\":\"postMark\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"settle\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"settlementPrice\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"settlementRound\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "883afbbbb95f7036975f645b81045a6d2e",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161184d38038061184d83398101604081905261002e91610338565b6001600160a01b0382166100555760405163d92e233d60e01b815260040160405180910390fd5b5f61005f846100f3565b90505f81600881111561007457610074610371565b1461009f57838160405163336a3bd960e11b8152600401610096929190610385565b60405180910390fd5b60808490526100ae5f84610186565b506001600160a01b038216156100ea576100e87f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92983610186565b505b505050506103b5565b5f60016101008360781c90565b60ff161461011057506001919050565b608082901c15158061012e57506101278260681c90565b61ffff1615155b1561013b57506002919050565b6101806101488360581c90565b6101528460501c90565b61015c8560401c90565b6101668660381c90565b6101708760301c90565b61017a8860101c90565b8861022e565b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610226575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101de3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610180565b505f92915050565b5f61ffff88161580610243575061ffff888116145b1561025057506003610312565b600260ff8816111561026457506004610312565b600161ffff8716108061027b5750600761ffff8716115b1561028857506005610312565b600160ff8616108061029d5750600360ff8616115b156102aa57506006610312565b60ff84166102ca578161ffff165f036102c557506008610312565b61030f565b5f1960ff8516016103075763ffffffff83161515806102eb575061ffff8216155b806102fa575060a861ffff8316115b156102c557506008610312565b506007610312565b505f5b979650505050505050565b80516001600160a01b0381168114610333575f5ffd5b919050565b5f5f5f6060848603121561034a575f5ffd5b8351925061035a6020850161031d565b91506103686040850161031d565b90509250925092565b634e487b7160e01b5f52602160045260245ffd5b82815260408101600983106103a857634e487b7160e01b5f52602160045260245ffd5b8260208301529392505050565b6080516114486104055f395f818161031d01528181610483015281816104d501528181610541015281816106da015281816107bb01528181610809015281816109f00152610a5301526114485ff3fe608060405234801561000f575f5ffd5b5060043610610179575f3560e01c80637284e416116100d2578063d20a6b4a11610088578063f5481c9311610063578063f5481c9314610395578063f5b541a6146103b9578063feaf968c146103e0575f5ffd5b8063d20a6b4a1461033f578063d547741f14610352578063f348e8b214610365575f5ffd5b80639a6fc8f5116100b85780639a6fc8f5146102c7578063a217fddf14610311578063adb03eee14610318575f5ffd5b80637284e4161461026f57806391d1485414610284575f5ffd5b8063313ce56711610132578063577ef77b1161010d578063577ef77b14610248578063668a0f0214610250578063706b895214610266575f5ffd5b8063313ce5671461022757806336568abe1461022e57806354fd4d5014610241575f5ffd5b8063248a9ca311610162578063248a9ca3146101c85780632e0f2625146101f85780632f2ff15d14610212575f5ffd5b806301ffc9a71461017d57806311da60b4146101a5575b5f5ffd5b61019061018b3660046111ab565b6103e8565b60405190151581526020015b60405180910390f35b6101ad610480565b60405169ffffffffffffffffffff909116815260200161019c565b6101ea6101d63660046111f1565b5f9081526020819052604090206001015490565b60405190815260200161019c565b610200600881565b60405160ff909116815260200161019c565b610225610220366004611208565b61072c565b005b6008610200565b61022561023c366004611208565b610756565b60016101ea565b6101ea6107b4565b6001546101ad9069ffffffffffffffffffff1681565b6101ea611c2081565b610277610802565b60405161019c919061124e565b610190610292366004611208565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6102da6102d53660046112a1565b610853565b6040805169ffffffffffffffffffff968716815260208101959095528401929092526060830152909116608082015260a00161019c565b6101ea5f81565b6101ea7f000000000000000000000000000000000000000000000000000000000000000081565b61022561034d3660046111f1565b610933565b610225610360366004611208565b610b91565b61036d610bb5565b6040805169ffffffffffffffffffff909416845260208401929092529082015260600161019c565b6001546101ad906a0100000000000000000000900469ffffffffffffffffffff1681565b6101ea7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92981565b6102da610c70565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061047a57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f7f000000000000000000000000000000000000000000000000000000000000000060301c60ff1615610506576040517fe23efd3f0000000000000000000000000000000000000000000000000000000081527f000000000000000000000000000000000000000000000000000000000000000060048201526024015b60405180910390fd5b5f61050f6107b4565b905080421015610574576040517f9042524a0000000000000000000000000000000000000000000000000000000081527f00000000000000000000000000000000000000000000000000000000000000006004820152602481018290526044016104fd565b6001546a0100000000000000000000900469ffffffffffffffffffff16156105e7576001546040517f4e480ad40000000000000000000000000000000000000000000000000000000081526a010000000000000000000090910469ffffffffffffffffffff1660048201526024016104fd565b60015469ffffffffffffffffffff1691505f829003610632576040517fbad1e8f800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600180547fffffffffffffffffffffffff00000000000000000000ffffffffffffffffffff166a010000000000000000000069ffffffffffffffffffff8516908102919091179091555f81815260026020908152604091829020825180840184529054601781900b808352780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1682840181905284519586529285015291830152907f0000000000000000000000000000000000000000000000000000000000000000907fe6bdda60a71cdea95d6f5d360cd0cd33f0e0c9b300c33e6aec484267284733099060600160405180910390a2505090565b5f8281526020819052604090206001015461074681610d25565b6107508383610d32565b50505050565b73ffffffffffffffffffffffffffffffffffffffff811633146107a5576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6107af8282610e2b565b505050565b5f5f6107df7f0000000000000000000000000000000000000000000000000000000000000000610ee4565b9050611c2081116107f0575f6107fc565b6107fc611c20826112f7565b91505090565b606061082f7f00000000000000000000000000000000000000000000000000000000000000006020610f02565b60405160200161083f919061130a565b604051602081830303815290604052905090565b5f8080808069ffffffffffffffffffff86161580610882575060015469ffffffffffffffffffff908116908716115b156108c7576040517fbfb84ac000000000000000000000000000000000000000000000000000000000815269ffffffffffffffffffff871660048201526024016104fd565b5050505069ffffffffffffffffffff82165f90815260026020908152604091829020825180840190935254601781900b808452780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1692909101829052929390915081908490565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92961095d81610d25565b5f8213610999576040517f4c7c4258000000000000000000000000000000000000000000000000000000008152600481018390526024016104fd565b777fffffffffffffffffffffffffffffffffffffffffffffff8213156109ee576040517fa1a997d9000000000000000000000000000000000000000000000000000000008152600481018390526024016104fd565b7f000000000000000000000000000000000000000000000000000000000000000060301c60ff16610a88575f610a226107b4565b9050804210610a86576040517fc20c7dbc0000000000000000000000000000000000000000000000000000000081527f00000000000000000000000000000000000000000000000000000000000000006004820152602481018290526044016104fd565b505b600180545f91610aa49169ffffffffffffffffffff169061136e565b6001805469ffffffffffffffffffff83167fffffffffffffffffffffffffffffffffffffffffffff000000000000000000009091168117909155604080518082018252601787900b815267ffffffffffffffff4281811660208085019182525f878152600282528690209451915190931678010000000000000000000000000000000000000000000000000277ffffffffffffffffffffffffffffffffffffffffffffffff9091161790925582518881529081019190915292935090917f896514c87fc3aca9b23da5197743f032ff54a7ba640b15c937dee778684407bd910160405180910390a2505050565b5f82815260208190526040902060010154610bab81610d25565b6107508383610e2b565b6001546a0100000000000000000000900469ffffffffffffffffffff165f80828103610c0d576040517fba329a9b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505069ffffffffffffffffffff81165f90815260026020908152604091829020825180840190935254601781900b808452780100000000000000000000000000000000000000000000000090910467ffffffffffffffff16929091018290529192565b60015469ffffffffffffffffffff165f808080848103610cbc576040517fbad1e8f800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050505069ffffffffffffffffffff81165f90815260026020908152604091829020825180840190935254601781900b808452780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1692909101829052919281908490565b610d2f8133611122565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610e24575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055610dc23390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161047a565b505f61047a565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610e24575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161047a565b5f610e10610ef28360101c90565b63ffffffff1661047a9190611390565b6060825f610f11846002611390565b610f1c9060026113a7565b67ffffffffffffffff811115610f3457610f346113ba565b6040519080825280601f01601f191660200182016040528015610f5e576020820181803683370190505b5090507f3000000000000000000000000000000000000000000000000000000000000000815f81518110610f9457610f946113e7565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a9053507f780000000000000000000000000000000000000000000000000000000000000081600181518110610ff657610ff66113e7565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a9053505f611030856002611390565b61103b9060016113a7565b90505b60018111156110d7577f303132333435363738396162636465660000000000000000000000000000000083600f166010811061107c5761107c6113e7565b1a60f81b828281518110611092576110926113e7565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a90535060049290921c916110d081611414565b905061103e565b50811561111a576040517fe22e27eb00000000000000000000000000000000000000000000000000000000815260048101869052602481018590526044016104fd565b949350505050565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff166111a7576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602481018390526044016104fd565b5050565b5f602082840312156111bb575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146111ea575f5ffd5b9392505050565b5f60208284031215611201575f5ffd5b5035919050565b5f5f60408385031215611219575f5ffd5b82359150602083013573ffffffffffffffffffffffffffffffffffffffff81168114611243575f5ffd5b809150509250929050565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b5f602082840312156112b1575f5ffd5b813569ffffffffffffffffffff811681146111ea575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561047a5761047a6112ca565b7f486f7572676c617373206d61726b20000000000000000000000000000000000081525f82518060208501600f85015e7f202855534420706572204750552d686f75722900000000000000000000000000600f939091019283015250602201919050565b69ffffffffffffffffffff818116838216019081111561047a5761047a6112ca565b808202811582820484141761047a5761047a6112ca565b8082018082111561047a5761047a6112ca565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f81611422576114226112ca565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff019056",
}

// MarkPriceFeed is an auto generated Go binding around an Ethereum contract.
type MarkPriceFeed struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MarkPriceFeed) GetABI() abi.ABI {
	return c.abi
}

// NewMarkPriceFeed creates a new instance of MarkPriceFeed.
func NewMarkPriceFeed() *MarkPriceFeed {
	parsed, err := MarkPriceFeedMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MarkPriceFeed{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MarkPriceFeed) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 id, address admin, address operator) returns()
func (markPriceFeed *MarkPriceFeed) PackConstructor(id *big.Int, admin common.Address, operator common.Address) []byte {
	enc, err := markPriceFeed.abi.Pack("", id, admin, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDECIMALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e0f2625.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DECIMALS() view returns(uint8)
func (markPriceFeed *MarkPriceFeed) PackDECIMALS() []byte {
	enc, err := markPriceFeed.abi.Pack("DECIMALS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDECIMALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e0f2625.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DECIMALS() view returns(uint8)
func (markPriceFeed *MarkPriceFeed) TryPackDECIMALS() ([]byte, error) {
	return markPriceFeed.abi.Pack("DECIMALS")
}

// UnpackDECIMALS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e0f2625.
//
// Solidity: function DECIMALS() view returns(uint8)
func (markPriceFeed *MarkPriceFeed) UnpackDECIMALS(data []byte) (uint8, error) {
	out, err := markPriceFeed.abi.Unpack("DECIMALS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (markPriceFeed *MarkPriceFeed) PackDEFAULTADMINROLE() []byte {
	enc, err := markPriceFeed.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (markPriceFeed *MarkPriceFeed) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return markPriceFeed.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (markPriceFeed *MarkPriceFeed) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := markPriceFeed.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackINSTRUMENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadb03eee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function INSTRUMENT() view returns(uint256)
func (markPriceFeed *MarkPriceFeed) PackINSTRUMENT() []byte {
	enc, err := markPriceFeed.abi.Pack("INSTRUMENT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackINSTRUMENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadb03eee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function INSTRUMENT() view returns(uint256)
func (markPriceFeed *MarkPriceFeed) TryPackINSTRUMENT() ([]byte, error) {
	return markPriceFeed.abi.Pack("INSTRUMENT")
}

// UnpackINSTRUMENT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xadb03eee.
//
// Solidity: function INSTRUMENT() view returns(uint256)
func (markPriceFeed *MarkPriceFeed) UnpackINSTRUMENT(data []byte) (*big.Int, error) {
	out, err := markPriceFeed.abi.Unpack("INSTRUMENT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOPERATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b541a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OPERATOR_ROLE() view returns(bytes32)
func (markPriceFeed *MarkPriceFeed) PackOPERATORROLE() []byte {
	enc, err := markPriceFeed.abi.Pack("OPERATOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPERATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b541a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OPERATOR_ROLE() view returns(bytes32)
func (markPriceFeed *MarkPriceFeed) TryPackOPERATORROLE() ([]byte, error) {
	return markPriceFeed.abi.Pack("OPERATOR_ROLE")
}

// UnpackOPERATORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf5b541a6.
//
// Solidity: function OPERATOR_ROLE() view returns(bytes32)
func (markPriceFeed *MarkPriceFeed) UnpackOPERATORROLE(data []byte) ([32]byte, error) {
	out, err := markPriceFeed.abi.Unpack("OPERATOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTRADINGCLOSELEAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x706b8952.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TRADING_CLOSE_LEAD() view returns(uint256)
func (markPriceFeed *MarkPriceFeed) PackTRADINGCLOSELEAD() []byte {
	enc, err := markPriceFeed.abi.Pack("TRADING_CLOSE_LEAD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTRADINGCLOSELEAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x706b8952.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TRADING_CLOSE_LEAD() view returns(uint256)
func (markPriceFeed *MarkPriceFeed) TryPackTRADINGCLOSELEAD() ([]byte, error) {
	return markPriceFeed.abi.Pack("TRADING_CLOSE_LEAD")
}

// UnpackTRADINGCLOSELEAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x706b8952.
//
// Solidity: function TRADING_CLOSE_LEAD() view returns(uint256)
func (markPriceFeed *MarkPriceFeed) UnpackTRADINGCLOSELEAD(data []byte) (*big.Int, error) {
	out, err := markPriceFeed.abi.Unpack("TRADING_CLOSE_LEAD", data)
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
func (markPriceFeed *MarkPriceFeed) PackDecimals() []byte {
	enc, err := markPriceFeed.abi.Pack("decimals")
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
func (markPriceFeed *MarkPriceFeed) TryPackDecimals() ([]byte, error) {
	return markPriceFeed.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (markPriceFeed *MarkPriceFeed) UnpackDecimals(data []byte) (uint8, error) {
	out, err := markPriceFeed.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function description() view returns(string)
func (markPriceFeed *MarkPriceFeed) PackDescription() []byte {
	enc, err := markPriceFeed.abi.Pack("description")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function description() view returns(string)
func (markPriceFeed *MarkPriceFeed) TryPackDescription() ([]byte, error) {
	return markPriceFeed.abi.Pack("description")
}

// UnpackDescription is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7284e416.
//
// Solidity: function description() view returns(string)
func (markPriceFeed *MarkPriceFeed) UnpackDescription(data []byte) (string, error) {
	out, err := markPriceFeed.abi.Unpack("description", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (markPriceFeed *MarkPriceFeed) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := markPriceFeed.abi.Pack("getRoleAdmin", role)
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
func (markPriceFeed *MarkPriceFeed) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return markPriceFeed.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (markPriceFeed *MarkPriceFeed) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := markPriceFeed.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6fc8f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoundData(uint80 roundId) view returns(uint80, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (markPriceFeed *MarkPriceFeed) PackGetRoundData(roundId *big.Int) []byte {
	enc, err := markPriceFeed.abi.Pack("getRoundData", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6fc8f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoundData(uint80 roundId) view returns(uint80, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (markPriceFeed *MarkPriceFeed) TryPackGetRoundData(roundId *big.Int) ([]byte, error) {
	return markPriceFeed.abi.Pack("getRoundData", roundId)
}

// GetRoundDataOutput serves as a container for the return parameters of contract
// method GetRoundData.
type GetRoundDataOutput struct {
	Arg0            *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}

// UnpackGetRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a6fc8f5.
//
// Solidity: function getRoundData(uint80 roundId) view returns(uint80, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (markPriceFeed *MarkPriceFeed) UnpackGetRoundData(data []byte) (GetRoundDataOutput, error) {
	out, err := markPriceFeed.abi.Unpack("getRoundData", data)
	outstruct := new(GetRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Answer = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.StartedAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.UpdatedAt = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.AnsweredInRound = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (markPriceFeed *MarkPriceFeed) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := markPriceFeed.abi.Pack("grantRole", role, account)
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
func (markPriceFeed *MarkPriceFeed) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return markPriceFeed.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (markPriceFeed *MarkPriceFeed) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := markPriceFeed.abi.Pack("hasRole", role, account)
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
func (markPriceFeed *MarkPriceFeed) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return markPriceFeed.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (markPriceFeed *MarkPriceFeed) UnpackHasRole(data []byte) (bool, error) {
	out, err := markPriceFeed.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastTradingTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x577ef77b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastTradingTime() view returns(uint256)
func (markPriceFeed *MarkPriceFeed) PackLastTradingTime() []byte {
	enc, err := markPriceFeed.abi.Pack("lastTradingTime")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastTradingTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x577ef77b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastTradingTime() view returns(uint256)
func (markPriceFeed *MarkPriceFeed) TryPackLastTradingTime() ([]byte, error) {
	return markPriceFeed.abi.Pack("lastTradingTime")
}

// UnpackLastTradingTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x577ef77b.
//
// Solidity: function lastTradingTime() view returns(uint256)
func (markPriceFeed *MarkPriceFeed) UnpackLastTradingTime(data []byte) (*big.Int, error) {
	out, err := markPriceFeed.abi.Unpack("lastTradingTime", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLatestRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x668a0f02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestRound() view returns(uint80)
func (markPriceFeed *MarkPriceFeed) PackLatestRound() []byte {
	enc, err := markPriceFeed.abi.Pack("latestRound")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x668a0f02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRound() view returns(uint80)
func (markPriceFeed *MarkPriceFeed) TryPackLatestRound() ([]byte, error) {
	return markPriceFeed.abi.Pack("latestRound")
}

// UnpackLatestRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x668a0f02.
//
// Solidity: function latestRound() view returns(uint80)
func (markPriceFeed *MarkPriceFeed) UnpackLatestRound(data []byte) (*big.Int, error) {
	out, err := markPriceFeed.abi.Unpack("latestRound", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfeaf968c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (markPriceFeed *MarkPriceFeed) PackLatestRoundData() []byte {
	enc, err := markPriceFeed.abi.Pack("latestRoundData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfeaf968c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (markPriceFeed *MarkPriceFeed) TryPackLatestRoundData() ([]byte, error) {
	return markPriceFeed.abi.Pack("latestRoundData")
}

// LatestRoundDataOutput serves as a container for the return parameters of contract
// method LatestRoundData.
type LatestRoundDataOutput struct {
	RoundId         *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}

// UnpackLatestRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfeaf968c.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (markPriceFeed *MarkPriceFeed) UnpackLatestRoundData(data []byte) (LatestRoundDataOutput, error) {
	out, err := markPriceFeed.abi.Unpack("latestRoundData", data)
	outstruct := new(LatestRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RoundId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Answer = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.StartedAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.UpdatedAt = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.AnsweredInRound = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPostMark is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd20a6b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postMark(int256 answer) returns()
func (markPriceFeed *MarkPriceFeed) PackPostMark(answer *big.Int) []byte {
	enc, err := markPriceFeed.abi.Pack("postMark", answer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostMark is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd20a6b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postMark(int256 answer) returns()
func (markPriceFeed *MarkPriceFeed) TryPackPostMark(answer *big.Int) ([]byte, error) {
	return markPriceFeed.abi.Pack("postMark", answer)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (markPriceFeed *MarkPriceFeed) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := markPriceFeed.abi.Pack("renounceRole", role, callerConfirmation)
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
func (markPriceFeed *MarkPriceFeed) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return markPriceFeed.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (markPriceFeed *MarkPriceFeed) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := markPriceFeed.abi.Pack("revokeRole", role, account)
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
func (markPriceFeed *MarkPriceFeed) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return markPriceFeed.abi.Pack("revokeRole", role, account)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11da60b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle() returns(uint80 roundId)
func (markPriceFeed *MarkPriceFeed) PackSettle() []byte {
	enc, err := markPriceFeed.abi.Pack("settle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11da60b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle() returns(uint80 roundId)
func (markPriceFeed *MarkPriceFeed) TryPackSettle() ([]byte, error) {
	return markPriceFeed.abi.Pack("settle")
}

// UnpackSettle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x11da60b4.
//
// Solidity: function settle() returns(uint80 roundId)
func (markPriceFeed *MarkPriceFeed) UnpackSettle(data []byte) (*big.Int, error) {
	out, err := markPriceFeed.abi.Unpack("settle", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSettlementPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf348e8b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settlementPrice() view returns(uint80 roundId, int256 answer, uint256 updatedAt)
func (markPriceFeed *MarkPriceFeed) PackSettlementPrice() []byte {
	enc, err := markPriceFeed.abi.Pack("settlementPrice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettlementPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf348e8b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settlementPrice() view returns(uint80 roundId, int256 answer, uint256 updatedAt)
func (markPriceFeed *MarkPriceFeed) TryPackSettlementPrice() ([]byte, error) {
	return markPriceFeed.abi.Pack("settlementPrice")
}

// SettlementPriceOutput serves as a container for the return parameters of contract
// method SettlementPrice.
type SettlementPriceOutput struct {
	RoundId   *big.Int
	Answer    *big.Int
	UpdatedAt *big.Int
}

// UnpackSettlementPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf348e8b2.
//
// Solidity: function settlementPrice() view returns(uint80 roundId, int256 answer, uint256 updatedAt)
func (markPriceFeed *MarkPriceFeed) UnpackSettlementPrice(data []byte) (SettlementPriceOutput, error) {
	out, err := markPriceFeed.abi.Unpack("settlementPrice", data)
	outstruct := new(SettlementPriceOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RoundId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Answer = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.UpdatedAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSettlementRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5481c93.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settlementRound() view returns(uint80)
func (markPriceFeed *MarkPriceFeed) PackSettlementRound() []byte {
	enc, err := markPriceFeed.abi.Pack("settlementRound")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettlementRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5481c93.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settlementRound() view returns(uint80)
func (markPriceFeed *MarkPriceFeed) TryPackSettlementRound() ([]byte, error) {
	return markPriceFeed.abi.Pack("settlementRound")
}

// UnpackSettlementRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf5481c93.
//
// Solidity: function settlementRound() view returns(uint80)
func (markPriceFeed *MarkPriceFeed) UnpackSettlementRound(data []byte) (*big.Int, error) {
	out, err := markPriceFeed.abi.Unpack("settlementRound", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (markPriceFeed *MarkPriceFeed) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := markPriceFeed.abi.Pack("supportsInterface", interfaceId)
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
func (markPriceFeed *MarkPriceFeed) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return markPriceFeed.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (markPriceFeed *MarkPriceFeed) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := markPriceFeed.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(uint256)
func (markPriceFeed *MarkPriceFeed) PackVersion() []byte {
	enc, err := markPriceFeed.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() pure returns(uint256)
func (markPriceFeed *MarkPriceFeed) TryPackVersion() ([]byte, error) {
	return markPriceFeed.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(uint256)
func (markPriceFeed *MarkPriceFeed) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := markPriceFeed.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// MarkPriceFeedMarkPosted represents a MarkPosted event raised by the MarkPriceFeed contract.
type MarkPriceFeedMarkPosted struct {
	RoundId   *big.Int
	Answer    *big.Int
	UpdatedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarkPriceFeedMarkPostedEventName = "MarkPosted"

// ContractEventName returns the user-defined event name.
func (MarkPriceFeedMarkPosted) ContractEventName() string {
	return MarkPriceFeedMarkPostedEventName
}

// UnpackMarkPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MarkPosted(uint80 indexed roundId, int256 answer, uint256 updatedAt)
func (markPriceFeed *MarkPriceFeed) UnpackMarkPostedEvent(log *types.Log) (*MarkPriceFeedMarkPosted, error) {
	event := "MarkPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != markPriceFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarkPriceFeedMarkPosted)
	if len(log.Data) > 0 {
		if err := markPriceFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range markPriceFeed.abi.Events[event].Inputs {
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

// MarkPriceFeedRoleAdminChanged represents a RoleAdminChanged event raised by the MarkPriceFeed contract.
type MarkPriceFeedRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const MarkPriceFeedRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (MarkPriceFeedRoleAdminChanged) ContractEventName() string {
	return MarkPriceFeedRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (markPriceFeed *MarkPriceFeed) UnpackRoleAdminChangedEvent(log *types.Log) (*MarkPriceFeedRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != markPriceFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarkPriceFeedRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := markPriceFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range markPriceFeed.abi.Events[event].Inputs {
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

// MarkPriceFeedRoleGranted represents a RoleGranted event raised by the MarkPriceFeed contract.
type MarkPriceFeedRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarkPriceFeedRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (MarkPriceFeedRoleGranted) ContractEventName() string {
	return MarkPriceFeedRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (markPriceFeed *MarkPriceFeed) UnpackRoleGrantedEvent(log *types.Log) (*MarkPriceFeedRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != markPriceFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarkPriceFeedRoleGranted)
	if len(log.Data) > 0 {
		if err := markPriceFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range markPriceFeed.abi.Events[event].Inputs {
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

// MarkPriceFeedRoleRevoked represents a RoleRevoked event raised by the MarkPriceFeed contract.
type MarkPriceFeedRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarkPriceFeedRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (MarkPriceFeedRoleRevoked) ContractEventName() string {
	return MarkPriceFeedRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (markPriceFeed *MarkPriceFeed) UnpackRoleRevokedEvent(log *types.Log) (*MarkPriceFeedRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != markPriceFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarkPriceFeedRoleRevoked)
	if len(log.Data) > 0 {
		if err := markPriceFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range markPriceFeed.abi.Events[event].Inputs {
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

// MarkPriceFeedSettlementPriceRecorded represents a SettlementPriceRecorded event raised by the MarkPriceFeed contract.
type MarkPriceFeedSettlementPriceRecorded struct {
	Id        *big.Int
	RoundId   *big.Int
	Answer    *big.Int
	UpdatedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarkPriceFeedSettlementPriceRecordedEventName = "SettlementPriceRecorded"

// ContractEventName returns the user-defined event name.
func (MarkPriceFeedSettlementPriceRecorded) ContractEventName() string {
	return MarkPriceFeedSettlementPriceRecordedEventName
}

// UnpackSettlementPriceRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SettlementPriceRecorded(uint256 indexed id, uint80 roundId, int256 answer, uint256 updatedAt)
func (markPriceFeed *MarkPriceFeed) UnpackSettlementPriceRecordedEvent(log *types.Log) (*MarkPriceFeedSettlementPriceRecorded, error) {
	event := "SettlementPriceRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != markPriceFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarkPriceFeedSettlementPriceRecorded)
	if len(log.Data) > 0 {
		if err := markPriceFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range markPriceFeed.abi.Events[event].Inputs {
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
func (markPriceFeed *MarkPriceFeed) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], markPriceFeed.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return markPriceFeed.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], markPriceFeed.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return markPriceFeed.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], markPriceFeed.abi.Errors["AlreadySettled"].ID.Bytes()[:4]) {
		return markPriceFeed.UnpackAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], markPriceFeed.abi.Errors["AnswerTooLarge"].ID.Bytes()[:4]) {
		return markPriceFeed.UnpackAnswerTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], markPriceFeed.abi.Errors["InvalidInstrument"].ID.Bytes()[:4]) {
		return markPriceFeed.UnpackInvalidInstrumentError(raw[4:])
	}
	if bytes.Equal(raw[:4], markPriceFeed.abi.Errors["NoData"].ID.Bytes()[:4]) {
		return markPriceFeed.UnpackNoDataError(raw[4:])
	}
	if bytes.Equal(raw[:4], markPriceFeed.abi.Errors["NoSuchRound"].ID.Bytes()[:4]) {
		return markPriceFeed.UnpackNoSuchRoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], markPriceFeed.abi.Errors["NonPositiveAnswer"].ID.Bytes()[:4]) {
		return markPriceFeed.UnpackNonPositiveAnswerError(raw[4:])
	}
	if bytes.Equal(raw[:4], markPriceFeed.abi.Errors["NotReservation"].ID.Bytes()[:4]) {
		return markPriceFeed.UnpackNotReservationError(raw[4:])
	}
	if bytes.Equal(raw[:4], markPriceFeed.abi.Errors["NotSettled"].ID.Bytes()[:4]) {
		return markPriceFeed.UnpackNotSettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], markPriceFeed.abi.Errors["StringsInsufficientHexLength"].ID.Bytes()[:4]) {
		return markPriceFeed.UnpackStringsInsufficientHexLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], markPriceFeed.abi.Errors["TradingClosed"].ID.Bytes()[:4]) {
		return markPriceFeed.UnpackTradingClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], markPriceFeed.abi.Errors["TradingOpen"].ID.Bytes()[:4]) {
		return markPriceFeed.UnpackTradingOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], markPriceFeed.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return markPriceFeed.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MarkPriceFeedAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the MarkPriceFeed contract.
type MarkPriceFeedAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func MarkPriceFeedAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (markPriceFeed *MarkPriceFeed) UnpackAccessControlBadConfirmationError(raw []byte) (*MarkPriceFeedAccessControlBadConfirmation, error) {
	out := new(MarkPriceFeedAccessControlBadConfirmation)
	if err := markPriceFeed.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarkPriceFeedAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the MarkPriceFeed contract.
type MarkPriceFeedAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func MarkPriceFeedAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (markPriceFeed *MarkPriceFeed) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*MarkPriceFeedAccessControlUnauthorizedAccount, error) {
	out := new(MarkPriceFeedAccessControlUnauthorizedAccount)
	if err := markPriceFeed.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarkPriceFeedAlreadySettled represents a AlreadySettled error raised by the MarkPriceFeed contract.
type MarkPriceFeedAlreadySettled struct {
	RoundId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySettled(uint80 roundId)
func MarkPriceFeedAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0x4e480ad4e1118e8c082f4fc3116c6749572819b6430f6b62d2d78cbd0b935de4")
}

// UnpackAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySettled(uint80 roundId)
func (markPriceFeed *MarkPriceFeed) UnpackAlreadySettledError(raw []byte) (*MarkPriceFeedAlreadySettled, error) {
	out := new(MarkPriceFeedAlreadySettled)
	if err := markPriceFeed.abi.UnpackIntoInterface(out, "AlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarkPriceFeedAnswerTooLarge represents a AnswerTooLarge error raised by the MarkPriceFeed contract.
type MarkPriceFeedAnswerTooLarge struct {
	Answer *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AnswerTooLarge(int256 answer)
func MarkPriceFeedAnswerTooLargeErrorID() common.Hash {
	return common.HexToHash("0xa1a997d9eedba8d0b5039639ffc353e4d4e9e72724c4619c40b22a336947d6bc")
}

// UnpackAnswerTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AnswerTooLarge(int256 answer)
func (markPriceFeed *MarkPriceFeed) UnpackAnswerTooLargeError(raw []byte) (*MarkPriceFeedAnswerTooLarge, error) {
	out := new(MarkPriceFeedAnswerTooLarge)
	if err := markPriceFeed.abi.UnpackIntoInterface(out, "AnswerTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarkPriceFeedInvalidInstrument represents a InvalidInstrument error raised by the MarkPriceFeed contract.
type MarkPriceFeedInvalidInstrument struct {
	Id     *big.Int
	Reason uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInstrument(uint256 id, uint8 reason)
func MarkPriceFeedInvalidInstrumentErrorID() common.Hash {
	return common.HexToHash("0x66d477b283507fee883a06b074b136530efbad379959e9152351c2438e555067")
}

// UnpackInvalidInstrumentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInstrument(uint256 id, uint8 reason)
func (markPriceFeed *MarkPriceFeed) UnpackInvalidInstrumentError(raw []byte) (*MarkPriceFeedInvalidInstrument, error) {
	out := new(MarkPriceFeedInvalidInstrument)
	if err := markPriceFeed.abi.UnpackIntoInterface(out, "InvalidInstrument", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarkPriceFeedNoData represents a NoData error raised by the MarkPriceFeed contract.
type MarkPriceFeedNoData struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoData()
func MarkPriceFeedNoDataErrorID() common.Hash {
	return common.HexToHash("0xbad1e8f8deaf0b48103d0156ea535171224e41afb1366e97fc1e6a5bc7206a0d")
}

// UnpackNoDataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoData()
func (markPriceFeed *MarkPriceFeed) UnpackNoDataError(raw []byte) (*MarkPriceFeedNoData, error) {
	out := new(MarkPriceFeedNoData)
	if err := markPriceFeed.abi.UnpackIntoInterface(out, "NoData", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarkPriceFeedNoSuchRound represents a NoSuchRound error raised by the MarkPriceFeed contract.
type MarkPriceFeedNoSuchRound struct {
	RoundId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchRound(uint80 roundId)
func MarkPriceFeedNoSuchRoundErrorID() common.Hash {
	return common.HexToHash("0xbfb84ac0b5eaedfad3a54cc3c429e9be27ae3f10922d16b92801a2ed7c1c8134")
}

// UnpackNoSuchRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchRound(uint80 roundId)
func (markPriceFeed *MarkPriceFeed) UnpackNoSuchRoundError(raw []byte) (*MarkPriceFeedNoSuchRound, error) {
	out := new(MarkPriceFeedNoSuchRound)
	if err := markPriceFeed.abi.UnpackIntoInterface(out, "NoSuchRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarkPriceFeedNonPositiveAnswer represents a NonPositiveAnswer error raised by the MarkPriceFeed contract.
type MarkPriceFeedNonPositiveAnswer struct {
	Answer *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonPositiveAnswer(int256 answer)
func MarkPriceFeedNonPositiveAnswerErrorID() common.Hash {
	return common.HexToHash("0x4c7c4258c977373fa419bcb82807ecc7c0be18e3a6b29a0417a966e7f85a2142")
}

// UnpackNonPositiveAnswerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonPositiveAnswer(int256 answer)
func (markPriceFeed *MarkPriceFeed) UnpackNonPositiveAnswerError(raw []byte) (*MarkPriceFeedNonPositiveAnswer, error) {
	out := new(MarkPriceFeedNonPositiveAnswer)
	if err := markPriceFeed.abi.UnpackIntoInterface(out, "NonPositiveAnswer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarkPriceFeedNotReservation represents a NotReservation error raised by the MarkPriceFeed contract.
type MarkPriceFeedNotReservation struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotReservation(uint256 id)
func MarkPriceFeedNotReservationErrorID() common.Hash {
	return common.HexToHash("0xe23efd3fd847f01280696bd81d0968b4d747f496f786d12ef7234c31efeee093")
}

// UnpackNotReservationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotReservation(uint256 id)
func (markPriceFeed *MarkPriceFeed) UnpackNotReservationError(raw []byte) (*MarkPriceFeedNotReservation, error) {
	out := new(MarkPriceFeedNotReservation)
	if err := markPriceFeed.abi.UnpackIntoInterface(out, "NotReservation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarkPriceFeedNotSettled represents a NotSettled error raised by the MarkPriceFeed contract.
type MarkPriceFeedNotSettled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSettled()
func MarkPriceFeedNotSettledErrorID() common.Hash {
	return common.HexToHash("0xba329a9ba88ea34e96b72c575515344032eb5ca11490926c149f35dc9dd0d722")
}

// UnpackNotSettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSettled()
func (markPriceFeed *MarkPriceFeed) UnpackNotSettledError(raw []byte) (*MarkPriceFeedNotSettled, error) {
	out := new(MarkPriceFeedNotSettled)
	if err := markPriceFeed.abi.UnpackIntoInterface(out, "NotSettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarkPriceFeedStringsInsufficientHexLength represents a StringsInsufficientHexLength error raised by the MarkPriceFeed contract.
type MarkPriceFeedStringsInsufficientHexLength struct {
	Value  *big.Int
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringsInsufficientHexLength(uint256 value, uint256 length)
func MarkPriceFeedStringsInsufficientHexLengthErrorID() common.Hash {
	return common.HexToHash("0xe22e27eb9593f9947dc34771120a3349dd201c662753f0b60502fc1d8e422233")
}

// UnpackStringsInsufficientHexLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringsInsufficientHexLength(uint256 value, uint256 length)
func (markPriceFeed *MarkPriceFeed) UnpackStringsInsufficientHexLengthError(raw []byte) (*MarkPriceFeedStringsInsufficientHexLength, error) {
	out := new(MarkPriceFeedStringsInsufficientHexLength)
	if err := markPriceFeed.abi.UnpackIntoInterface(out, "StringsInsufficientHexLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarkPriceFeedTradingClosed represents a TradingClosed error raised by the MarkPriceFeed contract.
type MarkPriceFeedTradingClosed struct {
	Id              *big.Int
	LastTradingTime *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TradingClosed(uint256 id, uint256 lastTradingTime)
func MarkPriceFeedTradingClosedErrorID() common.Hash {
	return common.HexToHash("0xc20c7dbcae1663e93d5f6370d852c5a7218f2596a94fc1f578c71d4c43904cb7")
}

// UnpackTradingClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TradingClosed(uint256 id, uint256 lastTradingTime)
func (markPriceFeed *MarkPriceFeed) UnpackTradingClosedError(raw []byte) (*MarkPriceFeedTradingClosed, error) {
	out := new(MarkPriceFeedTradingClosed)
	if err := markPriceFeed.abi.UnpackIntoInterface(out, "TradingClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarkPriceFeedTradingOpen represents a TradingOpen error raised by the MarkPriceFeed contract.
type MarkPriceFeedTradingOpen struct {
	Id              *big.Int
	LastTradingTime *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TradingOpen(uint256 id, uint256 lastTradingTime)
func MarkPriceFeedTradingOpenErrorID() common.Hash {
	return common.HexToHash("0x9042524aed78ad071da66c2bb0c3f1965e06f4cc23b632465ab8c9ca4e6c18cc")
}

// UnpackTradingOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TradingOpen(uint256 id, uint256 lastTradingTime)
func (markPriceFeed *MarkPriceFeed) UnpackTradingOpenError(raw []byte) (*MarkPriceFeedTradingOpen, error) {
	out := new(MarkPriceFeedTradingOpen)
	if err := markPriceFeed.abi.UnpackIntoInterface(out, "TradingOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarkPriceFeedZeroAddress represents a ZeroAddress error raised by the MarkPriceFeed contract.
type MarkPriceFeedZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func MarkPriceFeedZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (markPriceFeed *MarkPriceFeed) UnpackZeroAddressError(raw []byte) (*MarkPriceFeedZeroAddress, error) {
	out := new(MarkPriceFeedZeroAddress)
	if err := markPriceFeed.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStablecoinMetaData contains all meta data concerning the MockStablecoin contract.
var MockStablecoinMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "4b92d542ab89de2ea549f49fa8c1e61c2b",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161182a38038061182a83398101604081905261002f91610252565b806040518060400160405280600d81526020016c26b7b1b5902aa9a21021b7b4b760991b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280600d81526020016c26b7b1b5902aa9a21021b7b4b760991b815250604051806040016040528060058152602001646d5553444360d81b81525081600390816100c49190610322565b5060046100d18282610322565b5050506100e3826101c460201b60201c565b610120526100f0816101c4565b61014052815160208084019190912060e052815190820120610100524660a05261017c60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b0381166101b457604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6101bd81610201565b5050610438565b5f5f829050601f815111156101ee578260405163305a27a960e01b81526004016101ab91906103e0565b80516101f982610415565b179392505050565b600880546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f60208284031215610262575f5ffd5b81516001600160a01b0381168114610278575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806102a757607f821691505b6020821081036102c557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561031d578282111561031d57805f5260205f20601f840160051c60208510156102f657505f5b90810190601f840160051c035f5b81811015610319575f83820155600101610304565b5050505b505050565b81516001600160401b0381111561033b5761033b61027f565b61034f816103498454610293565b846102cb565b6020601f821160018114610381575f831561036a5750848201515b5f19600385901b1c1916600184901b1784556103d9565b5f84815260208120601f198516915b828110156103b05787850151825560209485019460019092019101610390565b50848210156103cd57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102c5575f1960209190910360031b1b16919050565b60805160a05160c05160e0516101005161012051610140516113a16104895f395f610a9001525f610a6501525f6108eb01525f6108c301525f61081e01525f61084801525f61087201526113a15ff3fe608060405234801561000f575f5ffd5b5060043610610115575f3560e01c8063715018a6116100ad57806395d89b411161007d578063d505accf11610063578063d505accf14610259578063dd62ed3e1461026c578063f2fde38b146102b1575f5ffd5b806395d89b411461023e578063a9059cbb14610246575f5ffd5b8063715018a6146101e05780637ecebe00146101e857806384b0196e146101fb5780638da5cb5b14610216575f5ffd5b8063313ce567116100e8578063313ce5671461017f5780633644e5151461018e57806340c10f191461019657806370a08231146101ab575f5ffd5b806306fdde0314610119578063095ea7b31461013757806318160ddd1461015a57806323b872dd1461016c575b5f5ffd5b6101216102c4565b60405161012e91906110d2565b60405180910390f35b61014a610145366004611113565b610354565b604051901515815260200161012e565b6002545b60405190815260200161012e565b61014a61017a36600461113b565b61036d565b6040516006815260200161012e565b61015e610390565b6101a96101a4366004611113565b61039e565b005b61015e6101b9366004611175565b73ffffffffffffffffffffffffffffffffffffffff165f9081526020819052604090205490565b6101a96103b4565b61015e6101f6366004611175565b6103c7565b6102036103f1565b60405161012e979695949392919061118e565b60085460405173ffffffffffffffffffffffffffffffffffffffff909116815260200161012e565b61012161044f565b61014a610254366004611113565b61045e565b6101a961026736600461124d565b61046b565b61015e61027a3660046112ba565b73ffffffffffffffffffffffffffffffffffffffff9182165f90815260016020908152604080832093909416825291909152205490565b6101a96102bf366004611175565b610619565b6060600380546102d3906112eb565b80601f01602080910402602001604051908101604052809291908181526020018280546102ff906112eb565b801561034a5780601f106103215761010080835404028352916020019161034a565b820191905f5260205f20905b81548152906001019060200180831161032d57829003601f168201915b5050505050905090565b5f3361036181858561067c565b60019150505b92915050565b5f3361037a85828561068e565b61038585858561075c565b506001949350505050565b5f610399610805565b905090565b6103a661093b565b6103b0828261098e565b5050565b6103bc61093b565b6103c55f6109e8565b565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260076020526040812054610367565b5f6060805f5f5f6060610402610a5e565b61040a610a89565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6060600480546102d3906112eb565b5f3361036181858561075c565b834211156104ad576040517f62791302000000000000000000000000000000000000000000000000000000008152600481018590526024015b60405180910390fd5b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886105058c73ffffffffffffffffffffffffffffffffffffffff165f90815260076020526040902080546001810190915590565b60408051602081019690965273ffffffffffffffffffffffffffffffffffffffff94851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61056c82610ab4565b90505f61057b82878787610afb565b90508973ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614610602576040517f4b800e4600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff80831660048301528b1660248201526044016104a4565b61060d8a8a8a61067c565b50505050505050505050565b61062161093b565b73ffffffffffffffffffffffffffffffffffffffff8116610670576040517f1e4fbdf70000000000000000000000000000000000000000000000000000000081525f60048201526024016104a4565b610679816109e8565b50565b6106898383836001610b27565b505050565b73ffffffffffffffffffffffffffffffffffffffff8381165f908152600160209081526040808320938616835292905220547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8110156107565781811015610748576040517ffb8f41b200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260248101829052604481018390526064016104a4565b61075684848484035f610b27565b50505050565b73ffffffffffffffffffffffffffffffffffffffff83166107ab576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f60048201526024016104a4565b73ffffffffffffffffffffffffffffffffffffffff82166107fa576040517fec442f050000000000000000000000000000000000000000000000000000000081525f60048201526024016104a4565b610689838383610c6c565b5f3073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614801561086a57507f000000000000000000000000000000000000000000000000000000000000000046145b1561089457507f000000000000000000000000000000000000000000000000000000000000000090565b610399604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60085473ffffffffffffffffffffffffffffffffffffffff1633146103c5576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016104a4565b73ffffffffffffffffffffffffffffffffffffffff82166109dd576040517fec442f050000000000000000000000000000000000000000000000000000000081525f60048201526024016104a4565b6103b05f8383610c6c565b6008805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b60606103997f0000000000000000000000000000000000000000000000000000000000000000610e13565b60606103997f0000000000000000000000000000000000000000000000000000000000000000610e13565b5f610367610ac0610805565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f5f5f610b0b88888888610e50565b925092509250610b1b8282610f43565b50909695505050505050565b73ffffffffffffffffffffffffffffffffffffffff8416610b76576040517fe602df050000000000000000000000000000000000000000000000000000000081525f60048201526024016104a4565b73ffffffffffffffffffffffffffffffffffffffff8316610bc5576040517f94280d620000000000000000000000000000000000000000000000000000000081525f60048201526024016104a4565b73ffffffffffffffffffffffffffffffffffffffff8085165f9081526001602090815260408083209387168352929052208290558015610756578273ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610c5e91815260200190565b60405180910390a350505050565b73ffffffffffffffffffffffffffffffffffffffff8316610ca3578060025f828254610c98919061133c565b90915550610d539050565b73ffffffffffffffffffffffffffffffffffffffff83165f9081526020819052604090205481811015610d28576040517fe450d38c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260248101829052604481018390526064016104a4565b73ffffffffffffffffffffffffffffffffffffffff84165f9081526020819052604090209082900390555b73ffffffffffffffffffffffffffffffffffffffff8216610d7c57600280548290039055610da7565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526020819052604090208054820190555b8173ffffffffffffffffffffffffffffffffffffffff168373ffffffffffffffffffffffffffffffffffffffff167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610e0691815260200190565b60405180910390a3505050565b60605f610e1f83611046565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610e8957505f91506003905082610f39565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610eda573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff8116610f3057505f925060019150829050610f39565b92505f91508190505b9450945094915050565b5f826003811115610f5657610f56611374565b03610f5f575050565b6001826003811115610f7357610f73611374565b03610faa576040517ff645eedf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002826003811115610fbe57610fbe611374565b03610ff8576040517ffce698f7000000000000000000000000000000000000000000000000000000008152600481018290526024016104a4565b600382600381111561100c5761100c611374565b036103b0576040517fd78bce0c000000000000000000000000000000000000000000000000000000008152600481018290526024016104a4565b5f60ff8216601f811115610367576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f6110e46020830184611086565b9392505050565b803573ffffffffffffffffffffffffffffffffffffffff8116811461110e575f5ffd5b919050565b5f5f60408385031215611124575f5ffd5b61112d836110eb565b946020939093013593505050565b5f5f5f6060848603121561114d575f5ffd5b611156846110eb565b9250611164602085016110eb565b929592945050506040919091013590565b5f60208284031215611185575f5ffd5b6110e4826110eb565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f6111c860e0830189611086565b82810360408401526111da8189611086565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561123c57835183526020938401939092019160010161121e565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f60e0888a031215611263575f5ffd5b61126c886110eb565b965061127a602089016110eb565b95506040880135945060608801359350608088013560ff8116811461129d575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f604083850312156112cb575f5ffd5b6112d4836110eb565b91506112e2602084016110eb565b90509250929050565b600181811c908216806112ff57607f821691505b602082108103611336577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b80820180821115610367577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"stablecoin_\",\"type\":\"address\"},{\"internalType\":\"contractGPUHourToken\",\"name\":\"token_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"enumProviderVault.LeaseState\",\"name\":\"from\",\"type\":\"uint8\"},{\"internalType\":\"enumProviderVault.LeaseState\",\"name\":\"to\",\"type\":\"uint8\"}],\"name\":\"BadTransition\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minted\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BurnExceedsMinted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unassigned\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BurnExceedsUnassigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minted\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"CapacityExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"capacityAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gpusNeeded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"neededUntil\",\"type\":\"uint256\"}],\"name\":\"CapacityInUse\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"}],\"name\":\"GradeNotPriced\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientCollateral\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"}],\"name\":\"InvalidGrade\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumInstrumentId.Reason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"InvalidInstrument\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endTime\",\"type\":\"uint256\"}],\"name\":\"LeaseEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endTime\",\"type\":\"uint256\"}],\"name\":\"LeaseNotEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"}],\"name\":\"LeaseNotStarted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startHour\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"hours_\",\"type\":\"uint256\"}],\"name\":\"LeaseOutsideWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"},{\"internalType\":\"enumProviderVault.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NodeAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"NodeKeyInUse\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"},{\"internalType\":\"enumProviderVault.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NodeNotApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"},{\"internalType\":\"enumProviderVault.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NodeNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gpus\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"hours_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"assignableGpus\",\"type\":\"uint256\"}],\"name\":\"NotAssignable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotLeaseHolder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotLeaseProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotReservation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"}],\"name\":\"NotTokenMinter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NothingToExpire\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"collateralPerGpuHour\",\"type\":\"uint256\"}],\"name\":\"RateTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"enumProviderVault.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"enumProviderVault.LeaseState\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"ReasonNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"StartGraceNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lastTradingTime\",\"type\":\"uint256\"}],\"name\":\"TradingClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lastTradingTime\",\"type\":\"uint256\"}],\"name\":\"TradingOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"UnknownLease\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"}],\"name\":\"WindowStarted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroGpus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroHours\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralReleased\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"name\":\"Burned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposited\",\"type\":\"uint256\"}],\"name\":\"CollateralDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralPerGpuHour\",\"type\":\"uint256\"}],\"name\":\"CollateralRateSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposited\",\"type\":\"uint256\"}],\"name\":\"CollateralWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"DeliverySettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralReleased\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gpus\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"startHour\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"hours_\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"}],\"name\":\"LeaseAssigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumProviderVault.LeaseState\",\"name\":\"state\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"enumProviderVault.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"}],\"name\":\"LeaseStateChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralLocked\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"name\":\"Minted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"capacity\",\"type\":\"uint256\"}],\"name\":\"NodeApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"NodeProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"}],\"name\":\"NodeRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"capacity\",\"type\":\"uint256\"}],\"name\":\"NodeRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"firstLeaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"leases\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gpus\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"startHour\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"hours_\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_LEASED_GPUS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NEVER_STARTED_GRACE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REDEEMER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SETTLER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STABLECOIN\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TOKEN\",\"outputs\":[{\"internalType\":\"contractGPUHourToken\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TRADING_CLOSE_LEAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"account\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"deposited\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"locked\",\"type\":\"uint128\"}],\"internalType\":\"structProviderVault.Account\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"}],\"name\":\"approveNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"}],\"name\":\"capacity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"enumProviderVault.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"closeLease\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"}],\"name\":\"collateralPerGpuHour\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"expire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"}],\"name\":\"exposure\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"outstanding\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"peakGpus\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"peakUntil\",\"type\":\"uint64\"}],\"internalType\":\"structProviderVault.Exposure\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"freeCollateral\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"lastTradingTime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"lease\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"startHour\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"hours_\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"enumProviderVault.LeaseState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"enumProviderVault.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"assignedAt\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"provisioningAt\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"runningAt\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"closedAt\",\"type\":\"uint48\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"}],\"internalType\":\"structProviderVault.Lease\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"hour\",\"type\":\"uint256\"}],\"name\":\"leasedGpus\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"markProvisioning\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"markRunning\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"mintable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextLeaseId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"}],\"name\":\"node\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"enumProviderVault.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"internalType\":\"structProviderVault.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"nodeKeyProvider\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"position\",\"outputs\":[{\"components\":[{\"internalType\":\"uint48\",\"name\":\"minted\",\"type\":\"uint48\"},{\"internalType\":\"uint128\",\"name\":\"locked\",\"type\":\"uint128\"},{\"internalType\":\"uint48\",\"name\":\"assigned\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"queueSlot\",\"type\":\"uint32\"}],\"internalType\":\"structProviderVault.Position\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"proposeNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"hours_\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"startHour\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"}],\"name\":\"redeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"firstLeaseId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"redemptionQueue\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"providers\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"}],\"name\":\"rejectNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"nodeId\",\"type\":\"bytes32\"}],\"name\":\"retireNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gradeKey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"setCollateralPerGpuHour\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"detachGpuHours\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"settleDelivery\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"unassigned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "411cac8eea266dfbb82b47e5e54ba16578",
	Bin: "0x60c06040526001600c55348015610014575f5ffd5b5060405161609a38038061609a83398101604081905261003391610246565b6001600160a01b038416158061005057506001600160a01b038216155b8061006257506001600160a01b038116155b156100805760405163d92e233d60e01b815260040160405180910390fd5b5f816001600160a01b031663fe6d81246040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100bd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100e191906102a2565b90506001600160a01b03811630146101235760405163bc317bdf60e01b81526001600160a01b0380841660048301528216602482015260440160405180910390fd5b6001600160a01b03808416608052821660a0526101405f86610186565b506001600160a01b0384161561017c5761017a7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923885610186565b505b50505050506102c4565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610226575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101de3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610229565b505f5b92915050565b6001600160a01b0381168114610243575f5ffd5b50565b5f5f5f5f60808587031215610259575f5ffd5b84516102648161022f565b60208601519094506102758161022f565b60408601519093506102868161022f565b60608601519092506102978161022f565b939692955090935050565b5f602082840312156102b2575f5ffd5b81516102bd8161022f565b9392505050565b60805160a051615d8b61030f5f395f81816106cc01528181610ec801528181612cfc015261311801525f818161076901528181611a8f015281816128520152612e680152615d8b5ff3fe608060405234801561000f575f5ffd5b50600436106102ee575f3560e01c80637d3e960111610192578063b2dbf4e0116100e8578063d547741f11610093578063f22da1c91161006e578063f22da1c9146109a7578063f68e9553146109f5578063fe204fc114610a1c575f5ffd5b8063d547741f1461082a578063f0e441b51461083d578063f11733de14610865575f5ffd5b8063bc789986116100c3578063bc789986146107f1578063c44a980414610804578063ccb04a1214610817575f5ffd5b8063b2dbf4e0146107b8578063b390c0ab146107cb578063bad4a01f146107de575f5ffd5b8063902238e1116101485780639c38c548116101235780639c38c5481461078b578063a217fddf1461079e578063ac603093146107a5575f5ffd5b8063902238e11461072557806391d148541461072e57806393a3977614610764575f5ffd5b80637fa4d6c2116101785780637fa4d6c2146106a757806382bfefc8146106c75780638d002f4914610706575f5ffd5b80637d3e96011461066d5780637fa46ab414610680575f5ffd5b80634cda04751161024757806370e3d9fb116101fd5780637445e85c116101d85780637445e85c14610613578063746b31c01461063a5780637ad51f7e1461064d575f5ffd5b806370e3d9fb1461055957806371cc659d1461056257806373b9aa911461056b575f5ffd5b806363bf0a1a1161022d57806363bf0a1a146105135780636996b55a1461053d578063706b895214610550575f5ffd5b80634cda0475146104ed5780636112fe2e14610500575f5ffd5b80632d7c411a116102a75780632fd20523116102825780632fd20523146103cb57806336568abe146104c757806347a74af7146104da575f5ffd5b80632d7c411a146103855780632e352497146103985780632f2ff15d146103b8575f5ffd5b80631b2ef1ca116102d75780631b2ef1ca1461032f578063248a9ca31461034257806329fd974714610372575f5ffd5b806301ffc9a7146102f257806313ca06071461031a575b5f5ffd5b6103056103003660046156e7565b610a2f565b60405190151581526020015b60405180910390f35b61032d610328366004615726565b610ac7565b005b61032d61033d36600461573d565b610d92565b610364610350366004615726565b5f9081526020819052604090206001015490565b604051908152602001610311565b610364610380366004615773565b610f39565b610364610393366004615726565b610fa1565b6103ab6103a6366004615726565b610fc9565b60405161031191906157e6565b61032d6103c636600461590b565b611208565b6104816103d9366004615935565b60408051606080820183525f80835260208084018290529284018190526001600160a01b03959095168552600682528285209385529281529281902081519283018252546fffffffffffffffffffffffffffffffff8116835267ffffffffffffffff7001000000000000000000000000000000008204811694840194909452780100000000000000000000000000000000000000000000000090049092169181019190915290565b6040805182516fffffffffffffffffffffffffffffffff16815260208084015167ffffffffffffffff908116918301919091529282015190921690820152606001610311565b61032d6104d536600461590b565b611232565b61032d6104e836600461595d565b611283565b6103646104fb366004615935565b611854565b61032d61050e366004615726565b611917565b610364610521366004615935565b600360209081525f928352604080842090915290825290205481565b61032d61054b366004615726565b611ac4565b610364611c2081565b61036461ffff81565b61036461070881565b6105e3610579366004615773565b604080518082019091525f8082526020820152506001600160a01b03165f908152600460209081526040918290208251808401909352546fffffffffffffffffffffffffffffffff8082168452700100000000000000000000000000000000909104169082015290565b6040805182516fffffffffffffffffffffffffffffffff9081168252602093840151169281019290925201610311565b6103647f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f81565b61032d610648366004615935565b611cfc565b61066061065b366004615726565b6120db565b604051610311919061598e565b61032d61067b36600461573d565b61220a565b6103647f44ac9762eec3a11893fefb11d028bb3102560094137c3ed4518712475b2577cc81565b6106ba6106b5366004615935565b6122f4565b60405161031191906159d9565b6106ee7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610311565b610364610714366004615726565b60016020525f908152604090205481565b610364600c5481565b61030561073c36600461590b565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6106ee7f000000000000000000000000000000000000000000000000000000000000000081565b610364610799366004615935565b6123af565b6103645f81565b61032d6107b3366004615a20565b612527565b61032d6107c6366004615935565b61288d565b61032d6107d936600461573d565b6128c1565b61032d6107ec366004615726565b612d68565b6103646107ff366004615a62565b612e9a565b61032d610812366004615935565b6131e0565b61032d610825366004615726565b613314565b61032d61083836600461590b565b61350b565b6106ee61084b366004615773565b60076020525f90815260409020546001600160a01b031681565b610948610873366004615935565b604080516080810182525f808252602082018190529181018290526060810191909152506001600160a01b03919091165f908152600560209081526040808320938352928152908290208251608081018452905465ffffffffffff8082168352660100000000000082046fffffffffffffffffffffffffffffffff16938301939093527601000000000000000000000000000000000000000000008104909216928101929092527c0100000000000000000000000000000000000000000000000000000000900463ffffffff16606082015290565b60405161031191905f60808201905065ffffffffffff83511682526fffffffffffffffffffffffffffffffff602084015116602083015265ffffffffffff604084015116604083015263ffffffff606084015116606083015292915050565b6103646109b5366004615abb565b6001600160a01b03929092165f908152600a60209081526040808320938352928152828220600485811c845291529190205491901b60f0161c61ffff1690565b6103647fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923881565b61032d610a2a366004615aeb565b61352f565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b000000000000000000000000000000000000000000000000000000001480610ac157507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b335f908152600260208181526040808420858552909152909120906001820154640100000000900460ff166004811115610b0357610b0361578c565b14610b585760018101546040517f92806fdc000000000000000000000000000000000000000000000000000000008152610b4f9133918591640100000000900460ff1690600401615b2e565b60405180910390fd5b80546001820154335f90815260036020908152604080832085845290915281205463ffffffff90921691610b8d908390615b89565b335f908152600660209081526040808320878452825291829020825160608101845290546fffffffffffffffffffffffffffffffff811680835267ffffffffffffffff70010000000000000000000000000000000083048116948401949094527801000000000000000000000000000000000000000000000000909104909216928101929092529192509015801590610c335750806040015167ffffffffffffffff1642105b8015610c4c5750806020015167ffffffffffffffff1682105b15610cb557602081015160408083015190517f9602b837000000000000000000000000000000000000000000000000000000008152336004820152602481018790526044810185905267ffffffffffffffff92831660648201529116608482015260a401610b4f565b6001850180547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffff1664040000000017908190556501000000000090046001600160a01b03165f90815260076020908152604080832080547fffffffffffffffffffffffff00000000000000000000000000000000000000001690553380845260038352818420888552835292819020859055805163ffffffff871681529182018590528692899290917ff3dd043ec8d511357531a9f20122616dd80ee97d5c1110867903df516753462a91015b60405180910390a4505050505050565b610d9a6137b0565b805f03610dd3576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f610dde846137e7565b90925090505f610dee8285615b9c565b90505f610dfe338786888661393a565b90505f610e0b3384613c8c565b905061ffff8716610e47338789846001610e25828a615bb3565b610e2f9190615b89565b610e399190615bc6565b610e428d613d70565b613d87565b6040805188815260208101869052908101839052889033907f19f5f791ee407773427bf7b970bbbc3375065c32edd1ab142e23a84f94b0719b9060600160405180910390a36040517f156e29f600000000000000000000000000000000000000000000000000000000815233600482015260248101899052604481018890527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063156e29f6906064015f604051808303815f87803b158015610f11575f5ffd5b505af1158015610f23573d5f5f3e3d5ffd5b50505050505050505050610f35613f84565b5050565b6001600160a01b0381165f9081526004602090815260408083208151808301909252546fffffffffffffffffffffffffffffffff808216808452700100000000000000000000000000000000909204169282018390529091610f9a91615b89565b9392505050565b5f5f610fac83613fae565b9050611c208111610fbd575f610f9a565b610f9a611c2082615b89565b611031604080516101a0810182525f808252602082018190529181018290526060810182905290608082019081526020015f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e09091015290565b5f828152600b602090815260409182902082516101a08101845281546001600160a01b038116825263ffffffff74010000000000000000000000000000000000000000820481169483019490945261ffff7801000000000000000000000000000000000000000000000000820416948201949094527a010000000000000000000000000000000000000000000000000000840490921660608301529091608083019060ff7e0100000000000000000000000000000000000000000000000000000000000090910416600481111561110a5761110a61578c565b600481111561111b5761111b61578c565b815281546020909101907f0100000000000000000000000000000000000000000000000000000000000000900460ff16600b81111561115c5761115c61578c565b600b81111561116d5761116d61578c565b815260018201546001600160a01b038116602083015265ffffffffffff740100000000000000000000000000000000000000008204811660408401527a0100000000000000000000000000000000000000000000000000009091048116606083015260028301548082166080840152660100000000000090041660a0820152600382015460c082015260049091015460e09091015292915050565b5f8281526020819052604090206001015461122281613fcc565b61122c8383613fd6565b50505050565b6001600160a01b0381163314611274576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61127e828261409b565b505050565b5f61128d8361413a565b80549091507e01000000000000000000000000000000000000000000000000000000000000900460ff1660048160048111156112cb576112cb61578c565b0361130957838160046040517fe24c4634000000000000000000000000000000000000000000000000000000008152600401610b4f93929190615bfe565b80600481111561131b5761131b61578c565b600284600b81111561132f5761132f61578c565b61133a92911b615bb3565b652486eec66e80901c6001165f03611384578383826040517fbbcfebad000000000000000000000000000000000000000000000000000000008152600401610b4f93929190615c1d565b5f5f61138f846141bf565b9092509050600285600b8111156113a8576113a861578c565b036113fe5783546001600160a01b031633146113f9576040517fb459f06a00000000000000000000000000000000000000000000000000000000815260048101879052336024820152604401610b4f565b611718565b600585600b8111156114125761141261578c565b148061142f5750600b85600b81111561142d5761142d61578c565b145b8061144b5750600885600b8111156114495761144961578c565b145b156115cc57335f9081527fddb9a1f5cae380f5894ad1b49d4496e30ab651af3086d40753a04198283f0179602052604090205460ff16600886600b8111156114955761149561578c565b1480156114a0575080155b15611505576114b161070884615bb3565b42101561150057866114c561070885615bb3565b6040517fbaa0f80c00000000000000000000000000000000000000000000000000000000815260048101929092526024820152604401610b4f565b6115c6565b80611564576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081523360048201527f44ac9762eec3a11893fefb11d028bb3102560094137c3ed4518712475b2577cc6024820152604401610b4f565b600586600b8111156115785761157861578c565b1415801561158557508242105b156115c6576040517fad324dca0000000000000000000000000000000000000000000000000000000081526004810188905260248101849052604401610b4f565b50611718565b600385600b8111156115e0576115e061578c565b14806115fd5750600685600b8111156115fb576115fb61578c565b145b15806116375750335f9081527fddb9a1f5cae380f5894ad1b49d4496e30ab651af3086d40753a04198283f0179602052604090205460ff16155b156116555760018401546116559087906001600160a01b0316614233565b600185600b8111156116695761166961578c565b14801561167557508042105b156116b6576040517f99180dd40000000000000000000000000000000000000000000000000000000081526004810187905260248101829052604401610b4f565b600985600b8111156116ca576116ca61578c565b1480156116d75750804210155b15611718576040517f10d897730000000000000000000000000000000000000000000000000000000081526004810187905260248101829052604401610b4f565b83547e040000000000000000000000000000000000000000000000000000000000007fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff821681178655869186917dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff909116177f010000000000000000000000000000000000000000000000000000000000000083600b8111156117bb576117bb61578c565b021790555060028401805465ffffffffffff429081166601000000000000027fffffffffffffffffffffffffffffffffffffffff000000000000ffffffffffff90921691909117909155600185015485546040516001600160a01b0392831693919092169189917ffcf1dfaa8604f27737ab64dc96858a7cec2daca217d9bc2149a84036f80214e491610d82916004918c913391615c3a565b6001600160a01b0382165f90815260056020908152604080832084845282528083208151608081018352905465ffffffffffff808216808452660100000000000083046fffffffffffffffffffffffffffffffff16958401959095527601000000000000000000000000000000000000000000008204169282018390527c0100000000000000000000000000000000000000000000000000000000900463ffffffff166060820152916119079190615c72565b65ffffffffffff16949350505050565b61191f6137b0565b805f03611958576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f908152600460205260408120805490919061199d906fffffffffffffffffffffffffffffffff700100000000000000000000000000000000820481169116615b89565b9050808311156119e9576040517f4f4d34e40000000000000000000000000000000000000000000000000000000081523360048201526024810184905260448101829052606401610b4f565b81545f90611a0a9085906fffffffffffffffffffffffffffffffff16615b89565b83547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff8216178455604080518681526020810183905291925033917fdaed309a628faec6cab72194019e2a1a34e890ca9bf9be99788992dd54692819910160405180910390a2611ab66001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633866142a6565b505050611ac1613f84565b50565b5f611ace8261413a565b6001810154909150611aea9083906001600160a01b0316614233565b600281547e01000000000000000000000000000000000000000000000000000000000000900460ff166004811115611b2457611b2461578c565b14611b895780546040517fe24c4634000000000000000000000000000000000000000000000000000000008152610b4f9184917e0100000000000000000000000000000000000000000000000000000000000090910460ff1690600390600401615bfe565b5f5f611b94836141bf565b9150915081421015611bdc576040517fad324dca0000000000000000000000000000000000000000000000000000000081526004810185905260248101839052604401610b4f565b804210611c1f576040517f10d897730000000000000000000000000000000000000000000000000000000081526004810185905260248101829052604401610b4f565b82547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81167e030000000000000000000000000000000000000000000000000000000000001784556002840180547fffffffffffffffffffffffffffffffffffffffffffffffffffff000000000000164265ffffffffffff81169190911790915560018501546040516001600160a01b0391821693919091169187917ffcf1dfaa8604f27737ab64dc96858a7cec2daca217d9bc2149a84036f80214e491611cee916003915f91339190615c3a565b60405180910390a450505050565b611d046137b0565b611d0d816142f4565b5f611d1782610fa1565b905080421015611d5d576040517f9042524a0000000000000000000000000000000000000000000000000000000081526004810183905260248101829052604401610b4f565b6001600160a01b0383165f90815260056020908152604080832085845282528083208151608081018352905465ffffffffffff808216808452660100000000000083046fffffffffffffffffffffffffffffffff16958401959095527601000000000000000000000000000000000000000000008204169282018390527c0100000000000000000000000000000000000000000000000000000000900463ffffffff1660608201529291611e119190615c72565b65ffffffffffff169050805f03611e66576040517f81f1a2cf0000000000000000000000000000000000000000000000000000000081526001600160a01b038616600482015260248101859052604401610b4f565b81515f9065ffffffffffff168214611eb557825f015165ffffffffffff168284602001516fffffffffffffffffffffffffffffffff16611ea69190615b9c565b611eb09190615bc6565b611ecd565b82602001516fffffffffffffffffffffffffffffffff165b905081835f01818151611ee09190615c72565b65ffffffffffff16905250602083018051829190611eff908390615c90565b6fffffffffffffffffffffffffffffffff9081169091526001600160a01b0388165f8181526005602090815260408083208b8452825280832089518154848c0151848d015160608e015163ffffffff167c0100000000000000000000000000000000000000000000000000000000027bffffffffffffffffffffffffffffffffffffffffffffffffffffffff65ffffffffffff928316760100000000000000000000000000000000000000000000021675ffffffffffffffffffffffffffffffffffffffffffff938c166601000000000000027fffffffffffffffffffff000000000000000000000000000000000000000000009095169290951691909117929092171691909117179055928252600490529081208054909350909161203c91859170010000000000000000000000000000000090910416615b89565b82546fffffffffffffffffffffffffffffffff808316700100000000000000000000000000000000029116178355905061207f8861207989614396565b866143b3565b604080518581526020810185905290810182905287906001600160a01b038a16907f4d94a3e0ffe9fa34705e9a675a1daa6d6a3a070d0f435f766642f8515ab0658e9060600160405180910390a3505050505050610f35613f84565b5f81815260086020908152604080832060099092529091205481546060929161210391615b89565b67ffffffffffffffff81111561211b5761211b615cb8565b604051908082528060200260200182016040528015612144578160200160208202803683370190505b505f84815260096020526040812054919350905b8254811015612201576121918584838154811061217757612177615ce5565b5f918252602090912001546001600160a01b03168361447b565b156121f9578281815481106121a8576121a8615ce5565b905f5260205f20015f9054906101000a90046001600160a01b03168483815181106121d5576121d5615ce5565b6001600160a01b03909216602092830291909101909101526121f682615d12565b91505b600101612158565b50825250919050565b5f61221481613fcc565b61221d83614560565b612256576040517f41b747f700000000000000000000000000000000000000000000000000000000815260048101849052602401610b4f565b6fffffffffffffffffffffffffffffffff8211156122a3576040517f101fc8e800000000000000000000000000000000000000000000000000000000815260048101839052602401610b4f565b5f83815260016020526040908190208390555183907ff429f56b557cd8d04dbc14627dc6fc5a7fe4f44ebce51638e3fe60a75d9bc8b6906122e79085815260200190565b60405180910390a2505050565b60408051608080820183525f8083526020808401829052838501829052606084018290526001600160a01b0387168252600281528482208683528152908490208451928301855280548352600181015463ffffffff8116928401929092529293919291830190640100000000900460ff1660048111156123765761237661578c565b60048111156123875761238761578c565b8152600191909101546501000000000090046001600160a01b03166020909101529392505050565b5f6123b98261459c565b15806123d157505f6123cb8360301c90565b60ff1614155b156123dd57505f610ac1565b6123e682613fae565b42106123f357505f610ac1565b5f6123fd83614396565b5f8181526001602052604081205491925081900361241f575f92505050610ac1565b6001600160a01b0385165f9081526003602090815260408083208584529091528120546124519061ffff871690615b9c565b6001600160a01b0387165f90815260056020908152604080832089845290915281205491925065ffffffffffff9091169082821061248f575f612499565b6124998284615b89565b6001600160a01b0389165f9081526004602090815260408083208151808301909252546fffffffffffffffffffffffffffffffff808216808452700100000000000000000000000000000000909204169282018390529394509287916124fe91615b89565b6125089190615bc6565b90508083106125175780612519565b825b9a9950505050505050505050565b7f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f61255181613fcc565b6125596137b0565b5f6125638661413a565b60018101549091506001600160a01b031685156126ff576001600160a01b0381165f908152600560209081526040808320600386015484529091529020805465ffffffffffff168781146125eb57815481906125dc908a90660100000000000090046fffffffffffffffffffffffffffffffff16615b9c565b6125e69190615bc6565b61260a565b8154660100000000000090046fffffffffffffffffffffffffffffffff165b82548390600690612638908490660100000000000090046fffffffffffffffffffffffffffffffff16615c90565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff160217905550878161267a9190615b89565b82547fffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000001665ffffffffffff91821617808455899184916016916126da91859176010000000000000000000000000000000000000000000090910416615c72565b92506101000a81548165ffffffffffff021916908365ffffffffffff16021790555050505b6001600160a01b0381165f9081526004602052604090206127286127238688615bb3565b6145bf565b8154829060109061276090849070010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16615c90565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790555084815f015f8282829054906101000a90046fffffffffffffffffffffffffffffffff166127c39190615c90565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff160217905550877fd47b3037a19dd637a65e5d0fed458cf8132a6f250e21ae65844c43690f620fb88787604051612834929190918252602082015260400190565b60405180910390a2841561287b57825461287b906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169116876142a6565b505050612886613f84565b5050505050565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c3092386128b781613fcc565b61127e8383614618565b6128c96137b0565b805f03612902576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f9081526005602090815260408083208584528252918290208251608081018452905465ffffffffffff808216808452660100000000000083046fffffffffffffffffffffffffffffffff1694840194909452760100000000000000000000000000000000000000000000820416938201939093527c010000000000000000000000000000000000000000000000000000000090920463ffffffff1660608301528211156129fe5780516040517fa91033070000000000000000000000000000000000000000000000000000000081523360048201526024810185905265ffffffffffff909116604482015260648101839052608401610b4f565b604081015181515f91612a1091615c72565b65ffffffffffff16905080831115612a6b576040517fdcecbbbe000000000000000000000000000000000000000000000000000000008152336004820152602481018590526044810182905260648101849052608401610b4f565b81515f9065ffffffffffff168414612aba57825f015165ffffffffffff168484602001516fffffffffffffffffffffffffffffffff16612aab9190615b9c565b612ab59190615bc6565b612ad2565b82602001516fffffffffffffffffffffffffffffffff165b905083835f01818151612ae59190615c72565b65ffffffffffff16905250602083018051829190612b04908390615c90565b6fffffffffffffffffffffffffffffffff908116909152335f8181526005602090815260408083208b8452825280832089518154848c0151848d015160608e015163ffffffff167c0100000000000000000000000000000000000000000000000000000000027bffffffffffffffffffffffffffffffffffffffffffffffffffffffff65ffffffffffff928316760100000000000000000000000000000000000000000000021675ffffffffffffffffffffffffffffffffffffffffffff938c166601000000000000027fffffffffffffffffffff0000000000000000000000000000000000000000000090951692909516919091179290921716919091171790559282526004905290812080549093509091612c3891859170010000000000000000000000000000000090910416615b89565b82546fffffffffffffffffffffffffffffffff8083167001000000000000000000000000000000000291161783559050612c7b33612c7589614396565b886143b3565b6040805187815260208101859052908101829052879033907ff1b8071d85a68dbc6b0a9b8ff17e44602315ec457cdf743f3eee37cf4a6dd38e9060600160405180910390a36040517ff5298aca00000000000000000000000000000000000000000000000000000000815233600482015260248101889052604481018790527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f5298aca906064015f604051808303815f87803b158015612d45575f5ffd5b505af1158015612d57573d5f5f3e3d5ffd5b505050505050505050610f35613f84565b612d706137b0565b805f03612da9576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f9081526004602052604081208054909190612dd99084906fffffffffffffffffffffffffffffffff16615bb3565b9050612de4816145bf565b82547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff91909116178255604080518481526020810183905233917ff4d587c98d234ca4d147061e6b5167e7f41ee17f11562a9f0b49570abece859e910160405180910390a2612e906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333086614829565b5050611ac1613f84565b5f612ea36137b0565b8463ffffffff165f03612ee2576040517ff4b48dbd00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8361ffff165f03612f1f576040517f6a6d693000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612f28866142f4565b5f612f3287610fa1565b9050804210612f77576040517fc20c7dbc0000000000000000000000000000000000000000000000000000000081526004810188905260248101829052604401610b4f565b612f818760101c90565b63ffffffff168463ffffffff161080612fb45750612f9e87614878565b612fb261ffff871663ffffffff8716615bb3565b115b15613004576040517f37185f230000000000000000000000000000000000000000000000000000000081526004810188905263ffffffff8516602482015261ffff86166044820152606401610b4f565b5f61302a886130128a614396565b8963ffffffff168961ffff168963ffffffff16614898565b600c5493509050825f5b825181101561309d5782818151811061304f5761304f615ce5565b6020026020010151604001515f0315613095576130898284838151811061307857613078615ce5565b60200260200101518c8a8c8b614bc6565b61309282615d12565b91505b600101613034565b50600c81905588337fc1a924f6e4e0f32e98fc4ba7088a605bcf99353fefa78d26ee91844d26e748f9866130d18186615b89565b60408051928352602083019190915263ffffffff8d8116838301528b16606083015261ffff8c16608083015260a082018a9052519081900360c00190a36001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663f5298aca338b61315361ffff8c1663ffffffff8e16615b9c565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e086901b1681526001600160a01b039093166004840152602483019190915260448201526064015f604051808303815f87803b1580156131b6575f5ffd5b505af11580156131c8573d5f5f3e3d5ffd5b505050505050506131d7613f84565b95945050505050565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923861320a81613fcc565b6001600160a01b0383165f9081526002602090815260408083208584529091529020600180820154640100000000900460ff16600481111561324e5761324e61578c565b1461329a5760018101546040517fb2c93483000000000000000000000000000000000000000000000000000000008152610b4f9186918691640100000000900460ff1690600401615b2e565b6001810180546403000000007fffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffff821617909155815460405163ffffffff90921682529084906001600160a01b038716907f05abed8e385b3480b21e528c0f0cac7c793648f141529a1a6011d97f46937ead90602001611cee565b5f61331e8261413a565b600181015490915061333a9083906001600160a01b0316614233565b80547e01000000000000000000000000000000000000000000000000000000000000900460ff1660018160048111156133755761337561578c565b14158015613395575060038160048111156133925761339261578c565b14155b156133d357828160026040517fe24c4634000000000000000000000000000000000000000000000000000000008152600401610b4f93929190615bfe565b5f6133dd836141bf565b915050804210613423576040517f10d897730000000000000000000000000000000000000000000000000000000081526004810185905260248101829052604401610b4f565b82547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81167e0200000000000000000000000000000000000000000000000000000000000017845560018401805465ffffffffffff429081167a0100000000000000000000000000000000000000000000000000000279ffffffffffffffffffffffffffffffffffffffffffffffffffff831681179093556040516001600160a01b039384169284169290921793929092169187917ffcf1dfaa8604f27737ab64dc96858a7cec2daca217d9bc2149a84036f80214e491611cee916002915f91339190615c3a565b5f8281526020819052604090206001015461352581613fcc565b61122c838361409b565b8163ffffffff165f0361356e576040517ff4b48dbd00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0381166135ae576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6135b783614560565b6135f0576040517f41b747f700000000000000000000000000000000000000000000000000000000815260048101849052602401610b4f565b6001600160a01b038082165f90815260076020526040902054168015613655576040517f14ecc7820000000000000000000000000000000000000000000000000000000081526001600160a01b03808416600483015282166024820152604401610b4f565b335f9081526002602090815260408083208884529091529020600180820154640100000000900460ff16908160048111156136925761369261578c565b14806136af575060028160048111156136ad576136ad61578c565b145b156136ec573387826040517fb08f1b5c000000000000000000000000000000000000000000000000000000008152600401610b4f93929190615b2e565b8582556001820180546001600160a01b0386166501000000000081027fffffffffffffff0000000000000000000000000000000000000000ffffffffff6401000000007fffffffffffffffffffffffffffffffffffffffffffffffffffffff000000000090941663ffffffff8b169081179490941716179092556040805191825260208201929092528791899133917f75dda8631ab174fcd7356b4f7d36e6bd29d6a223ee302dd23e9300c46d332d6691015b60405180910390a450505050505050565b6137b8614fef565b6137e560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90615048565b565b5f5f5f6137f38461504f565b90505f8160088111156138085761380861578c565b146138435783816040517f66d477b2000000000000000000000000000000000000000000000000000000008152600401610b4f929190615d49565b5f61384e8560301c90565b60ff161461388b576040517fe23efd3f00000000000000000000000000000000000000000000000000000000815260048101859052602401610b4f565b5f61389585613fae565b90508042106138da576040517f1d8b33010000000000000000000000000000000000000000000000000000000081526004810186905260248101829052604401610b4f565b6138e385614396565b5f81815260016020526040812054919550909350839003613933576040517f79ba1a3100000000000000000000000000000000000000000000000000000000815260048101859052602401610b4f565b5050915091565b6001600160a01b0385165f81815260056020908152604080832088845282528083208151608081018352905465ffffffffffff8082168352660100000000000082046fffffffffffffffffffffffffffffffff1683860152760100000000000000000000000000000000000000000000820416828401527c0100000000000000000000000000000000000000000000000000000000900463ffffffff166060820152938352600382528083208784529091528120549091908290613a039061ffff891690615b9c565b905080825f015165ffffffffffff161180613a3057508151613a2d9065ffffffffffff1682615b89565b85115b15613a985781516040517fa29f371e0000000000000000000000000000000000000000000000000000000081526001600160a01b038a1660048201526024810189905265ffffffffffff9091166044820152606481018690526084810182905260a401610b4f565b816040015165ffffffffffff16825f015165ffffffffffff1603613b1e575f87815260086020908152604082208054600181018255818452919092200180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b038b161790558054613b11906150dc565b63ffffffff166060840152505b8151613b3390869065ffffffffffff16615bb3565b9250613b3e83615125565b65ffffffffffff1682526020820151613b6e906127239086906fffffffffffffffffffffffffffffffff16615bb3565b6fffffffffffffffffffffffffffffffff90811660208085019182526001600160a01b03909a165f90815260058b5260408082209a825299909a5298889020835181549a519985015160609095015163ffffffff167c0100000000000000000000000000000000000000000000000000000000027bffffffffffffffffffffffffffffffffffffffffffffffffffffffff65ffffffffffff968716760100000000000000000000000000000000000000000000021675ffffffffffffffffffffffffffffffffffffffffffff9b9094166601000000000000027fffffffffffffffffffff00000000000000000000000000000000000000000000909c1695909116949094179990991797909716969096171790955550929392505050565b6001600160a01b0382165f90815260046020526040812080546fffffffffffffffffffffffffffffffff700100000000000000000000000000000000820481169391613cda91859116615b89565b905080841115613d2f576040517f4f4d34e40000000000000000000000000000000000000000000000000000000081526001600160a01b03861660048201526024810185905260448101829052606401610b4f565b613d398484615bb3565b82546fffffffffffffffffffffffffffffffff80831670010000000000000000000000000000000002911617909255509392505050565b5f610e10613d7d83614878565b610ac19190615b9c565b6001600160a01b0385165f908152600660209081526040808320878452825291829020825160608101845290546fffffffffffffffffffffffffffffffff8116825267ffffffffffffffff700100000000000000000000000000000000820481169383019390935278010000000000000000000000000000000000000000000000009004909116918101829052904210613e29575f6020820181905260408201525b806020015167ffffffffffffffff16831115613e5857613e4883615170565b67ffffffffffffffff1660208201525b806040015167ffffffffffffffff16821115613e8757613e7782615170565b67ffffffffffffffff1660408201525b8051613eaa906127239086906fffffffffffffffffffffffffffffffff16615bb3565b6fffffffffffffffffffffffffffffffff90811682526001600160a01b03969096165f9081526006602090815260408083209783529681529086902082518154928401519790930151929097167fffffffffffffffff0000000000000000000000000000000000000000000000009091161770010000000000000000000000000000000067ffffffffffffffff968716021777ffffffffffffffffffffffffffffffffffffffffffffffff167801000000000000000000000000000000000000000000000000959091169490940293909317909355505050565b6137e55f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006137df565b5f610e10613fbc8360101c90565b63ffffffff16610ac19190615b9c565b611ac181336151bf565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16614094575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905561404c3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610ac1565b505f610ac1565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615614094575f838152602081815260408083206001600160a01b038616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610ac1565b5f818152600b602052604081209081547e01000000000000000000000000000000000000000000000000000000000000900460ff1660048111156141805761418061578c565b036141ba576040517f9f9a3a9400000000000000000000000000000000000000000000000000000000815260048101839052602401610b4f565b919050565b80545f9081906141f090610e109074010000000000000000000000000000000000000000900463ffffffff16615b9c565b835490925061422290610e10907801000000000000000000000000000000000000000000000000900461ffff16615b9c565b61422c9083615bb3565b9050915091565b336001600160a01b038216148015906142665750335f908152600760205260409020546001600160a01b03828116911614155b15610f35576040517f80790deb00000000000000000000000000000000000000000000000000000000815260048101839052336024820152604401610b4f565b6142b3838383600161522a565b61127e576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610b4f565b5f6142fe8261504f565b90505f8160088111156143135761431361578c565b1461434e5781816040517f66d477b2000000000000000000000000000000000000000000000000000000008152600401610b4f929190615d49565b5f6143598360301c90565b60ff1614610f35576040517fe23efd3f00000000000000000000000000000000000000000000000000000000815260048101839052602401610b4f565b5f6143a960016601000000000000615b89565b1982169050919050565b6001600160a01b0383165f908152600660209081526040808320858452909152812080549091906143f79084906fffffffffffffffffffffffffffffffff16615c90565b9050806fffffffffffffffffffffffffffffffff165f0361443a576001600160a01b0385165f908152600660209081526040808320878452909152812055612886565b81547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff91909116179055505050565b6001600160a01b0382165f90815260056020908152604080832086845282528083208151608081018352905465ffffffffffff8082168352660100000000000082046fffffffffffffffffffffffffffffffff16948301949094527601000000000000000000000000000000000000000000008104909316918101919091527c010000000000000000000000000000000000000000000000000000000090910463ffffffff166060820152614531836001615bb3565b816060015163ffffffff161480156131d757506040810151905165ffffffffffff918216911611949350505050565b5f61457360016601000000000000615b89565b821615801561458d57505f6145888360301c90565b60ff16145b8015610ac15750610ac1826001175b5f806145a78361504f565b60088111156145b8576145b861578c565b1492915050565b5f6fffffffffffffffffffffffffffffffff821115614614576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526080600482015260248101839052604401610b4f565b5090565b6001600160a01b0382165f9081526002602090815260408083208484529091529020600180820154640100000000900460ff16600481111561465c5761465c61578c565b146146a85760018101546040517fb2c93483000000000000000000000000000000000000000000000000000000008152610b4f9185918591640100000000900460ff1690600401615b2e565b60018101546001600160a01b036501000000000090910481165f81815260076020526040902054909116801561471d576040517f14ecc7820000000000000000000000000000000000000000000000000000000081526001600160a01b03808416600483015282166024820152604401610b4f565b6001600160a01b038281165f90815260076020908152604080832080547fffffffffffffffffffffffff000000000000000000000000000000000000000016948a1694851790556001870180547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffff8116640200000000179091558754948452600383528184208585529092528220546147bc9163ffffffff1690615bb3565b6001600160a01b0388165f8181526003602090815260408083208784528252918290208490556001890154825163ffffffff909116815290810184905292935084928992917ffb891a36a4655f98ed5da88da3b407a83c17731521b6bb827c9d22732bd3ec6a910161379f565b6148378484848460016152a5565b61122c576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610b4f565b5f8161ffff166148888360101c90565b63ffffffff16610ac19190615bb3565b5f858152600860209081526040808320600990925290912054815460609291905b80821080156148f557506148f3898484815481106148d9576148d9615ce5565b5f918252602090912001546001600160a01b03168461447b565b155b1561490a5761490382615d12565b91506148b9565b5f89815260096020526040902054821461492f575f8981526009602052604090208290555b6149398282615b89565b67ffffffffffffffff81111561495157614951615cb8565b6040519080825280602002602001820160405280156149ac57816020015b61499960405180606001604052805f6001600160a01b031681526020015f81526020015f81525090565b81526020019060019003908161496f5790505b5093505f825b82811015614ab8575f8582815481106149cd576149cd615ce5565b5f918252602090912001546001600160a01b031690506149ee8c828461447b565b6149f85750614ab0565b5f614a06828e8e8d8d61532b565b90508a8110614a60576040518060600160405280836001600160a01b031681526020018281526020018c815250885f81518110614a4557614a45615ce5565b602002602001018190525060018852505050505050506131d7565b6040518060600160405280836001600160a01b031681526020018281526020015f815250888581518110614a9657614a96615ce5565b602002602001018190525083614aab90615d12565b935050505b6001016149b2565b50875f5b8281108015614aca57508115155b15614b5b575f82888381518110614ae357614ae3615ce5565b60200260200101516020015110614afa5782614b19565b878281518110614b0c57614b0c615ce5565b6020026020010151602001515b905080888381518110614b2e57614b2e615ce5565b602090810291909101015160400152614b478184615b89565b92505080614b5490615d12565b9050614abc565b508015614bb7578a8989614b6f8483615b89565b6040517f7b32c19d0000000000000000000000000000000000000000000000000000000081526004810194909452602484019290925260448301526064820152608401610b4f565b50845250505095945050505050565b5f614bd085614396565b90508261ffff168660400151614be69190615b9c565b86516001600160a01b03165f90815260056020908152604080832089845290915290208054601690614c3b908490760100000000000000000000000000000000000000000000900465ffffffffffff16615d6d565b92506101000a81548165ffffffffffff021916908365ffffffffffff1602179055505f614c7c875f0151838763ffffffff168761ffff168b60400151615504565b90505f610e10614c9661ffff871663ffffffff8916615bb3565b614ca09190615b9c565b88516001600160a01b03165f9081526006602090815260408083208784529091529020805491925090700100000000000000000000000000000000900467ffffffffffffffff16831115614d345780547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1670010000000000000000000000000000000067ffffffffffffffff8516021781555b80547801000000000000000000000000000000000000000000000000900467ffffffffffffffff16821115614da957805477ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000067ffffffffffffffff8416021781555b5f8a8152600b6020526040908190208054918b01517fffffffffffffffff000000000000000000000000000000000000000000000000909216337fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff16177401000000000000000000000000000000000000000063ffffffff8b811691909102919091177fffff000000000000ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000061ffff8b16027fffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a01000000000000000000000000000000000000000000000000000091909316029190911780825560019082907fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e01000000000000000000000000000000000000000000000000000000000000830217905550895160018201805465ffffffffffff4290811674010000000000000000000000000000000000000000027fffffffffffff00000000000000000000000000000000000000000000000000009092166001600160a01b0390941693841791909117909155600383018b9055600483018890556040808d015181518d8152602081019190915263ffffffff8c169181019190915261ffff8a1660608201526080810189905260a081019190915233908d907f6ebc953c288c84c5d9590baed7fcddfbf0a45f61ecaa64199f07a7d2d130dbcc9060c00160405180910390a45050505050505050505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156137e5576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f600161505c8360781c90565b60ff161461506c57506001919050565b608082901c15158061508a57506150838260681c90565b61ffff1615155b1561509757506002919050565b610ac16150a48360581c90565b6150ae8460501c90565b6150b88560401c90565b6150c28660381c90565b6150cc8760301c90565b6150d68860101c90565b886155d9565b5f63ffffffff821115614614576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526020600482015260248101839052604401610b4f565b5f65ffffffffffff821115614614576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526030600482015260248101839052604401610b4f565b5f67ffffffffffffffff82111561461457604080517f6dfcc650000000000000000000000000000000000000000000000000000000008152600481019190915260248101839052604401610b4f565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610f35576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610b4f565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661529957838315161561528d573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661531a57838315161561530e573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b6001600160a01b0385165f90815260056020908152604080832087845282528083208151608081018352905465ffffffffffff808216808452660100000000000083046fffffffffffffffffffffffffffffffff16958401959095527601000000000000000000000000000000000000000000008204169282018390527c0100000000000000000000000000000000000000000000000000000000900463ffffffff16606082015291839186916153e29190615c72565b65ffffffffffff166153f49190615bc6565b6001600160a01b0389165f9081526003602090815260408083208a845290915290205490915061ffff811115615429575061ffff5b5f806154358888615bb3565b90507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff5f885b838110156154c85782600482901c146154a4576001600160a01b038e165f908152600a602090815260408083208f84528252808320600485901c80855292529091205490935091505b61ffff60f0600483901b1683901c16858111156154bf578095505b5060010161545b565b505f8486116154d7575f6154e1565b6154e18587615b89565b90508087106154f057806154f2565b865b9e9d5050505050505050505050505050565b6001600160a01b0385165f908152600a602090815260408083208784529091528120816155318587615bb3565b9050855b818110156155cd57600481811c5f81815260208690526040812054919261555d846001615bb3565b901b90508481111561556c5750835b808410156155b85760f0600485901b165f61558d8a61ffff86851c16615bb3565b90508881111561559b578098505b8181901b8261ffff901b198516179350505083600101935061556c565b505f9182526020859052604090912055615535565b50505095945050505050565b5f61ffff881615806155ee575061ffff888116145b156155fb575060036156dc565b600260ff8816111561560f575060046156dc565b600161ffff871610806156265750600761ffff8716115b15615633575060056156dc565b600160ff861610806156485750600360ff8616115b15615655575060066156dc565b60ff8416615675578161ffff165f03615670575060086156dc565b6156d9565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60ff8516016156d15763ffffffff83161515806156b5575061ffff8216155b806156c4575060a861ffff8316115b15615670575060086156dc565b5060076156dc565b505f5b979650505050505050565b5f602082840312156156f7575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610f9a575f5ffd5b5f60208284031215615736575f5ffd5b5035919050565b5f5f6040838503121561574e575f5ffd5b50508035926020909101359150565b80356001600160a01b03811681146141ba575f5ffd5b5f60208284031215615783575f5ffd5b610f9a8261575d565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60058110611ac157611ac161578c565b6157d2816157b9565b9052565b600c81106157d2576157d261578c565b81516001600160a01b031681526101a08101602083015161580f602084018263ffffffff169052565b506040830151615825604084018261ffff169052565b50606083015161583d606084018263ffffffff169052565b50608083015161585060808401826157c9565b5060a083015161586360a08401826157d6565b5060c083015161587e60c08401826001600160a01b03169052565b5060e083015161589860e084018265ffffffffffff169052565b506101008301516158b461010084018265ffffffffffff169052565b506101208301516158d061012084018265ffffffffffff169052565b506101408301516158ec61014084018265ffffffffffff169052565b5061016083015161016083015261018083015161018083015292915050565b5f5f6040838503121561591c575f5ffd5b8235915061592c6020840161575d565b90509250929050565b5f5f60408385031215615946575f5ffd5b61594f8361575d565b946020939093013593505050565b5f5f6040838503121561596e575f5ffd5b823591506020830135600c8110615983575f5ffd5b809150509250929050565b602080825282518282018190525f918401906040840190835b818110156159ce5783516001600160a01b03168352602093840193909201916001016159a7565b509095945050505050565b8151815260208083015163ffffffff169082015260408201516080820190615a00816157b9565b806040840152506001600160a01b03606084015116606083015292915050565b5f5f5f5f60808587031215615a33575f5ffd5b5050823594602084013594506040840135936060013592509050565b803563ffffffff811681146141ba575f5ffd5b5f5f5f5f5f60a08688031215615a76575f5ffd5b85359450615a8660208701615a4f565b9350604086013561ffff81168114615a9c575f5ffd5b9250615aaa60608701615a4f565b949793965091946080013592915050565b5f5f5f60608486031215615acd575f5ffd5b615ad68461575d565b95602085013595506040909401359392505050565b5f5f5f5f60808587031215615afe575f5ffd5b8435935060208501359250615b1560408601615a4f565b9150615b236060860161575d565b905092959194509250565b6001600160a01b03841681526020810183905260608101615b4e836157b9565b826040830152949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115610ac157610ac1615b5c565b8082028115828204841417610ac157610ac1615b5c565b80820180821115610ac157610ac1615b5c565b5f82615bf9577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b83815260608101615c0e846157b9565b836020830152615b4e836157b9565b83815260608101615c3160208301856157d6565b615b4e836157b9565b60808101615c47866157b9565b858252615c5760208301866157d6565b6001600160a01b039390931660408201526060015292915050565b65ffffffffffff8281168282160390811115610ac157610ac1615b5c565b6fffffffffffffffffffffffffffffffff8281168282160390811115610ac157610ac1615b5c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203615d4257615d42615b5c565b5060010190565b8281526040810160098310615d6057615d6061578c565b8260208301529392505050565b65ffffffffffff8181168382160190811115610ac157610ac1615b5c56",
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
// Solidity: constructor(address admin, address registrar, address stablecoin_, address token_) returns()
func (providerVault *ProviderVault) PackConstructor(admin common.Address, registrar common.Address, stablecoin_ common.Address, token_ common.Address) []byte {
	enc, err := providerVault.abi.Pack("", admin, registrar, stablecoin_, token_)
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

// PackMAXLEASEDGPUS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70e3d9fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_LEASED_GPUS() view returns(uint256)
func (providerVault *ProviderVault) PackMAXLEASEDGPUS() []byte {
	enc, err := providerVault.abi.Pack("MAX_LEASED_GPUS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXLEASEDGPUS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70e3d9fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_LEASED_GPUS() view returns(uint256)
func (providerVault *ProviderVault) TryPackMAXLEASEDGPUS() ([]byte, error) {
	return providerVault.abi.Pack("MAX_LEASED_GPUS")
}

// UnpackMAXLEASEDGPUS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70e3d9fb.
//
// Solidity: function MAX_LEASED_GPUS() view returns(uint256)
func (providerVault *ProviderVault) UnpackMAXLEASEDGPUS(data []byte) (*big.Int, error) {
	out, err := providerVault.abi.Unpack("MAX_LEASED_GPUS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNEVERSTARTEDGRACE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71cc659d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NEVER_STARTED_GRACE() view returns(uint256)
func (providerVault *ProviderVault) PackNEVERSTARTEDGRACE() []byte {
	enc, err := providerVault.abi.Pack("NEVER_STARTED_GRACE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNEVERSTARTEDGRACE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71cc659d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NEVER_STARTED_GRACE() view returns(uint256)
func (providerVault *ProviderVault) TryPackNEVERSTARTEDGRACE() ([]byte, error) {
	return providerVault.abi.Pack("NEVER_STARTED_GRACE")
}

// UnpackNEVERSTARTEDGRACE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x71cc659d.
//
// Solidity: function NEVER_STARTED_GRACE() view returns(uint256)
func (providerVault *ProviderVault) UnpackNEVERSTARTEDGRACE(data []byte) (*big.Int, error) {
	out, err := providerVault.abi.Unpack("NEVER_STARTED_GRACE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREDEEMERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fa46ab4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REDEEMER_ROLE() view returns(bytes32)
func (providerVault *ProviderVault) PackREDEEMERROLE() []byte {
	enc, err := providerVault.abi.Pack("REDEEMER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREDEEMERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fa46ab4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REDEEMER_ROLE() view returns(bytes32)
func (providerVault *ProviderVault) TryPackREDEEMERROLE() ([]byte, error) {
	return providerVault.abi.Pack("REDEEMER_ROLE")
}

// UnpackREDEEMERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fa46ab4.
//
// Solidity: function REDEEMER_ROLE() view returns(bytes32)
func (providerVault *ProviderVault) UnpackREDEEMERROLE(data []byte) ([32]byte, error) {
	out, err := providerVault.abi.Unpack("REDEEMER_ROLE", data)
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

// PackSETTLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7445e85c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SETTLER_ROLE() view returns(bytes32)
func (providerVault *ProviderVault) PackSETTLERROLE() []byte {
	enc, err := providerVault.abi.Pack("SETTLER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSETTLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7445e85c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SETTLER_ROLE() view returns(bytes32)
func (providerVault *ProviderVault) TryPackSETTLERROLE() ([]byte, error) {
	return providerVault.abi.Pack("SETTLER_ROLE")
}

// UnpackSETTLERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7445e85c.
//
// Solidity: function SETTLER_ROLE() view returns(bytes32)
func (providerVault *ProviderVault) UnpackSETTLERROLE(data []byte) ([32]byte, error) {
	out, err := providerVault.abi.Unpack("SETTLER_ROLE", data)
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

// PackTRADINGCLOSELEAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x706b8952.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TRADING_CLOSE_LEAD() view returns(uint256)
func (providerVault *ProviderVault) PackTRADINGCLOSELEAD() []byte {
	enc, err := providerVault.abi.Pack("TRADING_CLOSE_LEAD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTRADINGCLOSELEAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x706b8952.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TRADING_CLOSE_LEAD() view returns(uint256)
func (providerVault *ProviderVault) TryPackTRADINGCLOSELEAD() ([]byte, error) {
	return providerVault.abi.Pack("TRADING_CLOSE_LEAD")
}

// UnpackTRADINGCLOSELEAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x706b8952.
//
// Solidity: function TRADING_CLOSE_LEAD() view returns(uint256)
func (providerVault *ProviderVault) UnpackTRADINGCLOSELEAD(data []byte) (*big.Int, error) {
	out, err := providerVault.abi.Unpack("TRADING_CLOSE_LEAD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackCloseLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47a74af7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeLease(uint256 leaseId, uint8 reason) returns()
func (providerVault *ProviderVault) PackCloseLease(leaseId *big.Int, reason uint8) []byte {
	enc, err := providerVault.abi.Pack("closeLease", leaseId, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47a74af7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeLease(uint256 leaseId, uint8 reason) returns()
func (providerVault *ProviderVault) TryPackCloseLease(leaseId *big.Int, reason uint8) ([]byte, error) {
	return providerVault.abi.Pack("closeLease", leaseId, reason)
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

// PackExpire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x746b31c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expire(address provider, uint256 id) returns()
func (providerVault *ProviderVault) PackExpire(provider common.Address, id *big.Int) []byte {
	enc, err := providerVault.abi.Pack("expire", provider, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x746b31c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expire(address provider, uint256 id) returns()
func (providerVault *ProviderVault) TryPackExpire(provider common.Address, id *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("expire", provider, id)
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

// PackLastTradingTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d7c411a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastTradingTime(uint256 id) pure returns(uint256)
func (providerVault *ProviderVault) PackLastTradingTime(id *big.Int) []byte {
	enc, err := providerVault.abi.Pack("lastTradingTime", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastTradingTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d7c411a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastTradingTime(uint256 id) pure returns(uint256)
func (providerVault *ProviderVault) TryPackLastTradingTime(id *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("lastTradingTime", id)
}

// UnpackLastTradingTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d7c411a.
//
// Solidity: function lastTradingTime(uint256 id) pure returns(uint256)
func (providerVault *ProviderVault) UnpackLastTradingTime(data []byte) (*big.Int, error) {
	out, err := providerVault.abi.Unpack("lastTradingTime", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e352497.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lease(uint256 leaseId) view returns((address,uint32,uint16,uint32,uint8,uint8,address,uint48,uint48,uint48,uint48,uint256,bytes32))
func (providerVault *ProviderVault) PackLease(leaseId *big.Int) []byte {
	enc, err := providerVault.abi.Pack("lease", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e352497.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lease(uint256 leaseId) view returns((address,uint32,uint16,uint32,uint8,uint8,address,uint48,uint48,uint48,uint48,uint256,bytes32))
func (providerVault *ProviderVault) TryPackLease(leaseId *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("lease", leaseId)
}

// UnpackLease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e352497.
//
// Solidity: function lease(uint256 leaseId) view returns((address,uint32,uint16,uint32,uint8,uint8,address,uint48,uint48,uint48,uint48,uint256,bytes32))
func (providerVault *ProviderVault) UnpackLease(data []byte) (ProviderVaultLease, error) {
	out, err := providerVault.abi.Unpack("lease", data)
	if err != nil {
		return *new(ProviderVaultLease), err
	}
	out0 := *abi.ConvertType(out[0], new(ProviderVaultLease)).(*ProviderVaultLease)
	return out0, nil
}

// PackLeasedGpus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf22da1c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leasedGpus(address provider, uint256 gradeKey, uint256 hour) view returns(uint256)
func (providerVault *ProviderVault) PackLeasedGpus(provider common.Address, gradeKey *big.Int, hour *big.Int) []byte {
	enc, err := providerVault.abi.Pack("leasedGpus", provider, gradeKey, hour)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeasedGpus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf22da1c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leasedGpus(address provider, uint256 gradeKey, uint256 hour) view returns(uint256)
func (providerVault *ProviderVault) TryPackLeasedGpus(provider common.Address, gradeKey *big.Int, hour *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("leasedGpus", provider, gradeKey, hour)
}

// UnpackLeasedGpus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf22da1c9.
//
// Solidity: function leasedGpus(address provider, uint256 gradeKey, uint256 hour) view returns(uint256)
func (providerVault *ProviderVault) UnpackLeasedGpus(data []byte) (*big.Int, error) {
	out, err := providerVault.abi.Unpack("leasedGpus", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMarkProvisioning is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccb04a12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function markProvisioning(uint256 leaseId) returns()
func (providerVault *ProviderVault) PackMarkProvisioning(leaseId *big.Int) []byte {
	enc, err := providerVault.abi.Pack("markProvisioning", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarkProvisioning is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccb04a12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function markProvisioning(uint256 leaseId) returns()
func (providerVault *ProviderVault) TryPackMarkProvisioning(leaseId *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("markProvisioning", leaseId)
}

// PackMarkRunning is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6996b55a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function markRunning(uint256 leaseId) returns()
func (providerVault *ProviderVault) PackMarkRunning(leaseId *big.Int) []byte {
	enc, err := providerVault.abi.Pack("markRunning", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarkRunning is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6996b55a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function markRunning(uint256 leaseId) returns()
func (providerVault *ProviderVault) TryPackMarkRunning(leaseId *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("markRunning", leaseId)
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

// PackNextLeaseId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x902238e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextLeaseId() view returns(uint256)
func (providerVault *ProviderVault) PackNextLeaseId() []byte {
	enc, err := providerVault.abi.Pack("nextLeaseId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextLeaseId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x902238e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextLeaseId() view returns(uint256)
func (providerVault *ProviderVault) TryPackNextLeaseId() ([]byte, error) {
	return providerVault.abi.Pack("nextLeaseId")
}

// UnpackNextLeaseId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x902238e1.
//
// Solidity: function nextLeaseId() view returns(uint256)
func (providerVault *ProviderVault) UnpackNextLeaseId(data []byte) (*big.Int, error) {
	out, err := providerVault.abi.Unpack("nextLeaseId", data)
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
// Solidity: function node(address provider, bytes32 nodeId) view returns((uint256,uint32,uint8,address))
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
// Solidity: function node(address provider, bytes32 nodeId) view returns((uint256,uint32,uint8,address))
func (providerVault *ProviderVault) TryPackNode(provider common.Address, nodeId [32]byte) ([]byte, error) {
	return providerVault.abi.Pack("node", provider, nodeId)
}

// UnpackNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fa4d6c2.
//
// Solidity: function node(address provider, bytes32 nodeId) view returns((uint256,uint32,uint8,address))
func (providerVault *ProviderVault) UnpackNode(data []byte) (ProviderVaultNode, error) {
	out, err := providerVault.abi.Unpack("node", data)
	if err != nil {
		return *new(ProviderVaultNode), err
	}
	out0 := *abi.ConvertType(out[0], new(ProviderVaultNode)).(*ProviderVaultNode)
	return out0, nil
}

// PackNodeKeyProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0e441b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeKeyProvider(address key) view returns(address provider)
func (providerVault *ProviderVault) PackNodeKeyProvider(key common.Address) []byte {
	enc, err := providerVault.abi.Pack("nodeKeyProvider", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeKeyProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0e441b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeKeyProvider(address key) view returns(address provider)
func (providerVault *ProviderVault) TryPackNodeKeyProvider(key common.Address) ([]byte, error) {
	return providerVault.abi.Pack("nodeKeyProvider", key)
}

// UnpackNodeKeyProvider is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0e441b5.
//
// Solidity: function nodeKeyProvider(address key) view returns(address provider)
func (providerVault *ProviderVault) UnpackNodeKeyProvider(data []byte) (common.Address, error) {
	out, err := providerVault.abi.Unpack("nodeKeyProvider", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPosition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf11733de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function position(address provider, uint256 id) view returns((uint48,uint128,uint48,uint32))
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
// Solidity: function position(address provider, uint256 id) view returns((uint48,uint128,uint48,uint32))
func (providerVault *ProviderVault) TryPackPosition(provider common.Address, id *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("position", provider, id)
}

// UnpackPosition is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf11733de.
//
// Solidity: function position(address provider, uint256 id) view returns((uint48,uint128,uint48,uint32))
func (providerVault *ProviderVault) UnpackPosition(data []byte) (ProviderVaultPosition, error) {
	out, err := providerVault.abi.Unpack("position", data)
	if err != nil {
		return *new(ProviderVaultPosition), err
	}
	out0 := *abi.ConvertType(out[0], new(ProviderVaultPosition)).(*ProviderVaultPosition)
	return out0, nil
}

// PackProposeNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe204fc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeNode(bytes32 nodeId, uint256 gradeKey, uint32 gpus, address key) returns()
func (providerVault *ProviderVault) PackProposeNode(nodeId [32]byte, gradeKey *big.Int, gpus uint32, key common.Address) []byte {
	enc, err := providerVault.abi.Pack("proposeNode", nodeId, gradeKey, gpus, key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe204fc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeNode(bytes32 nodeId, uint256 gradeKey, uint32 gpus, address key) returns()
func (providerVault *ProviderVault) TryPackProposeNode(nodeId [32]byte, gradeKey *big.Int, gpus uint32, key common.Address) ([]byte, error) {
	return providerVault.abi.Pack("proposeNode", nodeId, gradeKey, gpus, key)
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc789986.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(uint256 id, uint32 gpus, uint16 hours_, uint32 startHour, bytes32 specHash) returns(uint256 firstLeaseId)
func (providerVault *ProviderVault) PackRedeem(id *big.Int, gpus uint32, hours uint16, startHour uint32, specHash [32]byte) []byte {
	enc, err := providerVault.abi.Pack("redeem", id, gpus, hours, startHour, specHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc789986.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(uint256 id, uint32 gpus, uint16 hours_, uint32 startHour, bytes32 specHash) returns(uint256 firstLeaseId)
func (providerVault *ProviderVault) TryPackRedeem(id *big.Int, gpus uint32, hours uint16, startHour uint32, specHash [32]byte) ([]byte, error) {
	return providerVault.abi.Pack("redeem", id, gpus, hours, startHour, specHash)
}

// UnpackRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc789986.
//
// Solidity: function redeem(uint256 id, uint32 gpus, uint16 hours_, uint32 startHour, bytes32 specHash) returns(uint256 firstLeaseId)
func (providerVault *ProviderVault) UnpackRedeem(data []byte) (*big.Int, error) {
	out, err := providerVault.abi.Unpack("redeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRedemptionQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ad51f7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redemptionQueue(uint256 id) view returns(address[] providers)
func (providerVault *ProviderVault) PackRedemptionQueue(id *big.Int) []byte {
	enc, err := providerVault.abi.Pack("redemptionQueue", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedemptionQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ad51f7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redemptionQueue(uint256 id) view returns(address[] providers)
func (providerVault *ProviderVault) TryPackRedemptionQueue(id *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("redemptionQueue", id)
}

// UnpackRedemptionQueue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ad51f7e.
//
// Solidity: function redemptionQueue(uint256 id) view returns(address[] providers)
func (providerVault *ProviderVault) UnpackRedemptionQueue(data []byte) ([]common.Address, error) {
	out, err := providerVault.abi.Unpack("redemptionQueue", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
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

// PackSettleDelivery is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac603093.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleDelivery(uint256 leaseId, uint256 detachGpuHours, uint256 released, uint256 paid) returns()
func (providerVault *ProviderVault) PackSettleDelivery(leaseId *big.Int, detachGpuHours *big.Int, released *big.Int, paid *big.Int) []byte {
	enc, err := providerVault.abi.Pack("settleDelivery", leaseId, detachGpuHours, released, paid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleDelivery is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac603093.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleDelivery(uint256 leaseId, uint256 detachGpuHours, uint256 released, uint256 paid) returns()
func (providerVault *ProviderVault) TryPackSettleDelivery(leaseId *big.Int, detachGpuHours *big.Int, released *big.Int, paid *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("settleDelivery", leaseId, detachGpuHours, released, paid)
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

// PackUnassigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cda0475.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unassigned(address provider, uint256 id) view returns(uint256)
func (providerVault *ProviderVault) PackUnassigned(provider common.Address, id *big.Int) []byte {
	enc, err := providerVault.abi.Pack("unassigned", provider, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnassigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cda0475.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unassigned(address provider, uint256 id) view returns(uint256)
func (providerVault *ProviderVault) TryPackUnassigned(provider common.Address, id *big.Int) ([]byte, error) {
	return providerVault.abi.Pack("unassigned", provider, id)
}

// UnpackUnassigned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cda0475.
//
// Solidity: function unassigned(address provider, uint256 id) view returns(uint256)
func (providerVault *ProviderVault) UnpackUnassigned(data []byte) (*big.Int, error) {
	out, err := providerVault.abi.Unpack("unassigned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// ProviderVaultDeliverySettled represents a DeliverySettled event raised by the ProviderVault contract.
type ProviderVaultDeliverySettled struct {
	LeaseId  *big.Int
	Released *big.Int
	Paid     *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ProviderVaultDeliverySettledEventName = "DeliverySettled"

// ContractEventName returns the user-defined event name.
func (ProviderVaultDeliverySettled) ContractEventName() string {
	return ProviderVaultDeliverySettledEventName
}

// UnpackDeliverySettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeliverySettled(uint256 indexed leaseId, uint256 released, uint256 paid)
func (providerVault *ProviderVault) UnpackDeliverySettledEvent(log *types.Log) (*ProviderVaultDeliverySettled, error) {
	event := "DeliverySettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderVaultDeliverySettled)
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

// ProviderVaultExpired represents a Expired event raised by the ProviderVault contract.
type ProviderVaultExpired struct {
	Provider           common.Address
	Id                 *big.Int
	Amount             *big.Int
	CollateralReleased *big.Int
	Locked             *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const ProviderVaultExpiredEventName = "Expired"

// ContractEventName returns the user-defined event name.
func (ProviderVaultExpired) ContractEventName() string {
	return ProviderVaultExpiredEventName
}

// UnpackExpiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Expired(address indexed provider, uint256 indexed id, uint256 amount, uint256 collateralReleased, uint256 locked)
func (providerVault *ProviderVault) UnpackExpiredEvent(log *types.Log) (*ProviderVaultExpired, error) {
	event := "Expired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderVaultExpired)
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

// ProviderVaultLeaseAssigned represents a LeaseAssigned event raised by the ProviderVault contract.
type ProviderVaultLeaseAssigned struct {
	LeaseId   *big.Int
	Holder    common.Address
	Provider  common.Address
	Id        *big.Int
	Gpus      *big.Int
	StartHour *big.Int
	Hours     *big.Int
	SpecHash  [32]byte
	Time      *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ProviderVaultLeaseAssignedEventName = "LeaseAssigned"

// ContractEventName returns the user-defined event name.
func (ProviderVaultLeaseAssigned) ContractEventName() string {
	return ProviderVaultLeaseAssignedEventName
}

// UnpackLeaseAssignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseAssigned(uint256 indexed leaseId, address indexed holder, address indexed provider, uint256 id, uint256 gpus, uint256 startHour, uint256 hours_, bytes32 specHash, uint256 time)
func (providerVault *ProviderVault) UnpackLeaseAssignedEvent(log *types.Log) (*ProviderVaultLeaseAssigned, error) {
	event := "LeaseAssigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderVaultLeaseAssigned)
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

// ProviderVaultLeaseStateChanged represents a LeaseStateChanged event raised by the ProviderVault contract.
type ProviderVaultLeaseStateChanged struct {
	LeaseId  *big.Int
	Holder   common.Address
	Provider common.Address
	State    uint8
	Reason   uint8
	By       common.Address
	Time     *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ProviderVaultLeaseStateChangedEventName = "LeaseStateChanged"

// ContractEventName returns the user-defined event name.
func (ProviderVaultLeaseStateChanged) ContractEventName() string {
	return ProviderVaultLeaseStateChangedEventName
}

// UnpackLeaseStateChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseStateChanged(uint256 indexed leaseId, address indexed holder, address indexed provider, uint8 state, uint8 reason, address by, uint256 time)
func (providerVault *ProviderVault) UnpackLeaseStateChangedEvent(log *types.Log) (*ProviderVaultLeaseStateChanged, error) {
	event := "LeaseStateChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderVaultLeaseStateChanged)
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
	Key      common.Address
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
// Solidity: event NodeProposed(address indexed provider, bytes32 indexed nodeId, uint256 indexed gradeKey, uint32 gpus, address key)
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

// ProviderVaultRedeemed represents a Redeemed event raised by the ProviderVault contract.
type ProviderVaultRedeemed struct {
	Holder       common.Address
	Id           *big.Int
	FirstLeaseId *big.Int
	Leases       *big.Int
	Gpus         *big.Int
	StartHour    *big.Int
	Hours        *big.Int
	SpecHash     [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const ProviderVaultRedeemedEventName = "Redeemed"

// ContractEventName returns the user-defined event name.
func (ProviderVaultRedeemed) ContractEventName() string {
	return ProviderVaultRedeemedEventName
}

// UnpackRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Redeemed(address indexed holder, uint256 indexed id, uint256 firstLeaseId, uint256 leases, uint256 gpus, uint256 startHour, uint256 hours_, bytes32 specHash)
func (providerVault *ProviderVault) UnpackRedeemedEvent(log *types.Log) (*ProviderVaultRedeemed, error) {
	event := "Redeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderVaultRedeemed)
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
	if bytes.Equal(raw[:4], providerVault.abi.Errors["BadTransition"].ID.Bytes()[:4]) {
		return providerVault.UnpackBadTransitionError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["BurnExceedsMinted"].ID.Bytes()[:4]) {
		return providerVault.UnpackBurnExceedsMintedError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["BurnExceedsUnassigned"].ID.Bytes()[:4]) {
		return providerVault.UnpackBurnExceedsUnassignedError(raw[4:])
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
	if bytes.Equal(raw[:4], providerVault.abi.Errors["LeaseEnded"].ID.Bytes()[:4]) {
		return providerVault.UnpackLeaseEndedError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["LeaseNotEnded"].ID.Bytes()[:4]) {
		return providerVault.UnpackLeaseNotEndedError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["LeaseNotStarted"].ID.Bytes()[:4]) {
		return providerVault.UnpackLeaseNotStartedError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["LeaseOutsideWindow"].ID.Bytes()[:4]) {
		return providerVault.UnpackLeaseOutsideWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["NodeAlreadyRegistered"].ID.Bytes()[:4]) {
		return providerVault.UnpackNodeAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["NodeKeyInUse"].ID.Bytes()[:4]) {
		return providerVault.UnpackNodeKeyInUseError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["NodeNotApproved"].ID.Bytes()[:4]) {
		return providerVault.UnpackNodeNotApprovedError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["NodeNotPending"].ID.Bytes()[:4]) {
		return providerVault.UnpackNodeNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["NotAssignable"].ID.Bytes()[:4]) {
		return providerVault.UnpackNotAssignableError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["NotLeaseHolder"].ID.Bytes()[:4]) {
		return providerVault.UnpackNotLeaseHolderError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["NotLeaseProvider"].ID.Bytes()[:4]) {
		return providerVault.UnpackNotLeaseProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["NotReservation"].ID.Bytes()[:4]) {
		return providerVault.UnpackNotReservationError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["NotTokenMinter"].ID.Bytes()[:4]) {
		return providerVault.UnpackNotTokenMinterError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["NothingToExpire"].ID.Bytes()[:4]) {
		return providerVault.UnpackNothingToExpireError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["RateTooHigh"].ID.Bytes()[:4]) {
		return providerVault.UnpackRateTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["ReasonNotAllowed"].ID.Bytes()[:4]) {
		return providerVault.UnpackReasonNotAllowedError(raw[4:])
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
	if bytes.Equal(raw[:4], providerVault.abi.Errors["StartGraceNotOver"].ID.Bytes()[:4]) {
		return providerVault.UnpackStartGraceNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["TradingClosed"].ID.Bytes()[:4]) {
		return providerVault.UnpackTradingClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["TradingOpen"].ID.Bytes()[:4]) {
		return providerVault.UnpackTradingOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerVault.abi.Errors["UnknownLease"].ID.Bytes()[:4]) {
		return providerVault.UnpackUnknownLeaseError(raw[4:])
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
	if bytes.Equal(raw[:4], providerVault.abi.Errors["ZeroHours"].ID.Bytes()[:4]) {
		return providerVault.UnpackZeroHoursError(raw[4:])
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

// ProviderVaultBadTransition represents a BadTransition error raised by the ProviderVault contract.
type ProviderVaultBadTransition struct {
	LeaseId *big.Int
	From    uint8
	To      uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTransition(uint256 leaseId, uint8 from, uint8 to)
func ProviderVaultBadTransitionErrorID() common.Hash {
	return common.HexToHash("0xe24c4634aa8b53842214cc9ac47bbb3de959e1fd16c669c106b3c1879e3ae95a")
}

// UnpackBadTransitionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTransition(uint256 leaseId, uint8 from, uint8 to)
func (providerVault *ProviderVault) UnpackBadTransitionError(raw []byte) (*ProviderVaultBadTransition, error) {
	out := new(ProviderVaultBadTransition)
	if err := providerVault.abi.UnpackIntoInterface(out, "BadTransition", raw); err != nil {
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

// ProviderVaultBurnExceedsUnassigned represents a BurnExceedsUnassigned error raised by the ProviderVault contract.
type ProviderVaultBurnExceedsUnassigned struct {
	Provider   common.Address
	Id         *big.Int
	Unassigned *big.Int
	Amount     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BurnExceedsUnassigned(address provider, uint256 id, uint256 unassigned, uint256 amount)
func ProviderVaultBurnExceedsUnassignedErrorID() common.Hash {
	return common.HexToHash("0xdcecbbbe01351b5531ceff710a781ed7bcd0738177b80f625b9e67dbd6eb806a")
}

// UnpackBurnExceedsUnassignedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BurnExceedsUnassigned(address provider, uint256 id, uint256 unassigned, uint256 amount)
func (providerVault *ProviderVault) UnpackBurnExceedsUnassignedError(raw []byte) (*ProviderVaultBurnExceedsUnassigned, error) {
	out := new(ProviderVaultBurnExceedsUnassigned)
	if err := providerVault.abi.UnpackIntoInterface(out, "BurnExceedsUnassigned", raw); err != nil {
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

// ProviderVaultLeaseEnded represents a LeaseEnded error raised by the ProviderVault contract.
type ProviderVaultLeaseEnded struct {
	LeaseId *big.Int
	EndTime *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeaseEnded(uint256 leaseId, uint256 endTime)
func ProviderVaultLeaseEndedErrorID() common.Hash {
	return common.HexToHash("0x10d897730f3e77db9754e9680886f6edcfe21b80a67ba31160650ebf2aaa01cf")
}

// UnpackLeaseEndedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeaseEnded(uint256 leaseId, uint256 endTime)
func (providerVault *ProviderVault) UnpackLeaseEndedError(raw []byte) (*ProviderVaultLeaseEnded, error) {
	out := new(ProviderVaultLeaseEnded)
	if err := providerVault.abi.UnpackIntoInterface(out, "LeaseEnded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultLeaseNotEnded represents a LeaseNotEnded error raised by the ProviderVault contract.
type ProviderVaultLeaseNotEnded struct {
	LeaseId *big.Int
	EndTime *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeaseNotEnded(uint256 leaseId, uint256 endTime)
func ProviderVaultLeaseNotEndedErrorID() common.Hash {
	return common.HexToHash("0x99180dd4f0319bbf83fdb8dc8a58f77574dddc0c16bc92e6f7810e43e998a669")
}

// UnpackLeaseNotEndedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeaseNotEnded(uint256 leaseId, uint256 endTime)
func (providerVault *ProviderVault) UnpackLeaseNotEndedError(raw []byte) (*ProviderVaultLeaseNotEnded, error) {
	out := new(ProviderVaultLeaseNotEnded)
	if err := providerVault.abi.UnpackIntoInterface(out, "LeaseNotEnded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultLeaseNotStarted represents a LeaseNotStarted error raised by the ProviderVault contract.
type ProviderVaultLeaseNotStarted struct {
	LeaseId   *big.Int
	StartTime *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeaseNotStarted(uint256 leaseId, uint256 startTime)
func ProviderVaultLeaseNotStartedErrorID() common.Hash {
	return common.HexToHash("0xad324dca071f6f727125b22607581c567983e2661fdd49955128e300838d1717")
}

// UnpackLeaseNotStartedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeaseNotStarted(uint256 leaseId, uint256 startTime)
func (providerVault *ProviderVault) UnpackLeaseNotStartedError(raw []byte) (*ProviderVaultLeaseNotStarted, error) {
	out := new(ProviderVaultLeaseNotStarted)
	if err := providerVault.abi.UnpackIntoInterface(out, "LeaseNotStarted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultLeaseOutsideWindow represents a LeaseOutsideWindow error raised by the ProviderVault contract.
type ProviderVaultLeaseOutsideWindow struct {
	Id        *big.Int
	StartHour *big.Int
	Hours     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeaseOutsideWindow(uint256 id, uint256 startHour, uint256 hours_)
func ProviderVaultLeaseOutsideWindowErrorID() common.Hash {
	return common.HexToHash("0x37185f2387bfb4d25f987ee06aec834529eddae447525fc4a06498577efb45a8")
}

// UnpackLeaseOutsideWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeaseOutsideWindow(uint256 id, uint256 startHour, uint256 hours_)
func (providerVault *ProviderVault) UnpackLeaseOutsideWindowError(raw []byte) (*ProviderVaultLeaseOutsideWindow, error) {
	out := new(ProviderVaultLeaseOutsideWindow)
	if err := providerVault.abi.UnpackIntoInterface(out, "LeaseOutsideWindow", raw); err != nil {
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

// ProviderVaultNodeKeyInUse represents a NodeKeyInUse error raised by the ProviderVault contract.
type ProviderVaultNodeKeyInUse struct {
	Key      common.Address
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NodeKeyInUse(address key, address provider)
func ProviderVaultNodeKeyInUseErrorID() common.Hash {
	return common.HexToHash("0x14ecc782be4b2eaad9afc5d985c27e1be47f1ad771f3010cebb9f07320a8f95e")
}

// UnpackNodeKeyInUseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NodeKeyInUse(address key, address provider)
func (providerVault *ProviderVault) UnpackNodeKeyInUseError(raw []byte) (*ProviderVaultNodeKeyInUse, error) {
	out := new(ProviderVaultNodeKeyInUse)
	if err := providerVault.abi.UnpackIntoInterface(out, "NodeKeyInUse", raw); err != nil {
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

// ProviderVaultNotAssignable represents a NotAssignable error raised by the ProviderVault contract.
type ProviderVaultNotAssignable struct {
	Id             *big.Int
	Gpus           *big.Int
	Hours          *big.Int
	AssignableGpus *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAssignable(uint256 id, uint256 gpus, uint256 hours_, uint256 assignableGpus)
func ProviderVaultNotAssignableErrorID() common.Hash {
	return common.HexToHash("0x7b32c19dcd44aeb6b49507d0ea9a44c51383a0682364b8d38cfeb18e21f94f33")
}

// UnpackNotAssignableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAssignable(uint256 id, uint256 gpus, uint256 hours_, uint256 assignableGpus)
func (providerVault *ProviderVault) UnpackNotAssignableError(raw []byte) (*ProviderVaultNotAssignable, error) {
	out := new(ProviderVaultNotAssignable)
	if err := providerVault.abi.UnpackIntoInterface(out, "NotAssignable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultNotLeaseHolder represents a NotLeaseHolder error raised by the ProviderVault contract.
type ProviderVaultNotLeaseHolder struct {
	LeaseId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotLeaseHolder(uint256 leaseId, address caller)
func ProviderVaultNotLeaseHolderErrorID() common.Hash {
	return common.HexToHash("0xb459f06a31b6f2b0de94ad7890bdb94d176e28564da017653545b4ca91c120cb")
}

// UnpackNotLeaseHolderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotLeaseHolder(uint256 leaseId, address caller)
func (providerVault *ProviderVault) UnpackNotLeaseHolderError(raw []byte) (*ProviderVaultNotLeaseHolder, error) {
	out := new(ProviderVaultNotLeaseHolder)
	if err := providerVault.abi.UnpackIntoInterface(out, "NotLeaseHolder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultNotLeaseProvider represents a NotLeaseProvider error raised by the ProviderVault contract.
type ProviderVaultNotLeaseProvider struct {
	LeaseId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotLeaseProvider(uint256 leaseId, address caller)
func ProviderVaultNotLeaseProviderErrorID() common.Hash {
	return common.HexToHash("0x80790debd67f9a182ce59f14b93ca49bc52219bdf851beeae5a5ceb2a30d7ad7")
}

// UnpackNotLeaseProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotLeaseProvider(uint256 leaseId, address caller)
func (providerVault *ProviderVault) UnpackNotLeaseProviderError(raw []byte) (*ProviderVaultNotLeaseProvider, error) {
	out := new(ProviderVaultNotLeaseProvider)
	if err := providerVault.abi.UnpackIntoInterface(out, "NotLeaseProvider", raw); err != nil {
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

// ProviderVaultNotTokenMinter represents a NotTokenMinter error raised by the ProviderVault contract.
type ProviderVaultNotTokenMinter struct {
	Token  common.Address
	Minter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTokenMinter(address token, address minter)
func ProviderVaultNotTokenMinterErrorID() common.Hash {
	return common.HexToHash("0xbc317bdf2aeefff64e28673f0bf28ae52c8085ad46e4126d0f19f33d1e384a64")
}

// UnpackNotTokenMinterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTokenMinter(address token, address minter)
func (providerVault *ProviderVault) UnpackNotTokenMinterError(raw []byte) (*ProviderVaultNotTokenMinter, error) {
	out := new(ProviderVaultNotTokenMinter)
	if err := providerVault.abi.UnpackIntoInterface(out, "NotTokenMinter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultNothingToExpire represents a NothingToExpire error raised by the ProviderVault contract.
type ProviderVaultNothingToExpire struct {
	Provider common.Address
	Id       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToExpire(address provider, uint256 id)
func ProviderVaultNothingToExpireErrorID() common.Hash {
	return common.HexToHash("0x81f1a2cf9fb8976b92c1211afc4f495ac1d33cdf257a47c43f2ca02d1e6baedb")
}

// UnpackNothingToExpireError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToExpire(address provider, uint256 id)
func (providerVault *ProviderVault) UnpackNothingToExpireError(raw []byte) (*ProviderVaultNothingToExpire, error) {
	out := new(ProviderVaultNothingToExpire)
	if err := providerVault.abi.UnpackIntoInterface(out, "NothingToExpire", raw); err != nil {
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

// ProviderVaultReasonNotAllowed represents a ReasonNotAllowed error raised by the ProviderVault contract.
type ProviderVaultReasonNotAllowed struct {
	LeaseId *big.Int
	Reason  uint8
	State   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReasonNotAllowed(uint256 leaseId, uint8 reason, uint8 state)
func ProviderVaultReasonNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xbbcfebad230832f3ea8e8dd8dece2181c89d93a1c2c6166ee54d53a8fa1c7dcb")
}

// UnpackReasonNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReasonNotAllowed(uint256 leaseId, uint8 reason, uint8 state)
func (providerVault *ProviderVault) UnpackReasonNotAllowedError(raw []byte) (*ProviderVaultReasonNotAllowed, error) {
	out := new(ProviderVaultReasonNotAllowed)
	if err := providerVault.abi.UnpackIntoInterface(out, "ReasonNotAllowed", raw); err != nil {
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

// ProviderVaultStartGraceNotOver represents a StartGraceNotOver error raised by the ProviderVault contract.
type ProviderVaultStartGraceNotOver struct {
	LeaseId  *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StartGraceNotOver(uint256 leaseId, uint256 deadline)
func ProviderVaultStartGraceNotOverErrorID() common.Hash {
	return common.HexToHash("0xbaa0f80c1a65b73336fa22c35abf1743bcca2fc92a63905206c998a510f7ca3c")
}

// UnpackStartGraceNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StartGraceNotOver(uint256 leaseId, uint256 deadline)
func (providerVault *ProviderVault) UnpackStartGraceNotOverError(raw []byte) (*ProviderVaultStartGraceNotOver, error) {
	out := new(ProviderVaultStartGraceNotOver)
	if err := providerVault.abi.UnpackIntoInterface(out, "StartGraceNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultTradingClosed represents a TradingClosed error raised by the ProviderVault contract.
type ProviderVaultTradingClosed struct {
	Id              *big.Int
	LastTradingTime *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TradingClosed(uint256 id, uint256 lastTradingTime)
func ProviderVaultTradingClosedErrorID() common.Hash {
	return common.HexToHash("0xc20c7dbcae1663e93d5f6370d852c5a7218f2596a94fc1f578c71d4c43904cb7")
}

// UnpackTradingClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TradingClosed(uint256 id, uint256 lastTradingTime)
func (providerVault *ProviderVault) UnpackTradingClosedError(raw []byte) (*ProviderVaultTradingClosed, error) {
	out := new(ProviderVaultTradingClosed)
	if err := providerVault.abi.UnpackIntoInterface(out, "TradingClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultTradingOpen represents a TradingOpen error raised by the ProviderVault contract.
type ProviderVaultTradingOpen struct {
	Id              *big.Int
	LastTradingTime *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TradingOpen(uint256 id, uint256 lastTradingTime)
func ProviderVaultTradingOpenErrorID() common.Hash {
	return common.HexToHash("0x9042524aed78ad071da66c2bb0c3f1965e06f4cc23b632465ab8c9ca4e6c18cc")
}

// UnpackTradingOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TradingOpen(uint256 id, uint256 lastTradingTime)
func (providerVault *ProviderVault) UnpackTradingOpenError(raw []byte) (*ProviderVaultTradingOpen, error) {
	out := new(ProviderVaultTradingOpen)
	if err := providerVault.abi.UnpackIntoInterface(out, "TradingOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderVaultUnknownLease represents a UnknownLease error raised by the ProviderVault contract.
type ProviderVaultUnknownLease struct {
	LeaseId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLease(uint256 leaseId)
func ProviderVaultUnknownLeaseErrorID() common.Hash {
	return common.HexToHash("0x9f9a3a942fe7f2176b7cf5579364c82a94185ccd7fd6478b76984ea5ebe175ff")
}

// UnpackUnknownLeaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLease(uint256 leaseId)
func (providerVault *ProviderVault) UnpackUnknownLeaseError(raw []byte) (*ProviderVaultUnknownLease, error) {
	out := new(ProviderVaultUnknownLease)
	if err := providerVault.abi.UnpackIntoInterface(out, "UnknownLease", raw); err != nil {
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

// ProviderVaultZeroHours represents a ZeroHours error raised by the ProviderVault contract.
type ProviderVaultZeroHours struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroHours()
func ProviderVaultZeroHoursErrorID() common.Hash {
	return common.HexToHash("0x6a6d693099aece8b54ea023f707c060e902c7524c69606df700ef76fee2066d4")
}

// UnpackZeroHoursError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroHours()
func (providerVault *ProviderVault) UnpackZeroHoursError(raw []byte) (*ProviderVaultZeroHours, error) {
	out := new(ProviderVaultZeroHours)
	if err := providerVault.abi.UnpackIntoInterface(out, "ZeroHours", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantReceiverMetaData contains all meta data concerning the ReentrantReceiver contract.
var ReentrantReceiverMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIExchangeForAttack\",\"name\":\"exchange_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotController\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CONTROLLER\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXCHANGE\",\"outputs\":[{\"internalType\":\"contractIExchangeForAttack\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"exec\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hookCalls\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastRevert\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"mode_\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"asset_\",\"type\":\"uint256\"}],\"name\":\"setMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "78f3d6d256238d0dcaea773b5c5dd5128e",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051610f02380380610f0283398101604081905261002e91610043565b336080526001600160a01b031660a052610070565b5f60208284031215610053575f5ffd5b81516001600160a01b0381168114610069575f5ffd5b9392505050565b60805160a051610e406100c25f395f818161013f0152818161057401528181610624015281816106b40152818161073801526107c001525f81816102280152818161039901526104410152610e405ff3fe608060405234801561000f575f5ffd5b50600436106100c4575f3560e01c8063bc197c811161007d578063d2af4a6011610058578063d2af4a601461021a578063ee0fc12114610223578063f23a6e611461024a575f5ffd5b8063bc197c8114610186578063bd8ab2eb146101f2578063be6002c214610207575f5ffd5b806338d52e0f116100ad57806338d52e0f1461010e5780636a540a3e14610125578063b50e44b81461013a575f5ffd5b806301ffc9a7146100c8578063295a5212146100f0575b5f5ffd5b6100db6100d63660046108ee565b61025d565b60405190151581526020015b60405180910390f35b5f546100fc9060ff1681565b60405160ff90911681526020016100e7565b61011760015481565b6040519081526020016100e7565b61012d6102f5565b6040516100e79190610934565b6101617f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100e7565b6101c1610194366004610a35565b7fbc197c810000000000000000000000000000000000000000000000000000000098975050505050505050565b6040517fffffffff0000000000000000000000000000000000000000000000000000000090911681526020016100e7565b610205610200366004610af4565b610381565b005b61012d610215366004610b23565b610427565b61011760025481565b6101617f000000000000000000000000000000000000000000000000000000000000000081565b6101c1610258366004610b72565b61051a565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f4e2312e00000000000000000000000000000000000000000000000000000000014806102ef57507fffffffff0000000000000000000000000000000000000000000000000000000082167f01ffc9a700000000000000000000000000000000000000000000000000000000145b92915050565b6003805461030290610be5565b80601f016020809104026020016040519081016040528092919081815260200182805461032e90610be5565b80156103795780601f1061035057610100808354040283529160200191610379565b820191905f5260205f20905b81548152906001019060200180831161035c57829003601f168201915b505050505081565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146103f0576040517f23019e6700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660ff9390931692909217909155600155565b60603373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610498576040517f23019e6700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f8573ffffffffffffffffffffffffffffffffffffffff1685856040516104c1929190610c36565b5f604051808303815f865af19150503d805f81146104fa576040519150601f19603f3d011682016040523d82523d5f602084013e6104ff565b606091505b50915091508161051157805160208201fd5b95945050505050565b5f60025f815461052990610c45565b909155505f5460ff1660018190036105e6576001546040517f7ac9245600000000000000000000000000000000000000000000000000000000815230600482015260248101919091527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690637ac92456906044015b5f604051808303815f87803b1580156105cb575f5ffd5b505af11580156105dd573d5f5f3e3d5ffd5b505050506108c1565b8060ff16600203610668576001546040517f3efcfda400000000000000000000000000000000000000000000000000000000815260048101919091527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690633efcfda4906024016105b4565b8060ff166003036106f357600180546040517fae2ebd7f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169263ae2ebd7f926105b492909190600401918252602082015260400190565b8060ff1660040361077c576001546040517f9d2d04d10000000000000000000000000000000000000000000000000000000081526004810191909152602481018690527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690639d2d04d1906044016105b4565b8060ff1660050361088e576001546040517f7ac9245600000000000000000000000000000000000000000000000000000000815230600482015260248101919091527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690637ac92456906044015f604051808303815f87803b158015610816575f5ffd5b505af1925050508015610827575060015b61086d573d808015610854576040519150601f19603f3d011682016040523d82523d5f602084013e610859565b606091505b5060036108668282610d25565b50506108c1565b60408051602081019091525f81526003906108889082610d25565b506108c1565b8060ff166006036108c1575f5b60408051602080820193909352815180820384018152908201909152805191012061089b565b507ff23a6e6100000000000000000000000000000000000000000000000000000000979650505050505050565b5f602082840312156108fe575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461092d575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b803573ffffffffffffffffffffffffffffffffffffffff811681146109aa575f5ffd5b919050565b5f5f83601f8401126109bf575f5ffd5b50813567ffffffffffffffff8111156109d6575f5ffd5b6020830191508360208260051b85010111156109f0575f5ffd5b9250929050565b5f5f83601f840112610a07575f5ffd5b50813567ffffffffffffffff811115610a1e575f5ffd5b6020830191508360208285010111156109f0575f5ffd5b5f5f5f5f5f5f5f5f60a0898b031215610a4c575f5ffd5b610a5589610987565b9750610a6360208a01610987565b9650604089013567ffffffffffffffff811115610a7e575f5ffd5b610a8a8b828c016109af565b909750955050606089013567ffffffffffffffff811115610aa9575f5ffd5b610ab58b828c016109af565b909550935050608089013567ffffffffffffffff811115610ad4575f5ffd5b610ae08b828c016109f7565b999c989b5096995094979396929594505050565b5f5f60408385031215610b05575f5ffd5b823560ff81168114610b15575f5ffd5b946020939093013593505050565b5f5f5f60408486031215610b35575f5ffd5b610b3e84610987565b9250602084013567ffffffffffffffff811115610b59575f5ffd5b610b65868287016109f7565b9497909650939450505050565b5f5f5f5f5f5f60a08789031215610b87575f5ffd5b610b9087610987565b9550610b9e60208801610987565b94506040870135935060608701359250608087013567ffffffffffffffff811115610bc7575f5ffd5b610bd389828a016109f7565b979a9699509497509295939492505050565b600181811c90821680610bf957607f821691505b602082108103610c30577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b818382375f9101908152919050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203610c9a577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b601f821115610d205782821115610d2057805f5260205f20601f840160051c6020851015610cf957505f5b90810190601f840160051c035f5b81811015610d1c575f83820155600101610d07565b5050505b505050565b815167ffffffffffffffff811115610d3f57610d3f610ca1565b610d5381610d4d8454610be5565b84610cce565b6020601f821160018114610da4575f8315610d6e5750848201515b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600385901b1c1916600184901b178455610e39565b5f848152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08516915b82811015610df15787850151825560209485019460019092019101610dd1565b5084821015610e2d57868401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b60f8161c191681555b505060018360011b0184555b505050505056",
}

// ReentrantReceiver is an auto generated Go binding around an Ethereum contract.
type ReentrantReceiver struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrantReceiver) GetABI() abi.ABI {
	return c.abi
}

// NewReentrantReceiver creates a new instance of ReentrantReceiver.
func NewReentrantReceiver() *ReentrantReceiver {
	parsed, err := ReentrantReceiverMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrantReceiver{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrantReceiver) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address exchange_) returns()
func (reentrantReceiver *ReentrantReceiver) PackConstructor(exchange_ common.Address) []byte {
	enc, err := reentrantReceiver.abi.Pack("", exchange_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCONTROLLER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee0fc121.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CONTROLLER() view returns(address)
func (reentrantReceiver *ReentrantReceiver) PackCONTROLLER() []byte {
	enc, err := reentrantReceiver.abi.Pack("CONTROLLER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCONTROLLER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee0fc121.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CONTROLLER() view returns(address)
func (reentrantReceiver *ReentrantReceiver) TryPackCONTROLLER() ([]byte, error) {
	return reentrantReceiver.abi.Pack("CONTROLLER")
}

// UnpackCONTROLLER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee0fc121.
//
// Solidity: function CONTROLLER() view returns(address)
func (reentrantReceiver *ReentrantReceiver) UnpackCONTROLLER(data []byte) (common.Address, error) {
	out, err := reentrantReceiver.abi.Unpack("CONTROLLER", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEXCHANGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb50e44b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXCHANGE() view returns(address)
func (reentrantReceiver *ReentrantReceiver) PackEXCHANGE() []byte {
	enc, err := reentrantReceiver.abi.Pack("EXCHANGE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXCHANGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb50e44b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXCHANGE() view returns(address)
func (reentrantReceiver *ReentrantReceiver) TryPackEXCHANGE() ([]byte, error) {
	return reentrantReceiver.abi.Pack("EXCHANGE")
}

// UnpackEXCHANGE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb50e44b8.
//
// Solidity: function EXCHANGE() view returns(address)
func (reentrantReceiver *ReentrantReceiver) UnpackEXCHANGE(data []byte) (common.Address, error) {
	out, err := reentrantReceiver.abi.Unpack("EXCHANGE", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function asset() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) PackAsset() []byte {
	enc, err := reentrantReceiver.abi.Pack("asset")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function asset() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) TryPackAsset() ([]byte, error) {
	return reentrantReceiver.abi.Pack("asset")
}

// UnpackAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38d52e0f.
//
// Solidity: function asset() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) UnpackAsset(data []byte) (*big.Int, error) {
	out, err := reentrantReceiver.abi.Unpack("asset", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exec(address target, bytes data) returns(bytes)
func (reentrantReceiver *ReentrantReceiver) PackExec(target common.Address, data []byte) []byte {
	enc, err := reentrantReceiver.abi.Pack("exec", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exec(address target, bytes data) returns(bytes)
func (reentrantReceiver *ReentrantReceiver) TryPackExec(target common.Address, data []byte) ([]byte, error) {
	return reentrantReceiver.abi.Pack("exec", target, data)
}

// UnpackExec is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe6002c2.
//
// Solidity: function exec(address target, bytes data) returns(bytes)
func (reentrantReceiver *ReentrantReceiver) UnpackExec(data []byte) ([]byte, error) {
	out, err := reentrantReceiver.abi.Unpack("exec", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackHookCalls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2af4a60.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hookCalls() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) PackHookCalls() []byte {
	enc, err := reentrantReceiver.abi.Pack("hookCalls")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHookCalls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2af4a60.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hookCalls() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) TryPackHookCalls() ([]byte, error) {
	return reentrantReceiver.abi.Pack("hookCalls")
}

// UnpackHookCalls is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2af4a60.
//
// Solidity: function hookCalls() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) UnpackHookCalls(data []byte) (*big.Int, error) {
	out, err := reentrantReceiver.abi.Unpack("hookCalls", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLastRevert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a540a3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastRevert() view returns(bytes)
func (reentrantReceiver *ReentrantReceiver) PackLastRevert() []byte {
	enc, err := reentrantReceiver.abi.Pack("lastRevert")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastRevert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a540a3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastRevert() view returns(bytes)
func (reentrantReceiver *ReentrantReceiver) TryPackLastRevert() ([]byte, error) {
	return reentrantReceiver.abi.Pack("lastRevert")
}

// UnpackLastRevert is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a540a3e.
//
// Solidity: function lastRevert() view returns(bytes)
func (reentrantReceiver *ReentrantReceiver) UnpackLastRevert(data []byte) ([]byte, error) {
	out, err := reentrantReceiver.abi.Unpack("lastRevert", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mode() view returns(uint8)
func (reentrantReceiver *ReentrantReceiver) PackMode() []byte {
	enc, err := reentrantReceiver.abi.Pack("mode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mode() view returns(uint8)
func (reentrantReceiver *ReentrantReceiver) TryPackMode() ([]byte, error) {
	return reentrantReceiver.abi.Pack("mode")
}

// UnpackMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (reentrantReceiver *ReentrantReceiver) UnpackMode(data []byte) (uint8, error) {
	out, err := reentrantReceiver.abi.Unpack("mode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) pure returns(bytes4)
func (reentrantReceiver *ReentrantReceiver) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := reentrantReceiver.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) pure returns(bytes4)
func (reentrantReceiver *ReentrantReceiver) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return reentrantReceiver.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) pure returns(bytes4)
func (reentrantReceiver *ReentrantReceiver) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := reentrantReceiver.abi.Unpack("onERC1155BatchReceived", data)
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
// Solidity: function onERC1155Received(address , address , uint256 , uint256 value, bytes ) returns(bytes4)
func (reentrantReceiver *ReentrantReceiver) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, value *big.Int, arg4 []byte) []byte {
	enc, err := reentrantReceiver.abi.Pack("onERC1155Received", arg0, arg1, arg2, value, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 value, bytes ) returns(bytes4)
func (reentrantReceiver *ReentrantReceiver) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, value *big.Int, arg4 []byte) ([]byte, error) {
	return reentrantReceiver.abi.Pack("onERC1155Received", arg0, arg1, arg2, value, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 value, bytes ) returns(bytes4)
func (reentrantReceiver *ReentrantReceiver) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := reentrantReceiver.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd8ab2eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMode(uint8 mode_, uint256 asset_) returns()
func (reentrantReceiver *ReentrantReceiver) PackSetMode(mode uint8, asset *big.Int) []byte {
	enc, err := reentrantReceiver.abi.Pack("setMode", mode, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd8ab2eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMode(uint8 mode_, uint256 asset_) returns()
func (reentrantReceiver *ReentrantReceiver) TryPackSetMode(mode uint8, asset *big.Int) ([]byte, error) {
	return reentrantReceiver.abi.Pack("setMode", mode, asset)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (reentrantReceiver *ReentrantReceiver) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := reentrantReceiver.abi.Pack("supportsInterface", interfaceId)
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
func (reentrantReceiver *ReentrantReceiver) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return reentrantReceiver.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (reentrantReceiver *ReentrantReceiver) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := reentrantReceiver.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (reentrantReceiver *ReentrantReceiver) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], reentrantReceiver.abi.Errors["NotController"].ID.Bytes()[:4]) {
		return reentrantReceiver.UnpackNotControllerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReentrantReceiverNotController represents a NotController error raised by the ReentrantReceiver contract.
type ReentrantReceiverNotController struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotController()
func ReentrantReceiverNotControllerErrorID() common.Hash {
	return common.HexToHash("0x23019e67b990f45a0ae4c269c8793fa13051453ea47e2d78eafa29c728df8da7")
}

// UnpackNotControllerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotController()
func (reentrantReceiver *ReentrantReceiver) UnpackNotControllerError(raw []byte) (*ReentrantReceiverNotController, error) {
	out := new(ReentrantReceiverNotController)
	if err := reentrantReceiver.abi.UnpackIntoInterface(out, "NotController", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestHolderWalletMetaData contains all meta data concerning the TestHolderWallet contract.
var TestHolderWalletMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"CallFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OWNER\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "d83816eb582dd792806e5271d1a8639a92",
	Bin: "0x60a0604052348015600e575f5ffd5b5060405161087d38038061087d833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516107f261008b5f395f8181606d015281816101f601526102bb01526107f25ff3fe608060405234801561000f575f5ffd5b5060043610610064575f3560e01c80631cff79cd1161004d5780631cff79cd146100fd578063bc197c811461011d578063f23a6e6114610158575f5ffd5b8063117803e3146100685780631626ba7e146100b9575b5f5ffd5b61008f7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b6100cc6100c736600461054a565b610191565b6040517fffffffff0000000000000000000000000000000000000000000000000000000090911681526020016100b0565b61011061010b3660046105ba565b6102a1565b6040516100b091906105f0565b6100cc61012b366004610684565b7fbc197c810000000000000000000000000000000000000000000000000000000098975050505050505050565b6100cc610166366004610743565b7ff23a6e61000000000000000000000000000000000000000000000000000000009695505050505050565b5f5f5f6101d38686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506103c992505050565b5090925090505f8160038111156101ec576101ec6107b6565b14801561024457507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16145b1561027457507f1626ba7e00000000000000000000000000000000000000000000000000000000915061029a9050565b507fffffffff000000000000000000000000000000000000000000000000000000009150505b9392505050565b60603373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610312576040517f30cd747100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f8573ffffffffffffffffffffffffffffffffffffffff16858560405161033b9291906107e3565b5f604051808303815f865af19150503d805f8114610374576040519150601f19603f3d011682016040523d82523d5f602084013e610379565b606091505b5091509150816103c057806040517fa5fa8d2b0000000000000000000000000000000000000000000000000000000081526004016103b791906105f0565b60405180910390fd5b95945050505050565b5f5f5f8351604103610400576020840151604085015160608601515f1a6103f288828585610412565b95509550955050505061040b565b505081515f91506002905b9250925092565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561044b57505f915060039050826104fb565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561049c573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff81166104f257505f9250600191508290506104fb565b92505f91508190505b9450945094915050565b5f5f83601f840112610515575f5ffd5b50813567ffffffffffffffff81111561052c575f5ffd5b602083019150836020828501011115610543575f5ffd5b9250929050565b5f5f5f6040848603121561055c575f5ffd5b83359250602084013567ffffffffffffffff811115610579575f5ffd5b61058586828701610505565b9497909650939450505050565b803573ffffffffffffffffffffffffffffffffffffffff811681146105b5575f5ffd5b919050565b5f5f5f604084860312156105cc575f5ffd5b6105d584610592565b9250602084013567ffffffffffffffff811115610579575f5ffd5b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b5f5f83601f840112610653575f5ffd5b50813567ffffffffffffffff81111561066a575f5ffd5b6020830191508360208260051b8501011115610543575f5ffd5b5f5f5f5f5f5f5f5f60a0898b03121561069b575f5ffd5b6106a489610592565b97506106b260208a01610592565b9650604089013567ffffffffffffffff8111156106cd575f5ffd5b6106d98b828c01610643565b909750955050606089013567ffffffffffffffff8111156106f8575f5ffd5b6107048b828c01610643565b909550935050608089013567ffffffffffffffff811115610723575f5ffd5b61072f8b828c01610505565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f60a08789031215610758575f5ffd5b61076187610592565b955061076f60208801610592565b94506040870135935060608701359250608087013567ffffffffffffffff811115610798575f5ffd5b6107a489828a01610505565b979a9699509497509295939492505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b818382375f910190815291905056",
}

// TestHolderWallet is an auto generated Go binding around an Ethereum contract.
type TestHolderWallet struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestHolderWallet) GetABI() abi.ABI {
	return c.abi
}

// NewTestHolderWallet creates a new instance of TestHolderWallet.
func NewTestHolderWallet() *TestHolderWallet {
	parsed, err := TestHolderWalletMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestHolderWallet{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestHolderWallet) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_) returns()
func (testHolderWallet *TestHolderWallet) PackConstructor(owner_ common.Address) []byte {
	enc, err := testHolderWallet.abi.Pack("", owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackOWNER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117803e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OWNER() view returns(address)
func (testHolderWallet *TestHolderWallet) PackOWNER() []byte {
	enc, err := testHolderWallet.abi.Pack("OWNER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOWNER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117803e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OWNER() view returns(address)
func (testHolderWallet *TestHolderWallet) TryPackOWNER() ([]byte, error) {
	return testHolderWallet.abi.Pack("OWNER")
}

// UnpackOWNER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x117803e3.
//
// Solidity: function OWNER() view returns(address)
func (testHolderWallet *TestHolderWallet) UnpackOWNER(data []byte) (common.Address, error) {
	out, err := testHolderWallet.abi.Unpack("OWNER", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cff79cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address to, bytes data) returns(bytes)
func (testHolderWallet *TestHolderWallet) PackExecute(to common.Address, data []byte) []byte {
	enc, err := testHolderWallet.abi.Pack("execute", to, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cff79cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address to, bytes data) returns(bytes)
func (testHolderWallet *TestHolderWallet) TryPackExecute(to common.Address, data []byte) ([]byte, error) {
	return testHolderWallet.abi.Pack("execute", to, data)
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cff79cd.
//
// Solidity: function execute(address to, bytes data) returns(bytes)
func (testHolderWallet *TestHolderWallet) UnpackExecute(data []byte) ([]byte, error) {
	out, err := testHolderWallet.abi.Unpack("execute", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValidSignature(bytes32 digest, bytes signature) view returns(bytes4)
func (testHolderWallet *TestHolderWallet) PackIsValidSignature(digest [32]byte, signature []byte) []byte {
	enc, err := testHolderWallet.abi.Pack("isValidSignature", digest, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValidSignature(bytes32 digest, bytes signature) view returns(bytes4)
func (testHolderWallet *TestHolderWallet) TryPackIsValidSignature(digest [32]byte, signature []byte) ([]byte, error) {
	return testHolderWallet.abi.Pack("isValidSignature", digest, signature)
}

// UnpackIsValidSignature is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 digest, bytes signature) view returns(bytes4)
func (testHolderWallet *TestHolderWallet) UnpackIsValidSignature(data []byte) ([4]byte, error) {
	out, err := testHolderWallet.abi.Unpack("isValidSignature", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) pure returns(bytes4)
func (testHolderWallet *TestHolderWallet) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := testHolderWallet.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) pure returns(bytes4)
func (testHolderWallet *TestHolderWallet) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return testHolderWallet.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) pure returns(bytes4)
func (testHolderWallet *TestHolderWallet) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := testHolderWallet.abi.Unpack("onERC1155BatchReceived", data)
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
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) pure returns(bytes4)
func (testHolderWallet *TestHolderWallet) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := testHolderWallet.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) pure returns(bytes4)
func (testHolderWallet *TestHolderWallet) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return testHolderWallet.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) pure returns(bytes4)
func (testHolderWallet *TestHolderWallet) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := testHolderWallet.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (testHolderWallet *TestHolderWallet) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testHolderWallet.abi.Errors["CallFailed"].ID.Bytes()[:4]) {
		return testHolderWallet.UnpackCallFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], testHolderWallet.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return testHolderWallet.UnpackNotOwnerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestHolderWalletCallFailed represents a CallFailed error raised by the TestHolderWallet contract.
type TestHolderWalletCallFailed struct {
	Reason []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallFailed(bytes reason)
func TestHolderWalletCallFailedErrorID() common.Hash {
	return common.HexToHash("0xa5fa8d2bd23af43608c66a1e71e091ad72afa45dfd478efa1657e01a9a4ceea6")
}

// UnpackCallFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallFailed(bytes reason)
func (testHolderWallet *TestHolderWallet) UnpackCallFailedError(raw []byte) (*TestHolderWalletCallFailed, error) {
	out := new(TestHolderWalletCallFailed)
	if err := testHolderWallet.abi.UnpackIntoInterface(out, "CallFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestHolderWalletNotOwner represents a NotOwner error raised by the TestHolderWallet contract.
type TestHolderWalletNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func TestHolderWalletNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (testHolderWallet *TestHolderWallet) UnpackNotOwnerError(raw []byte) (*TestHolderWalletNotOwner, error) {
	out := new(TestHolderWalletNotOwner)
	if err := testHolderWallet.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestWallet1271MetaData contains all meta data concerning the TestWallet1271 contract.
var TestWallet1271MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"mode_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotController\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CONTROLLER\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OWNER\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"mode_\",\"type\":\"uint8\"}],\"name\":\"setMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "f4ddf6074299cd6d7a5a5c7659adf2ae7f",
	Bin: "0x60c060405260018055348015610013575f5ffd5b506040516107173803806107178339810160408190526100329161005c565b6001600160a01b03919091166080523360a0525f805460ff191660ff9092169190911790556100a4565b5f5f6040838503121561006d575f5ffd5b82516001600160a01b0381168114610083575f5ffd5b602084015190925060ff81168114610099575f5ffd5b809150509250929050565b60805160a0516106456100d25f395f818161013501526103bb01525f8181606d01526102f601526106455ff3fe608060405234801561000f575f5ffd5b5060043610610064575f3560e01c806321175b4a1161004d57806321175b4a146100fd578063295a521214610112578063ee0fc12114610130575f5ffd5b8063117803e3146100685780631626ba7e146100b9575b5f5ffd5b61008f7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b6100cc6100c7366004610581565b610157565b6040517fffffffff0000000000000000000000000000000000000000000000000000000090911681526020016100b0565b61011061010b3660046105f8565b6103a3565b005b5f5461011e9060ff1681565b60405160ff90911681526020016100b0565b61008f7f000000000000000000000000000000000000000000000000000000000000000081565b5f805460ff16600181900361018f57507fffffffff00000000000000000000000000000000000000000000000000000000905061039c565b8060ff166002036101c357507f1626ba7e00000000000000000000000000000000000000000000000000000000905061039c565b8060ff166003036101f6575f5b6040805160208082019390935281518082038401815290820190915280519101206101d0565b8060ff166004148061020b57508060ff166005145b15610292575f5a6001545a8203925061dead8103610227575f92505b50506103e8811015610290578160ff1660040361026957507fffffffff00000000000000000000000000000000000000000000000000000000915061039c9050565b604080515f60208083019190915282518083038201815291830190925280519101206101d0565b505b5f5f6102d38787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061044592505050565b5090925090505f8160038111156102ec576102ec610618565b14801561034457507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16145b1561037557507f1626ba7e00000000000000000000000000000000000000000000000000000000925061039c915050565b507fffffffff00000000000000000000000000000000000000000000000000000000925050505b9392505050565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610412576040517f23019e6700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660ff92909216919091179055565b5f5f5f835160410361047c576020840151604085015160608601515f1a61046e8882858561048e565b955095509550505050610487565b505081515f91506002905b9250925092565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156104c757505f91506003905082610577565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610518573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff811661056e57505f925060019150829050610577565b92505f91508190505b9450945094915050565b5f5f5f60408486031215610593575f5ffd5b83359250602084013567ffffffffffffffff8111156105b0575f5ffd5b8401601f810186136105c0575f5ffd5b803567ffffffffffffffff8111156105d6575f5ffd5b8660208284010111156105e7575f5ffd5b939660209190910195509293505050565b5f60208284031215610608575f5ffd5b813560ff8116811461039c575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd",
}

// TestWallet1271 is an auto generated Go binding around an Ethereum contract.
type TestWallet1271 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestWallet1271) GetABI() abi.ABI {
	return c.abi
}

// NewTestWallet1271 creates a new instance of TestWallet1271.
func NewTestWallet1271() *TestWallet1271 {
	parsed, err := TestWallet1271MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestWallet1271{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestWallet1271) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_, uint8 mode_) returns()
func (testWallet1271 *TestWallet1271) PackConstructor(owner_ common.Address, mode_ uint8) []byte {
	enc, err := testWallet1271.abi.Pack("", owner_, mode_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCONTROLLER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee0fc121.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CONTROLLER() view returns(address)
func (testWallet1271 *TestWallet1271) PackCONTROLLER() []byte {
	enc, err := testWallet1271.abi.Pack("CONTROLLER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCONTROLLER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee0fc121.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CONTROLLER() view returns(address)
func (testWallet1271 *TestWallet1271) TryPackCONTROLLER() ([]byte, error) {
	return testWallet1271.abi.Pack("CONTROLLER")
}

// UnpackCONTROLLER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee0fc121.
//
// Solidity: function CONTROLLER() view returns(address)
func (testWallet1271 *TestWallet1271) UnpackCONTROLLER(data []byte) (common.Address, error) {
	out, err := testWallet1271.abi.Unpack("CONTROLLER", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOWNER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117803e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OWNER() view returns(address)
func (testWallet1271 *TestWallet1271) PackOWNER() []byte {
	enc, err := testWallet1271.abi.Pack("OWNER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOWNER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117803e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OWNER() view returns(address)
func (testWallet1271 *TestWallet1271) TryPackOWNER() ([]byte, error) {
	return testWallet1271.abi.Pack("OWNER")
}

// UnpackOWNER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x117803e3.
//
// Solidity: function OWNER() view returns(address)
func (testWallet1271 *TestWallet1271) UnpackOWNER(data []byte) (common.Address, error) {
	out, err := testWallet1271.abi.Unpack("OWNER", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValidSignature(bytes32 digest, bytes signature) view returns(bytes4)
func (testWallet1271 *TestWallet1271) PackIsValidSignature(digest [32]byte, signature []byte) []byte {
	enc, err := testWallet1271.abi.Pack("isValidSignature", digest, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValidSignature(bytes32 digest, bytes signature) view returns(bytes4)
func (testWallet1271 *TestWallet1271) TryPackIsValidSignature(digest [32]byte, signature []byte) ([]byte, error) {
	return testWallet1271.abi.Pack("isValidSignature", digest, signature)
}

// UnpackIsValidSignature is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 digest, bytes signature) view returns(bytes4)
func (testWallet1271 *TestWallet1271) UnpackIsValidSignature(data []byte) ([4]byte, error) {
	out, err := testWallet1271.abi.Unpack("isValidSignature", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mode() view returns(uint8)
func (testWallet1271 *TestWallet1271) PackMode() []byte {
	enc, err := testWallet1271.abi.Pack("mode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mode() view returns(uint8)
func (testWallet1271 *TestWallet1271) TryPackMode() ([]byte, error) {
	return testWallet1271.abi.Pack("mode")
}

// UnpackMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (testWallet1271 *TestWallet1271) UnpackMode(data []byte) (uint8, error) {
	out, err := testWallet1271.abi.Unpack("mode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMode(uint8 mode_) returns()
func (testWallet1271 *TestWallet1271) PackSetMode(mode uint8) []byte {
	enc, err := testWallet1271.abi.Pack("setMode", mode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMode(uint8 mode_) returns()
func (testWallet1271 *TestWallet1271) TryPackSetMode(mode uint8) ([]byte, error) {
	return testWallet1271.abi.Pack("setMode", mode)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (testWallet1271 *TestWallet1271) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testWallet1271.abi.Errors["NotController"].ID.Bytes()[:4]) {
		return testWallet1271.UnpackNotControllerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestWallet1271NotController represents a NotController error raised by the TestWallet1271 contract.
type TestWallet1271NotController struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotController()
func TestWallet1271NotControllerErrorID() common.Hash {
	return common.HexToHash("0x23019e67b990f45a0ae4c269c8793fa13051453ea47e2d78eafa29c728df8da7")
}

// UnpackNotControllerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotController()
func (testWallet1271 *TestWallet1271) UnpackNotControllerError(raw []byte) (*TestWallet1271NotController, error) {
	out := new(TestWallet1271NotController)
	if err := testWallet1271.abi.UnpackIntoInterface(out, "NotController", raw); err != nil {
		return nil, err
	}
	return out, nil
}
