package settlement

import (
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// ErrUnknownEvent says a log is not one of the Exchange events Decode knows.
var ErrUnknownEvent = errors.New("settlement: not a decoded Exchange event")

// Meta is where a decoded event was emitted.
type Meta struct {
	Block     uint64
	BlockHash common.Hash
	TxHash    common.Hash
	TxIndex   uint
	LogIndex  uint
	// Removed is the log's Removed flag: set when it came from a Removed
	// event.
	Removed bool
}

func metaOf(l *types.Log) Meta {
	return Meta{Block: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, TxIndex: l.TxIndex, LogIndex: l.Index, Removed: l.Removed}
}

// CashAsset is the asset id of the stablecoin in the Exchange's balances;
// every other asset is a GPU-hour token id.
const CashAsset = 0

// Deposited is an Exchange Deposited event: amount of asset credited to
// account's tradable balance.
type Deposited struct {
	Meta
	Account common.Address
	Asset   *big.Int
	Amount  *big.Int
}

// WithdrawalRequested is an Exchange WithdrawalRequested event: amount of
// asset moved from account's tradable balance into its pending withdrawal,
// which now totals Pending and can be executed from ReadyAt (unix seconds).
type WithdrawalRequested struct {
	Meta
	Account common.Address
	Asset   *big.Int
	Amount  *big.Int
	Pending *big.Int
	ReadyAt uint64
}

// WithdrawalCancelled is an Exchange WithdrawalCancelled event: account's
// pending withdrawal of asset, amount, went back to its tradable balance.
type WithdrawalCancelled struct {
	Meta
	Account common.Address
	Asset   *big.Int
	Amount  *big.Int
}

// WithdrawalExecuted is an Exchange WithdrawalExecuted event: account's
// pending withdrawal of asset, amount, left the exchange.
type WithdrawalExecuted struct {
	Meta
	Account common.Address
	Asset   *big.Int
	Amount  *big.Int
}

// NoncesCancelled is an Exchange NoncesCancelled event: account's orders
// with these nonces can never fill.
type NoncesCancelled struct {
	Meta
	Account common.Address
	Nonces  []uint64
}

// CancelledBelow is an Exchange CancelledBelow event: account's orders with
// a nonce below Floor can never fill.
type CancelledBelow struct {
	Meta
	Account common.Address
	Floor   uint64
}

// BatchSettled is an Exchange BatchSettled event: the outcome of settlement
// batch BatchID, one result byte per fill in the batch's fill order (see
// eip712.DecodeResults, which adds the quantities and prices of the settled
// fills from the batch itself).
type BatchSettled struct {
	Meta
	BatchID uint64
	Settled uint64
	Skipped uint64
	Results []byte
}

// Fills is the number of fills of the batch.
func (b BatchSettled) Fills() int { return len(b.Results) }

// Outcome says whether fill i settled and, if the contract skipped it, why.
func (b BatchSettled) Outcome(i int) (settled bool, skip eip712.Skipped) {
	r := b.Results[i]
	if r == eip712.ResultSettled {
		return true, eip712.Skipped{}
	}
	return false, eip712.DecodeResult(uint16(i), r)
}

// Skips lists the skipped fills with the contract's reasons, in fill order.
func (b BatchSettled) Skips() []eip712.Skipped {
	var s []eip712.Skipped
	for i, r := range b.Results {
		if r != eip712.ResultSettled {
			s = append(s, eip712.DecodeResult(uint16(i), r))
		}
	}
	return s
}

var exchangeABI = bindings.NewExchange()

// decoders maps an event's topic 0 to its decoder.
var decoders = func() map[common.Hash]func(*types.Log) (any, error) {
	id := eventID(bindings.ExchangeMetaData.ParseABI, "Exchange")
	return map[common.Hash]func(*types.Log) (any, error){
		id(bindings.ExchangeDepositedEventName): func(l *types.Log) (any, error) {
			e, err := exchangeABI.UnpackDepositedEvent(l)
			if err != nil {
				return nil, err
			}
			return Deposited{metaOf(l), e.Account, e.Asset, e.Amount}, nil
		},
		id(bindings.ExchangeWithdrawalRequestedEventName): func(l *types.Log) (any, error) {
			e, err := exchangeABI.UnpackWithdrawalRequestedEvent(l)
			if err != nil {
				return nil, err
			}
			return WithdrawalRequested{metaOf(l), e.Account, e.Asset, e.Amount, e.Pending, e.ReadyAt}, nil
		},
		id(bindings.ExchangeWithdrawalCancelledEventName): func(l *types.Log) (any, error) {
			e, err := exchangeABI.UnpackWithdrawalCancelledEvent(l)
			if err != nil {
				return nil, err
			}
			return WithdrawalCancelled{metaOf(l), e.Account, e.Asset, e.Amount}, nil
		},
		id(bindings.ExchangeWithdrawalExecutedEventName): func(l *types.Log) (any, error) {
			e, err := exchangeABI.UnpackWithdrawalExecutedEvent(l)
			if err != nil {
				return nil, err
			}
			return WithdrawalExecuted{metaOf(l), e.Account, e.Asset, e.Amount}, nil
		},
		id(bindings.ExchangeNoncesCancelledEventName): func(l *types.Log) (any, error) {
			e, err := exchangeABI.UnpackNoncesCancelledEvent(l)
			if err != nil {
				return nil, err
			}
			return NoncesCancelled{metaOf(l), e.Account, e.Nonces}, nil
		},
		id(bindings.ExchangeCancelledBelowEventName): func(l *types.Log) (any, error) {
			e, err := exchangeABI.UnpackCancelledBelowEvent(l)
			if err != nil {
				return nil, err
			}
			return CancelledBelow{metaOf(l), e.Account, e.Floor}, nil
		},
		id(bindings.ExchangeBatchSettledEventName): func(l *types.Log) (any, error) {
			e, err := exchangeABI.UnpackBatchSettledEvent(l)
			if err != nil {
				return nil, err
			}
			if !e.Settled.IsUint64() || !e.Skipped.IsUint64() ||
				e.Settled.Uint64()+e.Skipped.Uint64() != uint64(len(e.Results)) {
				return nil, fmt.Errorf("settlement: batch %d: %v settled + %v skipped for %d results", e.BatchId, e.Settled, e.Skipped, len(e.Results))
			}
			return BatchSettled{metaOf(l), e.BatchId, e.Settled.Uint64(), e.Skipped.Uint64(), e.Results}, nil
		},
	}
}()

// eventID returns the lookup of a contract's event ids by name, from its
// ABI; a name the ABI lacks is a programming error (a panic at init).
func eventID(parse func() (*abi.ABI, error), contract string) func(name string) common.Hash {
	a, err := parse()
	if err != nil {
		panic(fmt.Sprintf("settlement: %s ABI: %v", contract, err))
	}
	return func(name string) common.Hash {
		e, ok := a.Events[name]
		if !ok {
			panic("settlement: " + contract + " ABI has no event " + name)
		}
		return e.ID
	}
}

// ExchangeTopics is the topic filter (Config.Topics) for the events Decode
// knows.
func ExchangeTopics() [][]common.Hash { return topicsOf(decoders) }

// topicsOf is the topic filter of a contract's decoders: their event ids,
// sorted.
func topicsOf(ds map[common.Hash]func(*types.Log) (any, error)) [][]common.Hash {
	ids := make([]common.Hash, 0, len(ds))
	for id := range ds {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b common.Hash) int { return a.Cmp(b) })
	return [][]common.Hash{ids}
}

// decodeWith decodes l with the decoder of its first topic in ds; what
// names the contract in errors ("" for the Exchange).
func decodeWith(ds map[common.Hash]func(*types.Log) (any, error), what string, l types.Log) (any, error) {
	if len(l.Topics) == 0 {
		return nil, fmt.Errorf("%w: log without topics", ErrUnknownEvent)
	}
	d, ok := ds[l.Topics[0]]
	if !ok {
		return nil, fmt.Errorf("%w: %stopic %s", ErrUnknownEvent, what, l.Topics[0])
	}
	v, err := d(&l)
	if err != nil {
		return nil, fmt.Errorf("settlement: decode %slog %d of tx %s: %w", what, l.Index, l.TxHash, err)
	}
	return v, nil
}

// Decode turns an Exchange log into a Deposited, WithdrawalRequested,
// WithdrawalCancelled, WithdrawalExecuted, NoncesCancelled, CancelledBelow
// or BatchSettled value (not pointers). Another event is ErrUnknownEvent.
func Decode(l types.Log) (any, error) { return decodeWith(decoders, "", l) }
