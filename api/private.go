package api

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/shopspring/decimal"

	"github.com/hourglass-exchange/hourglass/api/wire"
)

// Private channels. The engine-side Publisher publishes every account's
// events on the bus topic AccountTopic(address); each message is one event
// of one private channel, already in its wire form, numbered by the
// publisher per (channel, account). A gateway follows the topic once per
// account and forwards each message's bytes, unchanged, to the account's
// connections subscribed to its channel, so every gateway delivers the same
// sequence.
const (
	ChannelOrders   = "orders"
	ChannelFills    = "fills"
	ChannelBalances = "balances"
	// ChannelSettlement carries the settlement state of the account's
	// fills: matched, the batch that carries a fill, settled, reverted.
	ChannelSettlement = "settlement"
)

// The private channels' indexes in privateChannels and accountState.Seqs.
const (
	chOrders = iota
	chFills
	chBalances
	chSettlement
	numPrivateChannels
)

// privateChannels are the private channels served, in the order of
// accountState.Seqs.
var privateChannels = [numPrivateChannels]string{ChannelOrders, ChannelFills, ChannelBalances, ChannelSettlement}

func privateChannel(name string) (int, bool) {
	i := slices.Index(privateChannels[:], name)
	return i, i >= 0
}

// AccountTopic names the bus topic of an account's private events: account.
// and the address in lower-case hex.
func AccountTopic(addr common.Address) string {
	return "account." + strings.ToLower(addr.Hex())
}

// maxRecentFills bounds the fills a private fills snapshot carries, and
// the fills a settlement snapshot carries.
const maxRecentFills = 100

// QuoteAssetName names every quote (stablecoin) asset in the private
// channels; a token is named by its market's symbol.
const QuoteAssetName = "USDC"

// PrivateOrder is an order of the orders channel and of GET /v1/orders.
type PrivateOrder = wire.Order

// PrivateFill is one side's view of a fill, on the fills channel and
// GET /v1/fills.
type PrivateFill = wire.Fill

// PrivateBalance is one asset's balance, on the balances channel and
// GET /v1/balances.
type PrivateBalance = wire.Balance

// Settlement states of a fill.
const (
	SettlementMatched  = "matched"
	SettlementSettled  = "settled"
	SettlementReverted = "reverted"
)

// PrivateSettlement is one side's view of a fill's settlement state, on
// the settlement channel.
type PrivateSettlement = wire.Settlement

// sameView reports whether a and b are the same side's view of one fill.
func sameView(a, b *PrivateSettlement) bool {
	return a.FillID == b.FillID && a.Market == b.Market && a.Liquidity == b.Liquidity
}

// privateEnvelope is one message of a private channel.
type privateEnvelope struct {
	Channel string          `json:"channel"`
	Type    string          `json:"type"`
	Account string          `json:"account"`
	Seq     uint64          `json:"seq"`
	TS      string          `json:"ts"`
	Data    json.RawMessage `json:"data"`
}

// accountState is what a private snapshot holds: the open orders, the
// recent fills, the balances, the settlement state of the fills that
// changed most recently and each channel's seq. The publisher keeps
// one per account to store snapshots; a gateway keeps one per followed
// account, applying the same updates, to hand snapshots to connections.
type accountState struct {
	Account  string
	TS       string
	Seqs     [numPrivateChannels]uint64
	Orders   []PrivateOrder // open, by order id
	Fills    []PrivateFill  // the most recent, oldest first
	Balances []PrivateBalance
	// Settlements holds one entry per fill view, in the order of their last
	// change (the most recent last).
	Settlements []PrivateSettlement
}

// busAccountSnapshot is the bus snapshot of an account topic.
type busAccountSnapshot struct {
	Account  string                     `json:"account"`
	TS       string                     `json:"ts"`
	Seqs     [numPrivateChannels]uint64 `json:"seqs"`
	Orders   []PrivateOrder             `json:"orders"`
	Fills    []PrivateFill              `json:"fills"`
	Balances []PrivateBalance           `json:"balances"`
	// Settlements: absent in snapshots of publishers that had no
	// settlement channel (their seqs has 3 entries).
	Settlements []PrivateSettlement `json:"settlements"`
}

func (s *accountState) encode() []byte {
	b, _ := json.Marshal(busAccountSnapshot{Account: s.Account, TS: s.TS, Seqs: s.Seqs,
		Orders: nonNil(s.Orders), Fills: nonNil(s.Fills), Balances: nonNil(s.Balances),
		Settlements: nonNil(s.recentSettlements())})
	return b
}

func decodeAccountState(data []byte) (*accountState, error) {
	var b busAccountSnapshot
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, err
	}
	return &accountState{Account: b.Account, TS: b.TS, Seqs: b.Seqs, Orders: b.Orders, Fills: b.Fills, Balances: b.Balances,
		Settlements: b.Settlements}, nil
}

