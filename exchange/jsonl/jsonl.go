// Package jsonl is the engine's own text format: one command per line as a
// JSON object in, one event per line as a JSON object out. docs/engine.md
// documents every field. It exists for people: hand-written scenarios,
// reproductions of bugs, and `hourglass replay --format jsonl`.
package jsonl

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/hourglass-exchange/hourglass/exchange"
)

// ErrSyntax is wrapped by every error about an input line.
var ErrSyntax = errors.New("jsonl: bad command")

// Command is the JSON form of exchange.Command. Enumerations are lower-case
// names; absent fields take the zero value.
type Command struct {
	Kind      string `json:"kind"`
	Time      int64  `json:"time,omitempty"`
	Account   uint32 `json:"account,omitempty"`
	Market    *int64 `json:"market,omitempty"`
	Asset     uint32 `json:"asset,omitempty"`
	ID        uint64 `json:"id,omitempty"`
	Side      string `json:"side,omitempty"`
	Type      string `json:"type,omitempty"`
	TIF       string `json:"tif,omitempty"`
	STP       string `json:"stp,omitempty"`
	PostOnly  bool   `json:"post_only,omitempty"`
	Price     int64  `json:"price,omitempty"`
	Qty       int64  `json:"qty,omitempty"`
	Expiry    int64  `json:"expiry,omitempty"`
	MaxFeeBps int64  `json:"max_fee_bps,omitempty"`
	Amount    int64  `json:"amount,omitempty"`
	Nonce     uint64 `json:"nonce,omitempty"`
	Meta      string `json:"meta,omitempty"` // 0x-hex bytes
	Address   string `json:"address,omitempty"`
	Spec      *Spec  `json:"spec,omitempty"`
	Batch     uint64 `json:"batch,omitempty"`
	Count     uint32 `json:"count,omitempty"`
	Results   string `json:"results,omitempty"` // 0x-hex bytes, one per fill
	Chain     uint64 `json:"chain,omitempty"`
	// The chain commands' log facts: the Exchange's asset id (0x hex) and
	// amount (decimal), both uint256, and the cancelled nonces.
	ChainAsset  string   `json:"chain_asset,omitempty"`
	ChainAmount string   `json:"chain_amount,omitempty"`
	Nonces      []uint64 `json:"nonces,omitempty"`
	// A chain_lease's hours: [start_hour, start_hour+hours).
	StartHour uint64 `json:"start_hour,omitempty"`
	Hours     uint64 `json:"hours,omitempty"`
}

// Spec is the JSON form of exchange.MarketSpec.
type Spec struct {
	Instrument  string `json:"instrument,omitempty"` // 0x-hex uint256
	Symbol      string `json:"symbol,omitempty"`
	BaseAsset   uint32 `json:"base_asset"`
	QuoteAsset  uint32 `json:"quote_asset"`
	TickSize    int64  `json:"tick_size"`
	LotSize     int64  `json:"lot_size"`
	MinNotional int64  `json:"min_notional,omitempty"`
	MaxPrice    int64  `json:"max_price"`
	MaxQty      int64  `json:"max_qty"`
	RefPrice    int64  `json:"ref_price,omitempty"`
	BandBps     int64  `json:"band_bps,omitempty"`
	MakerFeeBps int64  `json:"maker_fee_bps,omitempty"`
	TakerFeeBps int64  `json:"taker_fee_bps,omitempty"`
	CloseLead   int64  `json:"close_lead,omitempty"` // ns
}

