package wire

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Private channels. The engine-side publisher (api/publish) publishes every
// account's events on the bus topic AccountTopic(address); each message is
// one event of one private channel, already in its wire form (a
// PrivateEnvelope), numbered by the publisher per (channel, account). A
// gateway follows the topic once per account and forwards each message's
// bytes, unchanged, to the account's connections subscribed to its channel,
// so every gateway delivers the same sequence.
const (
	ChannelOrders   = "orders"
	ChannelFills    = "fills"
	ChannelBalances = "balances"
	// ChannelSettlement carries the settlement state of the account's
	// fills: matched, the batch that carries a fill, settled, reverted.
	ChannelSettlement = "settlement"
	// ChannelNonces carries the account's nonce window: the lowest unused
	// nonce, each time it moves.
	ChannelNonces = "nonces"
)

// The private channels' indexes in PrivateChannels and AccountState.Seqs.
const (
	PrivOrders = iota
	PrivFills
	PrivBalances
	PrivSettlement
	PrivNonces
	NumPrivateChannels
)

// PrivateChannels are the private channels, in the order of
// AccountState.Seqs.
var PrivateChannels = [NumPrivateChannels]string{ChannelOrders, ChannelFills, ChannelBalances, ChannelSettlement, ChannelNonces}

// PrivateChannel returns the index of a private channel's name.
func PrivateChannel(name string) (int, bool) {
	i := slices.Index(PrivateChannels[:], name)
	return i, i >= 0
}

// MaxRecentFills bounds the fills a private fills snapshot carries, and
// the fills a settlement snapshot carries.
const MaxRecentFills = 100

// QuoteAssetName names every quote (stablecoin) asset in the private
// channels; a token is named by its market's symbol.
const QuoteAssetName = "USDC"

// Settlement states of a fill.
const (
	SettlementMatched  = "matched"
	SettlementSettled  = "settled"
	SettlementReverted = "reverted"
)

// sameView reports whether a and b are the same side's view of one fill.
func sameView(a, b *Settlement) bool {
	return a.FillID == b.FillID && a.Market == b.Market && a.Liquidity == b.Liquidity
}

// PrivateEnvelope is one message of a private channel. The publisher's
// updates are exactly what json.Marshal writes of one (AccountState.Update);
// the bus message {"type":"sync"} only moves an account topic's seq on past
// a fresh snapshot, and a gateway skips it.
type PrivateEnvelope struct {
	Channel string          `json:"channel"`
	Type    string          `json:"type"`
	Account string          `json:"account"`
	Seq     uint64          `json:"seq"`
	TS      string          `json:"ts"`
	Data    json.RawMessage `json:"data"`
}

// AccountState is what a private snapshot holds: the open orders, the
// recent fills, the balances, the settlement state of the fills that
// changed most recently and each channel's seq. The publisher keeps
// one per account to store snapshots; a gateway keeps one per followed
// account, applying the same updates, to hand snapshots to connections.
type AccountState struct {
	Account  string
	TS       string
	Seqs     [NumPrivateChannels]uint64
	Orders   []Order // open, by order id
	Fills    []Fill  // the most recent, oldest first
	Balances []Balance
	// Settlements holds one entry per fill view, in the order of their last
	// change (the most recent last).
	Settlements []Settlement
	// Nonces is the account's nonce window (nil: a new account's).
	Nonces *Nonces
}

// busAccountSnapshot is the bus snapshot of an account topic.
type busAccountSnapshot struct {
	Account  string                     `json:"account"`
	TS       string                     `json:"ts"`
	Seqs     [NumPrivateChannels]uint64 `json:"seqs"`
	Orders   []Order                    `json:"orders"`
	Fills    []Fill                     `json:"fills"`
	Balances []Balance                  `json:"balances"`
	// Settlements: absent in snapshots of publishers that had no
	// settlement channel (their seqs has 3 entries).
	Settlements []Settlement `json:"settlements"`
	// Nonces: absent in snapshots of publishers that had no nonces
	// channel.
	Nonces *Nonces `json:"nonces,omitempty"`
}