// applyOrder replaces an order; one no longer open leaves the list.
func (s *accountState) applyOrder(o PrivateOrder) {
	o.Event = ""
	i, found := slices.BinarySearchFunc(s.Orders, o.OrderID, func(x PrivateOrder, id uint64) int {
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

func (s *accountState) applyFill(f PrivateFill) {
	s.Fills = append(s.Fills, f)
	if n := len(s.Fills); n > 2*maxRecentFills {
		s.Fills = slices.Clone(s.Fills[n-maxRecentFills:])
	}
}

func (s *accountState) recentFills() []PrivateFill {
	return s.Fills[max(0, len(s.Fills)-maxRecentFills):]
}

func (s *accountState) applyBalance(b PrivateBalance) {
	for i := range s.Balances {
		if s.Balances[i].Asset == b.Asset {
			s.Balances[i] = b
			return
		}
	}
	s.Balances = append(s.Balances, b)
	slices.SortFunc(s.Balances, func(a, b PrivateBalance) int { return strings.Compare(a.Asset, b.Asset) })
}

// applySettlement records a fill view's new state: it replaces the view's
// entry, which moves to the end.
func (s *accountState) applySettlement(f PrivateSettlement) {
	for i := len(s.Settlements) - 1; i >= 0; i-- {
		if sameView(&s.Settlements[i], &f) {
			s.Settlements = slices.Delete(s.Settlements, i, i+1)
			break
		}
	}
	s.Settlements = append(s.Settlements, f)
	if n := len(s.Settlements); n > 2*maxRecentFills {
		s.Settlements = slices.Clone(s.Settlements[n-maxRecentFills:])
	}
}

func (s *accountState) recentSettlements() []PrivateSettlement {
	return s.Settlements[max(0, len(s.Settlements)-maxRecentFills):]
}

// settlementOf returns the settlement state of a fill view, if the state
// holds it.
func (s *accountState) settlementOf(market string, fillID uint64, liquidity string) (string, bool) {
	for i := len(s.Settlements) - 1; i >= 0; i-- {
		if f := &s.Settlements[i]; f.FillID == fillID && f.Market == market && f.Liquidity == liquidity {
			return f.State, true
		}
	}
	return "", false
}

// apply applies one update message (its envelope decoded) to the state.
func (s *accountState) apply(env *privateEnvelope) error {
	ch, ok := privateChannel(env.Channel)
	if !ok {
		return fmt.Errorf("unknown private channel %q", env.Channel)
	}
	if env.Seq != s.Seqs[ch]+1 {
		return fmt.Errorf("%s seq %d after %d", env.Channel, env.Seq, s.Seqs[ch])
	}
	switch ch {
	case chOrders:
		var o PrivateOrder
		if err := json.Unmarshal(env.Data, &o); err != nil {
			return err
		}
		s.applyOrder(o)
	case chFills:
		var f PrivateFill
		if err := json.Unmarshal(env.Data, &f); err != nil {
			return err
		}
		s.applyFill(f)
	case chBalances:
		var b PrivateBalance
		if err := json.Unmarshal(env.Data, &b); err != nil {
			return err
		}
		s.applyBalance(b)
	case chSettlement:
		var f PrivateSettlement
		if err := json.Unmarshal(env.Data, &f); err != nil {
			return err
		}
		s.applySettlement(f)
	}
	s.Seqs[ch], s.TS = env.Seq, env.TS
	return nil
}

// snapshot encodes the wire snapshot of one channel.
func (s *accountState) snapshot(ch int) []byte {
	var data any
	switch ch {
	case chOrders:
		data = nonNil(s.Orders)
	case chFills:
		data = nonNil(s.recentFills())
	case chBalances:
		data = nonNil(s.Balances)
	default:
		data = nonNil(s.recentSettlements())
	}
	d, _ := json.Marshal(data)
	b, _ := json.Marshal(privateEnvelope{Channel: privateChannels[ch], Type: "snapshot", Account: s.Account,
		Seq: s.Seqs[ch], TS: s.TS, Data: d})
	return b
}

// update encodes one update of channel ch with the next seq, and applies
// it to the state.
func (s *accountState) update(ch int, ts string, v any) []byte {
	d, _ := json.Marshal(v)
	switch x := v.(type) {
	case PrivateOrder:
		s.applyOrder(x)
	case PrivateFill:
		s.applyFill(x)
	case PrivateBalance:
		s.applyBalance(x)
	case PrivateSettlement:
		s.applySettlement(x)
	default:
		panic(fmt.Sprintf("api: private update of %T", v)) // the publisher's own update: never
	}
	s.Seqs[ch]++
	s.TS = ts
	// The envelope as json.Marshal(privateEnvelope{...}) writes it, without
	// decoding and re-encoding the data: this runs for every private event.
	b := make([]byte, 0, len(d)+128)
	b = append(b, `{"channel":`...)
	b = strconv.AppendQuote(b, privateChannels[ch])
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

// formatAmount writes base units of an asset with decimals places.
func formatAmount(units int64, decimals int) string {
	return decimal.New(units, -int32(decimals)).StringFixed(int32(decimals))
}