var (
	kinds = map[string]exchange.CommandKind{
		"add_market": exchange.CmdAddMarket, "open_account": exchange.CmdOpenAccount,
		"deposit": exchange.CmdDeposit, "withdraw": exchange.CmdWithdraw, "place": exchange.CmdPlace,
		"cancel": exchange.CmdCancel, "amend": exchange.CmdAmend, "mass_cancel": exchange.CmdMassCancel,
		"tick": exchange.CmdTick, "set_reference": exchange.CmdSetReference,
		"cancel_nonces_below": exchange.CmdCancelNoncesBelow,
		"settle_batch":        exchange.CmdSettleBatch, "settlement_result": exchange.CmdSettlementResult,
		"chain_deposit": exchange.CmdChainDeposit, "chain_withdraw": exchange.CmdChainWithdraw,
		"chain_cancel_below": exchange.CmdChainCancelBelow, "chain_cancel_nonces": exchange.CmdChainCancelNonces,
		"chain_time": exchange.CmdChainTime, "chain_capacity": exchange.CmdChainCapacity, "chain_lease": exchange.CmdChainLease,
	}
	sides = map[string]exchange.Side{"buy": exchange.Buy, "sell": exchange.Sell, "any": exchange.AnySide, "": exchange.Buy}
	types = map[string]exchange.OrderType{"limit": exchange.Limit, "market": exchange.Market, "": exchange.Limit}
	tifs  = map[string]exchange.TimeInForce{"gtc": exchange.GTC, "gtd": exchange.GTD, "ioc": exchange.IOC, "fok": exchange.FOK, "": exchange.GTC}
	stps  = map[string]exchange.STPMode{"none": exchange.STPNone, "cancel_newest": exchange.STPCancelNewest,
		"cancel_oldest": exchange.STPCancelOldest, "cancel_both": exchange.STPCancelBoth,
		"decrement_cancel": exchange.STPDecrementCancel, "": exchange.STPNone}
)

// ParseCommand decodes one line. Unknown fields and unknown names are errors:
// a typo must not silently become a default.
func ParseCommand(line []byte) (exchange.Command, error) {
	var j Command
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return exchange.Command{}, fmt.Errorf("%w: %v", ErrSyntax, err)
	}
	var c exchange.Command
	var ok bool
	if c.Kind, ok = kinds[j.Kind]; !ok {
		return c, fmt.Errorf("%w: unknown kind %q", ErrSyntax, j.Kind)
	}
	if c.Side, ok = sides[j.Side]; !ok {
		return c, fmt.Errorf("%w: unknown side %q", ErrSyntax, j.Side)
	}
	if c.Type, ok = types[j.Type]; !ok {
		return c, fmt.Errorf("%w: unknown type %q", ErrSyntax, j.Type)
	}
	if c.TIF, ok = tifs[j.TIF]; !ok {
		return c, fmt.Errorf("%w: unknown tif %q", ErrSyntax, j.TIF)
	}
	if c.STP, ok = stps[j.STP]; !ok {
		return c, fmt.Errorf("%w: unknown stp %q", ErrSyntax, j.STP)
	}
	if c.Kind == exchange.CmdMassCancel && j.Side == "" {
		c.Side = exchange.AnySide
	}
	c.Market = exchange.NoMarket
	if j.Market != nil {
		if *j.Market < 0 || *j.Market >= int64(exchange.NoMarket) {
			return c, fmt.Errorf("%w: market %d", ErrSyntax, *j.Market)
		}
		c.Market = exchange.MarketID(*j.Market)
	} else if c.Kind == exchange.CmdPlace || c.Kind == exchange.CmdSetReference {
		c.Market = 0
	}
	c.Time, c.Account, c.Asset, c.OrderID = j.Time, exchange.AccountID(j.Account), exchange.AssetID(j.Asset), exchange.OrderID(j.ID)
	c.PostOnly, c.Price, c.Qty, c.Expiry, c.MaxFeeBps, c.Amount = j.PostOnly, j.Price, j.Qty, j.Expiry, j.MaxFeeBps, j.Amount
	c.Nonce = j.Nonce
	if j.Meta != "" {
		b, err := hex.DecodeString(strings.TrimPrefix(j.Meta, "0x"))
		if err != nil {
			return c, fmt.Errorf("%w: meta %q is not hex", ErrSyntax, j.Meta)
		}
		c.Meta = b
	}
	c.Batch, c.Count, c.Chain = j.Batch, j.Count, j.Chain
	if j.Results != "" {
		if j.Meta != "" {
			return c, fmt.Errorf("%w: both meta and results", ErrSyntax)
		}
		b, err := hex.DecodeString(strings.TrimPrefix(j.Results, "0x"))
		if err != nil {
			return c, fmt.Errorf("%w: results %q are not hex", ErrSyntax, j.Results)
		}
		c.Meta = b
	}
	if j.Address != "" {
		b, err := hex.DecodeString(strings.TrimPrefix(j.Address, "0x"))
		if err != nil || len(b) != 20 {
			return c, fmt.Errorf("%w: address %q is not 20 hex bytes", ErrSyntax, j.Address)
		}
		copy(c.Address[:], b)
	}
	if j.ChainAsset != "" || j.ChainAmount != "" || len(j.Nonces) > 0 || j.StartHour != 0 || j.Hours != 0 {
		l := &exchange.ChainLog{Nonces: j.Nonces, StartHour: j.StartHour, Hours: j.Hours}
		if j.ChainAsset != "" {
			if !word(j.ChainAsset, 16, &l.Asset) {
				return c, fmt.Errorf("%w: chain_asset %q", ErrSyntax, j.ChainAsset)
			}
		}
		if j.ChainAmount != "" {
			if !word(j.ChainAmount, 10, &l.Amount) {
				return c, fmt.Errorf("%w: chain_amount %q", ErrSyntax, j.ChainAmount)
			}
		}
		c.Log = l
	}
	if j.Spec != nil {
		s := j.Spec
		c.Spec = &exchange.MarketSpec{Symbol: s.Symbol, BaseAsset: exchange.AssetID(s.BaseAsset), QuoteAsset: exchange.AssetID(s.QuoteAsset),
			TickSize: s.TickSize, LotSize: s.LotSize, MinNotional: s.MinNotional, MaxPrice: s.MaxPrice, MaxQty: s.MaxQty,
			RefPrice: s.RefPrice, BandBps: s.BandBps, MakerFeeBps: s.MakerFeeBps, TakerFeeBps: s.TakerFeeBps,
			CloseLead: s.CloseLead}
		if s.Instrument != "" {
			h := strings.TrimPrefix(s.Instrument, "0x")
			if len(h)%2 == 1 {
				h = "0" + h
			}
			b, err := hex.DecodeString(h)
			if err != nil || len(b) > 32 {
				return c, fmt.Errorf("%w: instrument %q", ErrSyntax, s.Instrument)
			}
			copy(c.Spec.Instrument[32-len(b):], b)
		}
	}
	return c, nil
}