// Encode encodes the state as the account topic's bus snapshot.
func (s *AccountState) Encode() []byte {
	b, _ := json.Marshal(busAccountSnapshot{Account: s.Account, TS: s.TS, Seqs: s.Seqs,
		Orders: nonNil(s.Orders), Fills: nonNil(s.Fills), Balances: nonNil(s.Balances),
		Settlements: nonNil(s.RecentSettlements()), Nonces: s.Nonces})
	return b
}

// DecodeAccountState decodes an account topic's bus snapshot.
func DecodeAccountState(data []byte) (*AccountState, error) {
	var b busAccountSnapshot
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, err
	}
	return &AccountState{Account: b.Account, TS: b.TS, Seqs: b.Seqs, Orders: b.Orders, Fills: b.Fills, Balances: b.Balances,
		Settlements: b.Settlements, Nonces: b.Nonces}, nil
}

// ApplyOrder replaces an order; one no longer open leaves the list.
func (s *AccountState) ApplyOrder(o Order) {
	o.Event = ""
	i, found := slices.BinarySearchFunc(s.Orders, o.OrderID, func(x Order, id uint64) int {
		switch {
		case x.OrderID < id:
			return -1
		case x.OrderID > id:
			return 1
		}
		return 0
	})
	open := o.Status == "open" || o.Status == "partially_filled"
	switch {
	case found && open:
		s.Orders[i] = o
	case found:
		s.Orders = slices.Delete(s.Orders, i, i+1)
	case open:
		s.Orders = slices.Insert(s.Orders, i, o)
	}
}

// ApplyFill appends a fill.
func (s *AccountState) ApplyFill(f Fill) {
	s.Fills = append(s.Fills, f)
	if n := len(s.Fills); n > 2*MaxRecentFills {
		s.Fills = slices.Clone(s.Fills[n-MaxRecentFills:])
	}
}

// RecentFills returns the last MaxRecentFills fills, oldest first.
func (s *AccountState) RecentFills() []Fill {
	return s.Fills[max(0, len(s.Fills)-MaxRecentFills):]
}

// ApplyBalance replaces an asset's balance.
func (s *AccountState) ApplyBalance(b Balance) {
	for i := range s.Balances {
		if s.Balances[i].Asset == b.Asset {
			s.Balances[i] = b
			return
		}
	}
	s.Balances = append(s.Balances, b)
	slices.SortFunc(s.Balances, func(a, b Balance) int { return strings.Compare(a.Asset, b.Asset) })
}

// ApplySettlement records a fill view's new state: it replaces the view's
// entry, which moves to the end.
func (s *AccountState) ApplySettlement(f Settlement) {
	for i := len(s.Settlements) - 1; i >= 0; i-- {
		if sameView(&s.Settlements[i], &f) {
			s.Settlements = slices.Delete(s.Settlements, i, i+1)
			break
		}
	}
	s.Settlements = append(s.Settlements, f)
	if n := len(s.Settlements); n > 2*MaxRecentFills {
		s.Settlements = slices.Clone(s.Settlements[n-MaxRecentFills:])
	}
}

// RecentSettlements returns the last MaxRecentFills settlement states.
func (s *AccountState) RecentSettlements() []Settlement {
	return s.Settlements[max(0, len(s.Settlements)-MaxRecentFills):]
}

// SettlementOf returns the settlement state of a fill view, if the state
// holds it.
func (s *AccountState) SettlementOf(market string, fillID uint64, liquidity string) (string, bool) {
	for i := len(s.Settlements) - 1; i >= 0; i-- {
		if f := &s.Settlements[i]; f.FillID == fillID && f.Market == market && f.Liquidity == liquidity {
			return f.State, true
		}
	}
	return "", false
}

