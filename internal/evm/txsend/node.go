package txsend

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"strings"
	"syscall"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Node is what a Sender needs of an Ethereum node: a subset of
// *ethclient.Client that the simulated backend's client also has.
type Node interface {
	ChainID(ctx context.Context) (*big.Int, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	PendingCallContract(ctx context.Context, msg ethereum.CallMsg) ([]byte, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

var _ Node = (*ethclient.Client)(nil)

// blockEstimator is implemented by *ethclient.Client (and the simulated
// backend's client): gas estimation at the pending block.
type blockEstimator interface {
	EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) (uint64, error)
}

// pendingBlock is the block number ethclient sends as "pending".
var pendingBlock = big.NewInt(int64(rpc.PendingBlockNumber))

// Errors of the package.
var (
	// ErrReverted: the request's transaction was mined and reverted
	// (Pending.Wait returns it with the receipt).
	ErrReverted = errors.New("txsend: transaction mined but reverted")
	// ErrKeyConflict: a Key already names a request with another payload.
	ErrKeyConflict = errors.New("txsend: idempotency key already used for another request")
	// ErrRejected: the node refused the transaction outright (its message
	// follows); nothing stays pending.
	ErrRejected = errors.New("txsend: node rejected transaction")
	// ErrGasEstimate: the node refused to estimate a request's gas on
	// purpose (not a transient error, not a revert), e.g. "gas required
	// exceeds allowance": the call cannot fit in a block as it is.
	ErrGasEstimate = errors.New("txsend: estimate gas refused")
	// ErrClosed: the Sender is closed.
	ErrClosed = errors.New("txsend: sender closed")
	// ErrReorgedOut completes the Pending that Send returns for a Key
	// that was mined, when the node no longer has that receipt: a reorg
	// took the transaction away after it was reported. Send the work
	// again under a new Key if it is still wanted.
	ErrReorgedOut = errors.New("txsend: mined transaction no longer on the chain")
)

// RevertError is a call that reverted in simulation. Data is the revert
// data: a 4-byte selector (a custom error, or Error(string) / Panic(uint256))
// followed by its ABI-encoded arguments; empty for a bare revert.
type RevertError struct {
	Data    []byte
	Message string // the node's message, e.g. "execution reverted"
}

func (e *RevertError) Error() string {
	if r, ok := e.Reason(); ok {
		return fmt.Sprintf("txsend: simulation reverted: %s", r)
	}
	if len(e.Data) == 0 {
		return "txsend: simulation reverted: " + e.Message
	}
	return fmt.Sprintf("txsend: simulation reverted with error 0x%x (args 0x%s)", e.Selector(), hex.EncodeToString(e.Args()))
}

// Selector is the custom error's 4-byte selector (zero without data).
func (e *RevertError) Selector() [4]byte {
	var s [4]byte
	copy(s[:], e.Data)
	return s
}

// Args is the ABI-encoded arguments of the error, after the selector.
func (e *RevertError) Args() []byte {
	if len(e.Data) < 4 {
		return nil
	}
	return e.Data[4:]
}

// Reason decodes an Error(string) or Panic(uint256) revert.
func (e *RevertError) Reason() (string, bool) {
	r, err := abi.UnpackRevert(e.Data)
	return r, err == nil
}

// asRevert turns a node's error from eth_call or eth_estimateGas into a
// *RevertError when the call reverted.
func asRevert(err error) (*RevertError, bool) {
	if err == nil {
		return nil, false
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if b, derr := hexutil.Decode(s); derr == nil {
				return &RevertError{Data: b, Message: de.Error()}, true
			}
		}
	}
	if strings.Contains(err.Error(), "execution reverted") {
		return &RevertError{Message: err.Error()}, true
	}
	return nil, false
}

// IsTransient says whether an RPC error is worth retrying: the connection
// failed or timed out, the server answered HTTP 5xx or 429, or a rate
// limit. An error the node returns on purpose (a JSON-RPC error) is not.
func IsTransient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return false
	}
	var he rpc.HTTPError
	if errors.As(err, &he) {
		return he.StatusCode >= 500 || he.StatusCode == 429
	}
	var re rpc.Error
	if errors.As(err, &re) {
		return re.ErrorCode() == -32005 // limit exceeded
	}
	var ne net.Error
	if errors.As(err, &ne) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	m := strings.ToLower(err.Error())
	for _, s := range []string{"connection refused", "connection reset", "broken pipe", "timeout", "timed out", "too many requests", "rate limit"} {
		if strings.Contains(m, s) {
			return true
		}
	}
	return false
}

// The pool's answers to eth_sendRawTransaction, by message (they cross
// JSON-RPC as text).
func isAlreadyKnown(err error) bool {
	return err != nil && strings.Contains(err.Error(), "already known")
}
func isNonceTooLow(err error) bool {
	return err != nil && strings.Contains(err.Error(), "nonce too low")
}
func isReplaceUnderpriced(err error) bool {
	return err != nil && strings.Contains(err.Error(), "replacement transaction underpriced")
}
func isNotFound(err error) bool {
	return errors.Is(err, ethereum.NotFound) || (err != nil && strings.Contains(err.Error(), "indexing is in progress"))
}