// word parses a uint256 (hex with or without 0x, or decimal) into w.
func word(v string, base int, w *[32]byte) bool {
	if base == 16 {
		v = strings.TrimPrefix(v, "0x")
	}
	n, ok := new(big.Int).SetString(v, base)
	if !ok || n.Sign() < 0 || n.BitLen() > 256 {
		return false
	}
	n.FillBytes(w[:])
	return true
}

var eventKinds = [...]string{
	exchange.EvNone: "none", exchange.EvMarketAdded: "market_added", exchange.EvAccountOpened: "account_opened",
	exchange.EvBalance: "balance", exchange.EvAccepted: "accepted", exchange.EvRejected: "rejected",
	exchange.EvAmended: "amended", exchange.EvFill: "fill", exchange.EvTrade: "trade",
	exchange.EvCanceled: "canceled", exchange.EvBookDelta: "book", exchange.EvMarketUpdated: "market_updated",
	exchange.EvNoncesCanceled: "nonces_canceled", exchange.EvBatchClosed: "batch_closed",
	exchange.EvSettled: "settled", exchange.EvReverted: "reverted",
}

// AppendEvent appends ev as one JSON object (no newline). Fields that the
// kind does not use are left out.
func AppendEvent(b []byte, ev *exchange.Event) []byte {
	kind := "unknown"
	if int(ev.Kind) < len(eventKinds) {
		kind = eventKinds[ev.Kind]
	}
	b = fmt.Appendf(b, `{"cmd_seq":%d,"kind":%q,"seq":%d`, ev.CmdSeq, kind, ev.Seq)
	if ev.Market != exchange.NoMarket {
		b = fmt.Appendf(b, `,"market":%d`, ev.Market)
	}
	side := "buy"
	if ev.Side == exchange.Sell {
		side = "sell"
	}
	switch ev.Kind {
	case exchange.EvMarketAdded, exchange.EvMarketUpdated:
		b = fmt.Appendf(b, `,"base_asset":%d,"ref_price":%d`, ev.Asset, ev.Price)
	case exchange.EvAccountOpened:
		b = fmt.Appendf(b, `,"account":%d`, ev.Account)
	case exchange.EvBalance:
		b = fmt.Appendf(b, `,"account":%d,"asset":%d,"available":%d,"held":%d`, ev.Account, ev.Asset, ev.Amount, ev.Qty)
	case exchange.EvAccepted, exchange.EvAmended:
		b = fmt.Appendf(b, `,"account":%d,"id":%d,"side":%q,"price":%d,"qty":%d`, ev.Account, ev.OrderID, side, ev.Price, ev.Qty)
		if ev.Nonce != 0 {
			b = fmt.Appendf(b, `,"nonce":%d`, ev.Nonce)
		}
	case exchange.EvRejected:
		b = fmt.Appendf(b, `,"account":%d,"id":%d,"reason":%q`, ev.Account, ev.OrderID, ev.Reason)
		if ev.Nonce != 0 {
			b = fmt.Appendf(b, `,"nonce":%d`, ev.Nonce)
		}
	case exchange.EvNoncesCanceled:
		b = fmt.Appendf(b, `,"account":%d,"nonce":%d`, ev.Account, ev.Nonce)
	case exchange.EvFill:
		b = fmt.Appendf(b, `,"taker_account":%d,"taker_id":%d,"side":%q,"maker_account":%d,"maker_id":%d,"price":%d,"qty":%d,"taker_fee":%d,"maker_fee":%d`,
			ev.Account, ev.OrderID, side, ev.MakerAccount, ev.MakerOrderID, ev.Price, ev.Qty, ev.TakerFee, ev.MakerFee)
	case exchange.EvTrade:
		b = fmt.Appendf(b, `,"taker_id":%d,"maker_id":%d,"side":%q,"price":%d,"qty":%d`, ev.OrderID, ev.MakerOrderID, side, ev.Price, ev.Qty)
	case exchange.EvCanceled:
		b = fmt.Appendf(b, `,"account":%d,"id":%d,"side":%q,"price":%d,"qty":%d,"reason":%q`, ev.Account, ev.OrderID, side, ev.Price, ev.Qty, ev.Reason)
	case exchange.EvBookDelta:
		b = fmt.Appendf(b, `,"side":%q,"price":%d,"qty":%d`, side, ev.Price, ev.Qty)
	case exchange.EvBatchClosed:
		b = fmt.Appendf(b, `,"batch":%d,"count":%d`, ev.Batch, ev.Qty)
	case exchange.EvSettled, exchange.EvReverted:
		b = fmt.Appendf(b, `,"fill_market":%d,"fill_seq":%d,"batch":%d,"result":%d`, ev.FillMarket, ev.FillSeq, ev.Batch, ev.Result)
		b = fmt.Appendf(b, `,"taker_account":%d,"taker_id":%d,"side":%q,"maker_account":%d,"maker_id":%d,"price":%d,"qty":%d,"taker_fee":%d,"maker_fee":%d`,
			ev.Account, ev.OrderID, side, ev.MakerAccount, ev.MakerOrderID, ev.Price, ev.Qty, ev.TakerFee, ev.MakerFee)
	}
	return append(b, '}')
}

// Result summarises a replay.
type Result struct {
	Commands  int
	Events    int
	StateHash [32]byte
}

// Replay applies every command line of r (blank lines and lines starting
// with # are skipped) to a fresh engine, numbering commands from 1, writes
// each event to w as a JSON line, and returns the final state hash. A bad
// line stops the replay with its line number.
func Replay(r io.Reader, w io.Writer, cfg exchange.Config) (Result, error) {
	e := exchange.New(cfg)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	bw := bufio.NewWriter(w)
	var res Result
	var buf []byte
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		c, err := ParseCommand(line)
		if err != nil {
			return res, fmt.Errorf("line %d: %w", n, err)
		}
		res.Commands++
		c.Seq = uint64(res.Commands)
		for _, ev := range e.Apply(&c) {
			buf = append(AppendEvent(buf[:0], &ev), '\n')
			if _, err := bw.Write(buf); err != nil {
				return res, err
			}
			res.Events++
		}
	}
	if err := sc.Err(); err != nil {
		return res, err
	}
	res.StateHash = e.StateHash()
	return res, bw.Flush()
}