// Apply applies one update message (its envelope decoded) to the state.
func (s *AccountState) Apply(env *PrivateEnvelope) error {
	ch, ok := PrivateChannel(env.Channel)
	if !ok {
		return fmt.Errorf("unknown private channel %q", env.Channel)
	}
	if env.Seq != s.Seqs[ch]+1 {
		return fmt.Errorf("%s seq %d after %d", env.Channel, env.Seq, s.Seqs[ch])
	}
	switch ch {
	case PrivOrders:
		var o Order
		if err := json.Unmarshal(env.Data, &o); err != nil {
			return err
		}
		s.ApplyOrder(o)
	case PrivFills:
		var f Fill
		if err := json.Unmarshal(env.Data, &f); err != nil {
			return err
		}
		s.ApplyFill(f)
	case PrivBalances:
		var b Balance
		if err := json.Unmarshal(env.Data, &b); err != nil {
			return err
		}
		s.ApplyBalance(b)
	case PrivSettlement:
		var f Settlement
		if err := json.Unmarshal(env.Data, &f); err != nil {
			return err
		}
		s.ApplySettlement(f)
	case PrivNonces:
		var n Nonces
		if err := json.Unmarshal(env.Data, &n); err != nil {
			return err
		}
		s.Nonces = &n
	}
	s.Seqs[ch], s.TS = env.Seq, env.TS
	return nil
}

// NoncesNow returns the account's nonce window (a new account's when the
// state holds none).
func (s *AccountState) NoncesNow() Nonces {
	if s.Nonces == nil {
		return NoncesOf(1)
	}
	return *s.Nonces
}

// Snapshot encodes the wire snapshot of channel ch.
func (s *AccountState) Snapshot(ch int) []byte {
	var data any
	switch ch {
	case PrivOrders:
		data = nonNil(s.Orders)
	case PrivFills:
		data = nonNil(s.RecentFills())
	case PrivBalances:
		data = nonNil(s.Balances)
	case PrivNonces:
		data = s.NoncesNow()
	default:
		data = nonNil(s.RecentSettlements())
	}
	d, _ := json.Marshal(data)
	b, _ := json.Marshal(PrivateEnvelope{Channel: PrivateChannels[ch], Type: "snapshot", Account: s.Account,
		Seq: s.Seqs[ch], TS: s.TS, Data: d})
	return b
}

// Update encodes one update of channel ch with the next seq, and applies
// it to the state. v is an Order, a Fill, a Balance, a Settlement or a
// Nonces.
func (s *AccountState) Update(ch int, ts string, v any) []byte {
	d, _ := json.Marshal(v)
	switch x := v.(type) {
	case Order:
		s.ApplyOrder(x)
	case Fill:
		s.ApplyFill(x)
	case Balance:
		s.ApplyBalance(x)
	case Settlement:
		s.ApplySettlement(x)
	case Nonces:
		s.Nonces = &x
	default:
		panic(fmt.Sprintf("wire: private update of %T", v)) // the publisher's own update: never
	}
	s.Seqs[ch]++
	s.TS = ts
	// The envelope as json.Marshal(PrivateEnvelope{...}) writes it, without
	// decoding and re-encoding the data: this runs for every private event.
	b := make([]byte, 0, len(d)+128)
	b = append(b, `{"channel":`...)
	b = strconv.AppendQuote(b, PrivateChannels[ch])
	b = append(b, `,"type":"update","account":`...)
	b = strconv.AppendQuote(b, s.Account)
	b = append(b, `,"seq":`...)
	b = strconv.AppendUint(b, s.Seqs[ch], 10)
	b = append(b, `,"ts":`...)
	b = strconv.AppendQuote(b, ts)
	b = append(b, `,"data":`...)
	b = append(b, d...)
	return append(b, '}')
}

// FormatAmount writes base units of an asset with decimals places.
func FormatAmount(units int64, decimals int) string {
	return decimal.New(units, -int32(decimals)).StringFixed(int32(decimals))
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
