package exchange

import (
	"bytes"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/cockroachdb/datadriven"
)

// TestScripts runs the golden scripts in testdata/: each block is one engine
// command (or a print command), `----`, and the exact events or state it
// produces. Run `go test ./exchange -run TestScripts -rewrite` to
// regenerate the expected output after reviewing a change. After every
// command the engine's invariants are checked, and at the end of each file a
// snapshot is restored and must hash the same.
func TestScripts(t *testing.T) {
	datadriven.Walk(t, "testdata/scripts", func(t *testing.T, path string) {
		h := newScriptHarness()
		datadriven.RunTest(t, path, func(t *testing.T, d *datadriven.TestData) string {
			out, err := h.run(d)
			if err != nil {
				d.Fatalf(t, "%v", err)
			}
			if err := h.e.CheckInvariants(); err != nil {
				d.Fatalf(t, "invariant broken after %q: %v", d.Pos, err)
			}
			return out
		})
		snap := h.e.Snapshot()
		r, err := Restore(h.cfg, snap)
		if err != nil {
			t.Fatalf("restore: %v", err)
		}
		if r.StateHash() != h.e.StateHash() {
			t.Fatalf("restored snapshot hashes differently")
		}
	})
}

// scriptHarness keeps the names a script uses for accounts, markets and
// assets, and a clock.
type scriptHarness struct {
	e        *Engine
	cfg      Config
	seq      uint64
	now      int64
	accounts map[string]AccountID
	accName  map[AccountID]string
	markets  map[string]MarketID
	mktName  map[MarketID]string
	assets   map[string]AssetID
	asName   map[AssetID]string
}

func newScriptHarness() *scriptHarness {
	cfg := Config{MaxOpenOrdersPerAccount: 5}
	h := &scriptHarness{
		e:        New(cfg),
		cfg:      cfg,
		accounts: map[string]AccountID{}, accName: map[AccountID]string{},
		markets: map[string]MarketID{}, mktName: map[MarketID]string{},
		assets: map[string]AssetID{"usdc": 0}, asName: map[AssetID]string{0: "usdc"},
	}
	return h
}

func (h *scriptHarness) arg(d *datadriven.TestData, key string, def string) string {
	for _, a := range d.CmdArgs {
		if a.Key == key {
			if len(a.Vals) == 0 {
				return "true"
			}
			return a.Vals[0]
		}
	}
	return def
}

func (h *scriptHarness) num(d *datadriven.TestData, key string, def int64) int64 {
	v := h.arg(d, key, "")
	if v == "" {
		return def
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		panic(fmt.Sprintf("%s: %s=%q is not a number", d.Pos, key, v))
	}
	return n
}

// unum reads an unsigned argument (0 when absent).
func (h *scriptHarness) unum(d *datadriven.TestData, key string) uint64 {
	v := h.arg(d, key, "")
	if v == "" {
		return 0
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		panic(fmt.Sprintf("%s: %s=%q is not a number", d.Pos, key, v))
	}
	return n
}

// meta reads meta=TEXT, or meta-len=N for N bytes of filler.
func (h *scriptHarness) meta(d *datadriven.TestData) []byte {
	if v := h.arg(d, "meta", ""); v != "" {
		return []byte(v)
	}
	if n := h.num(d, "meta-len", 0); n > 0 {
		return bytes.Repeat([]byte{'m'}, int(n))
	}
	return nil
}

func (h *scriptHarness) account(d *datadriven.TestData) AccountID {
	name := h.arg(d, "account", "")
	if id, ok := h.accounts[name]; ok {
		return id
	}
	if n, err := strconv.Atoi(name); err == nil {
		return AccountID(n)
	}
	return AccountID(9999)
}

// address is the address of an account name: its bytes.
func (h *scriptHarness) address(name string) (a [20]byte) {
	copy(a[:], name)
	return a
}

func (h *scriptHarness) market(d *datadriven.TestData) MarketID {
	name := h.arg(d, "market", "m")
	if id, ok := h.markets[name]; ok {
		return id
	}
	if name == "all" {
		return NoMarket
	}
	return MarketID(9999)
}

func (h *scriptHarness) asset(name string) AssetID {
	if id, ok := h.assets[name]; ok {
		return id
	}
	id := AssetID(len(h.assets))
	h.assets[name] = id
	h.asName[id] = name
	return id
}

var sideNames = map[string]Side{"buy": Buy, "sell": Sell, "any": AnySide}
var tifNames = map[string]TimeInForce{"gtc": GTC, "gtd": GTD, "ioc": IOC, "fok": FOK}
var stpNames = map[string]STPMode{"none": STPNone, "cn": STPCancelNewest, "co": STPCancelOldest, "cb": STPCancelBoth, "dc": STPDecrementCancel}

func (h *scriptHarness) run(d *datadriven.TestData) (string, error) {
	c := Command{}
	switch d.Cmd {
	case "engine":
		// engine horizon=N: a fresh engine with that settlement horizon
		// (the first command of a script).
		if h.seq != 0 {
			return "", fmt.Errorf("engine must come before any command")
		}
		h.cfg.SettlementHorizon = h.num(d, "horizon", 0)
		h.e = New(h.cfg)
		return "ok", nil
	case "chain-time":
		c = Command{Kind: CmdChainTime, Expiry: h.num(d, "at", 0)}
	case "closed":
		var b strings.Builder
		for id := MarketID(0); int(id) < len(h.e.markets); id++ {
			at, ok := h.e.CloseTime(id)
			fmt.Fprintf(&b, "%s closed=%v", h.mkt(id), h.e.Closed(id))
			if ok {
				fmt.Fprintf(&b, " last-trading=%d", at)
			}
			b.WriteString("\n")
		}
		return b.String(), nil
	case "market":
		name := h.arg(d, "name", "m")
		spec := &MarketSpec{
			Symbol:      name,
			BaseAsset:   h.asset(h.arg(d, "base", name)),
			QuoteAsset:  h.asset(h.arg(d, "quote", "usdc")),
			TickSize:    h.num(d, "tick", 1),
			LotSize:     h.num(d, "lot", 1),
			MinNotional: h.num(d, "min-notional", 0),
			MaxPrice:    h.num(d, "max-price", 1000),
			MaxQty:      h.num(d, "max-qty", 1000),
			RefPrice:    h.num(d, "ref", 0),
			BandBps:     h.num(d, "band-bps", 0),
			MakerFeeBps: h.num(d, "maker-fee", 0),
			TakerFeeBps: h.num(d, "taker-fee", 0),
		}
		spec.Instrument[31] = byte(len(h.markets) + 1)
		if h.arg(d, "dup-instrument", "") != "" {
			spec.Instrument[31] = 1
		}
		if hr := h.num(d, "window-hour", -1); hr >= 0 {
			// A reservation instrument (docs/instruments.md): version 1,
			// H100 SXM, US, tier 1, window from hour hr, len(markets)+1
			// hours long; it closes at its window start less lead.
			id := &spec.Instrument
			*id = [32]byte{}
			id[16], id[19], id[20], id[21], id[23], id[24] = 1, 0x23, 0x30, 1, 1, 1
			id[26], id[27], id[28], id[29] = byte(hr>>24), byte(hr>>16), byte(hr>>8), byte(hr)
			id[31] = byte(len(h.markets) + 1)
			spec.CloseLead = h.num(d, "lead", 0)
		}
		if hr := h.num(d, "spot", 0); hr > 0 {
			// A spot instrument of the same grade (H100 SXM, US, tier
			// 1) whose leases last hr hours; its lot size is lot=.
			spec.Instrument = scriptSpotID(hr)
		}
		c = Command{Kind: CmdAddMarket, Spec: spec}
		evs := h.apply(&c)
		for _, ev := range evs {
			if ev.Kind == EvMarketAdded {
				h.markets[name] = ev.Market
				h.mktName[ev.Market] = name
			}
		}
		return h.render(evs), nil
	case "account":
		name := h.arg(d, "name", "")
		c = Command{Kind: CmdOpenAccount, Address: h.address(h.arg(d, "address", name))}
		evs := h.apply(&c)
		h.named(evs, name)
		return h.render(evs), nil
	case "deposit", "withdraw":
		c = Command{Kind: CmdDeposit, Account: h.account(d), Asset: h.asset(h.arg(d, "asset", "usdc")), Amount: h.num(d, "amount", 0)}
		if d.Cmd == "withdraw" {
			c.Kind = CmdWithdraw
		}
		c.Chain = h.unum(d, "chain")
	case "place":
		c = Command{
			Kind: CmdPlace, Account: h.account(d), Market: h.market(d),
			OrderID: OrderID(h.num(d, "id", 0)), Side: sideNames[h.arg(d, "side", "buy")],
			TIF: tifNames[h.arg(d, "tif", "gtc")], STP: stpNames[h.arg(d, "stp", "none")],
			PostOnly: h.arg(d, "post-only", "") != "", Price: h.num(d, "price", 0), Qty: h.num(d, "qty", 0),
			Expiry: h.num(d, "expiry", 0), MaxFeeBps: h.num(d, "max-fee", 100),
			Nonce: h.unum(d, "nonce"), Meta: h.meta(d),
		}
		if h.arg(d, "type", "limit") == "market" {
			c.Type = Market
			if h.arg(d, "tif", "") == "" {
				c.TIF = IOC
			}
		}
		if v := h.arg(d, "side", ""); v != "" {
			if _, ok := sideNames[v]; !ok {
				c.Side = 7
			}
		}
	case "cancel":
		c = Command{Kind: CmdCancel, Account: h.account(d), OrderID: OrderID(h.num(d, "id", 0))}
	case "amend":
		c = Command{Kind: CmdAmend, Account: h.account(d), OrderID: OrderID(h.num(d, "id", 0)), Price: h.num(d, "price", 0), Qty: h.num(d, "qty", 0)}
	case "mass-cancel":
		c = Command{Kind: CmdMassCancel, Account: h.account(d), Market: h.market(d), Side: sideNames[h.arg(d, "side", "any")]}
		if h.arg(d, "market", "") == "" {
			c.Market = NoMarket
		}
	case "set-ref":
		c = Command{Kind: CmdSetReference, Market: h.market(d), Price: h.num(d, "price", 0)}
	case "reconcile":
		// reconcile address=NAME asset=cash|MARKET|unknown amount=N (signed)
		// chain=N: the operator's CmdReconcile.
		c = Command{Kind: CmdReconcile, Address: h.address(h.arg(d, "address", "")), Amount: h.num(d, "amount", 0), Chain: h.unum(d, "chain"), Log: &ChainLog{}}
		if err := h.chainAsset(d, &c.Log.Asset); err != nil {
			return "", err
		}
		if t := h.num(d, "time", -1); t >= 0 {
			h.now = t
		}
		evs := h.apply(&c)
		h.named(evs, h.arg(d, "address", ""))
		return h.render(evs), nil
	case "chain-deposit", "chain-withdraw", "chain-cancel-below", "chain-cancel-nonces":
		// The chain commands: address=NAME (an account's name, opened or
		// not), asset=cash|MARKET|unknown (cash is the zero asset id, a
		// market's name its instrument id), amount=N (a decimal uint256),
		// below=N, nonces=N,N,..., chain=N.
		name := h.arg(d, "address", "")
		c = Command{Address: h.address(name), Chain: h.unum(d, "chain"), Log: &ChainLog{}}
		switch d.Cmd {
		case "chain-deposit", "chain-withdraw":
			c.Kind = CmdChainDeposit
			if d.Cmd == "chain-withdraw" {
				c.Kind = CmdChainWithdraw
			}
			if err := h.chainAsset(d, &c.Log.Asset); err != nil {
				return "", err
			}
			v, ok := new(big.Int).SetString(h.arg(d, "amount", "0"), 10)
			if !ok || v.Sign() < 0 || v.BitLen() > 256 {
				return "", fmt.Errorf("amount %q", h.arg(d, "amount", ""))
			}
			v.FillBytes(c.Log.Amount[:])
		case "chain-cancel-below":
			c.Kind, c.Log, c.Nonce = CmdChainCancelBelow, nil, h.unum(d, "below")
		case "chain-cancel-nonces":
			c.Kind = CmdChainCancelNonces
			for _, a := range d.CmdArgs {
				if a.Key != "nonces" {
					continue
				}
				for _, v := range strings.Split(strings.Join(a.Vals, ","), ",") {
					n, err := strconv.ParseUint(v, 10, 64)
					if err != nil {
						return "", fmt.Errorf("nonce %q", v)
					}
					c.Log.Nonces = append(c.Log.Nonces, n)
				}
			}
		}
		if t := h.num(d, "time", -1); t >= 0 {
			h.now = t
		}
		evs := h.apply(&c)
		for _, ev := range evs {
			if ev.Kind == EvAccountOpened {
				h.accounts[name] = ev.Account
				h.accName[ev.Account] = name
			}
		}
		return h.render(evs), nil
	case "chain-capacity", "chain-lease":
		// The vault's commands: chain-capacity address=NAME gpus=N
		// chain=N sets NAME's capacity of the spot markets' grade;
		// chain-lease address=NAME asset=MARKET gpus=N start=H hours=N
		// chain=N leases GPUs of it over the hours [H, H+N) (asset a
		// spot market's name for a spot lease, absent for a reservation
		// window of the grade).
		name := h.arg(d, "address", "")
		c = Command{Address: h.address(name), Chain: h.unum(d, "chain"), Log: &ChainLog{}}
		c.Log.Amount = AmountWord(h.unum(d, "gpus"))
		if d.Cmd == "chain-capacity" {
			c.Kind, c.Log.Asset = CmdChainCapacity, reservationGrade(scriptSpotID(1))
		} else {
			c.Kind, c.Log.StartHour, c.Log.Hours = CmdChainLease, h.unum(d, "start"), h.unum(d, "hours")
			if a := h.arg(d, "asset", ""); a != "" {
				if err := h.chainAsset(d, &c.Log.Asset); err != nil {
					return "", err
				}
			} else {
				c.Log.Asset = reservationGrade(scriptSpotID(1))
				c.Log.Asset[29], c.Log.Asset[31] = byte(c.Log.StartHour), byte(c.Log.Hours)
			}
		}
		if t := h.num(d, "time", -1); t >= 0 {
			h.now = t
		}
		evs := h.apply(&c)
		h.named(evs, name)
		return h.render(evs), nil
	case "cancel-nonces":
		c = Command{Kind: CmdCancelNoncesBelow, Account: h.account(d), Nonce: h.unum(d, "below"), Chain: h.unum(d, "chain")}
	case "settle-batch":
		c = Command{Kind: CmdSettleBatch, Batch: h.unum(d, "batch"), Count: uint32(h.unum(d, "count"))}
	case "settle-result":
		// results=0,77,... : one result byte per fill (absent = none).
		c = Command{Kind: CmdSettlementResult, Batch: h.unum(d, "batch"), Chain: h.unum(d, "chain")}
		for _, a := range d.CmdArgs {
			if a.Key != "results" {
				continue
			}
			for _, v := range strings.Split(strings.Join(a.Vals, ","), ",") {
				n, err := strconv.ParseUint(v, 0, 8)
				if err != nil {
					panic(fmt.Sprintf("%s: result %q", d.Pos, v))
				}
				c.Meta = append(c.Meta, byte(n))
			}
		}
	case "ledger":
		return h.printLedger(), nil
	case "nonces":
		return h.printNonces(d), nil
	case "metas":
		return h.printMetas(), nil
	case "tick":
		c = Command{Kind: CmdTick}
	case "raw":
		c = Command{Kind: CommandKind(h.num(d, "kind", 0))}
	case "book":
		return h.printBook(h.market(d)), nil
	case "balances":
		return h.printBalances(), nil
	default:
		return "", fmt.Errorf("unknown command %q", d.Cmd)
	}
	if t := h.num(d, "time", -1); t >= 0 {
		h.now = t
	}
	evs := h.apply(&c)
	if len(evs) == 0 {
		return "ok", nil
	}
	return h.render(evs), nil
}

// named gives an account a chain command opened its address's name.
// chainAsset reads asset=cash|MARKET|unknown as the Exchange's asset id:
// zero for cash, a market's instrument id, or an id no market has.
func (h *scriptHarness) chainAsset(d *datadriven.TestData, asset *[32]byte) error {
	switch a := h.arg(d, "asset", "cash"); a {
	case "cash":
	case "unknown":
		asset[0] = 0x99
	default:
		id, ok := h.markets[a]
		if !ok {
			return fmt.Errorf("asset %q: no such market", a)
		}
		spec, _ := h.e.Spec(id)
		*asset = spec.Instrument
	}
	return nil
}

func (h *scriptHarness) named(evs []Event, name string) {
	for _, ev := range evs {
		if ev.Kind == EvAccountOpened {
			h.accounts[name] = ev.Account
			h.accName[ev.Account] = name
		}
	}
}

func (h *scriptHarness) apply(c *Command) []Event {
	h.seq++
	c.Seq = h.seq
	if c.Time == 0 {
		c.Time = h.now
	}
	return h.e.Apply(c)
}

func (h *scriptHarness) acct(a AccountID) string {
	if n, ok := h.accName[a]; ok {
		return n
	}
	if a == FeeAccount {
		return "fees"
	}
	return fmt.Sprintf("#%d", a)
}

func (h *scriptHarness) mkt(m MarketID) string {
	if n, ok := h.mktName[m]; ok {
		return n
	}
	if m == NoMarket {
		return "-"
	}
	return fmt.Sprintf("#%d", m)
}

func sideName(s Side) string {
	switch s {
	case Buy:
		return "buy"
	case Sell:
		return "sell"
	}
	return fmt.Sprintf("side%d", s)
}

func (h *scriptHarness) render(evs []Event) string {
	var b strings.Builder
	for _, ev := range evs {
		fmt.Fprintf(&b, "%s/%d ", h.mkt(ev.Market), ev.Seq)
		switch ev.Kind {
		case EvMarketAdded:
			fmt.Fprintf(&b, "market-added base=%s", h.asName[ev.Asset])
		case EvMarketUpdated:
			fmt.Fprintf(&b, "market-updated ref=%d", ev.Price)
		case EvAccountOpened:
			fmt.Fprintf(&b, "account-opened %s", h.acct(ev.Account))
		case EvBalance:
			fmt.Fprintf(&b, "balance %s %s avail=%d held=%d", h.acct(ev.Account), h.asName[ev.Asset], ev.Amount, ev.Qty)
		case EvAccepted:
			fmt.Fprintf(&b, "accepted %s id=%d %s %d@%d", h.acct(ev.Account), ev.OrderID, sideName(ev.Side), ev.Qty, ev.Price)
			if ev.Nonce != 0 {
				fmt.Fprintf(&b, " nonce=%d", ev.Nonce)
			}
		case EvRejected:
			fmt.Fprintf(&b, "rejected %s id=%d %s", h.acct(ev.Account), ev.OrderID, ev.Reason)
			if ev.Batch != 0 {
				fmt.Fprintf(&b, " batch=%d", ev.Batch)
			}
			if ev.Nonce != 0 {
				fmt.Fprintf(&b, " nonce=%d", ev.Nonce)
			}
		case EvNoncesCanceled:
			fmt.Fprintf(&b, "nonces-canceled %s base=%d", h.acct(ev.Account), ev.Nonce)
		case EvAmended:
			fmt.Fprintf(&b, "amended %s id=%d %s %d@%d", h.acct(ev.Account), ev.OrderID, sideName(ev.Side), ev.Qty, ev.Price)
		case EvFill:
			fmt.Fprintf(&b, "fill taker=%s/%d %s maker=%s/%d %d@%d fees=%d/%d", h.acct(ev.Account), ev.OrderID, sideName(ev.Side),
				h.acct(ev.MakerAccount), ev.MakerOrderID, ev.Qty, ev.Price, ev.TakerFee, ev.MakerFee)
		case EvTrade:
			fmt.Fprintf(&b, "trade %s %d@%d taker=%d maker=%d", sideName(ev.Side), ev.Qty, ev.Price, ev.OrderID, ev.MakerOrderID)
		case EvCanceled:
			fmt.Fprintf(&b, "canceled %s id=%d %s %d@%d %s", h.acct(ev.Account), ev.OrderID, sideName(ev.Side), ev.Qty, ev.Price, ev.Reason)
		case EvBookDelta:
			fmt.Fprintf(&b, "book %s %d -> %d", sideName(ev.Side), ev.Price, ev.Qty)
		case EvBatchClosed:
			fmt.Fprintf(&b, "batch-closed batch=%d fills=%d", ev.Batch, ev.Qty)
		case EvSettled, EvReverted:
			what := "settled"
			if ev.Kind == EvReverted {
				what = "reverted"
			}
			fmt.Fprintf(&b, "%s fill=%s/%d batch=%d result=0x%02x taker=%s/%d %s maker=%s/%d %d@%d fees=%d/%d", what,
				h.mkt(ev.FillMarket), ev.FillSeq, ev.Batch, ev.Result, h.acct(ev.Account), ev.OrderID, sideName(ev.Side),
				h.acct(ev.MakerAccount), ev.MakerOrderID, ev.Qty, ev.Price, ev.TakerFee, ev.MakerFee)
		default:
			fmt.Fprintf(&b, "event kind %d", ev.Kind)
		}
		b.WriteByte('\n')
	}
	if b.Len() == 0 {
		return "ok\n"
	}
	return b.String()
}

func (h *scriptHarness) printBook(id MarketID) string {
	if int(id) >= len(h.e.markets) {
		return "no such market\n"
	}
	m := &h.e.markets[id]
	var b strings.Builder
	line := func(ld *ladder, p int64) {
		lv := ld.at(p)
		fmt.Fprintf(&b, "%s %d:", sideName(ld.side()), p)
		for s := lv.head; s >= 0; s = h.e.orders[s].next {
			o := &h.e.orders[s]
			fmt.Fprintf(&b, " %s/%d:%d", h.acct(o.account), o.id, o.qty)
		}
		fmt.Fprintf(&b, " (total %d)\n", lv.qty)
	}
	var asks []int64
	for p := m.asks.best; p != 0; p = m.asks.nextFrom(p + 1) {
		asks = append(asks, p)
	}
	for i := len(asks) - 1; i >= 0; i-- {
		line(&m.asks, asks[i])
	}
	b.WriteString("--\n")
	for p := m.bids.best; p != 0; p = m.bids.nextFrom(p - 1) {
		line(&m.bids, p)
	}
	return b.String()
}

// printNonces prints an account's nonce base, the used nonces above it, and
// for each nonce=N argument whether it is used and which live order has it.
func (h *scriptHarness) printNonces(d *datadriven.TestData) string {
	a := h.account(d)
	var b strings.Builder
	fmt.Fprintf(&b, "base=%d", h.e.NonceBase(a))
	if int(a) < len(h.e.nonceSets) {
		ns := &h.e.nonceSets[a]
		b.WriteString(" above:")
		for w, x := range ns.words {
			for i := range 64 {
				if x&(1<<i) != 0 {
					fmt.Fprintf(&b, " %d", ns.base&^63+uint64(64*w+i))
				}
			}
		}
	}
	b.WriteByte('\n')
	for _, arg := range d.CmdArgs {
		if arg.Key != "nonce" {
			continue
		}
		for _, v := range arg.Vals {
			n, err := strconv.ParseUint(v, 10, 64)
			if err != nil {
				panic(fmt.Sprintf("%s: nonce=%q", d.Pos, v))
			}
			fmt.Fprintf(&b, "nonce %d: used=%v", n, h.e.NonceUsed(a, n))
			if id, ok := h.e.OrderByNonce(a, n); ok {
				fmt.Fprintf(&b, " order=%d", id)
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// printMetas prints every live order's meta, by order id.
func (h *scriptHarness) printMetas() string {
	type row struct {
		id   OrderID
		meta []byte
	}
	var rows []row
	for id, m := range h.e.OrderMetas() {
		if got, ok := h.e.OrderMeta(id); !ok || !bytes.Equal(got, m) {
			panic(fmt.Sprintf("OrderMeta(%d) disagrees with OrderMetas", id))
		}
		rows = append(rows, row{id, m})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].id < rows[j].id })
	var b strings.Builder
	for _, r := range rows {
		m := string(r.meta)
		if len(m) > 24 {
			m = fmt.Sprintf("%s... (%d bytes)", m[:8], len(m))
		}
		fmt.Fprintf(&b, "id=%d meta=%q\n", r.id, m)
	}
	if b.Len() == 0 {
		return "none\n"
	}
	return b.String()
}

// printLedger prints the settlement ledger: the next batch id, the chain
// position, and every pending fill with the open batch it is in.
func (h *scriptHarness) printLedger() string {
	e := h.e
	var b strings.Builder
	fmt.Fprintf(&b, "next-batch=%d pending=%d unbatched=%d chain=%d\n", e.NextBatch(), e.PendingCount(), e.UnbatchedCount(), e.ChainPosition())
	inBatch := map[FillID]uint64{}
	if first, ok := e.OldestOpenBatch(); ok {
		for id := first; id < e.NextBatch(); id++ {
			fills, ok := e.Batch(id)
			if !ok {
				panic(fmt.Sprintf("open batch %d not found", id))
			}
			for _, f := range fills {
				inBatch[f.ID] = id
			}
		}
	}
	if _, ok := e.Batch(e.NextBatch()); ok {
		panic("Batch finds a batch not closed yet")
	}
	for f := range e.PendingFills() {
		fmt.Fprintf(&b, "fill %s/%d taker=%s/%d %s maker=%s/%d %d@%d fees=%d/%d", h.mkt(f.ID.Market), f.ID.Seq, h.acct(f.Taker), f.TakerOrder,
			sideName(f.TakerSide), h.acct(f.Maker), f.MakerOrder, f.Qty, f.Price, f.TakerFee, f.MakerFee)
		if id, ok := inBatch[f.ID]; ok {
			fmt.Fprintf(&b, " batch=%d", id)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func (h *scriptHarness) printBalances() string {
	type row struct {
		k string
		b balance
	}
	var rows []row
	for _, bk := range h.e.balIdx.buckets {
		if bk.val == 0 {
			continue
		}
		k := bk.key
		b := h.e.bals[bk.val-1]
		if b.avail == 0 && b.held == 0 {
			continue
		}
		name := h.acct(AccountID(k >> 32))
		if AccountID(k>>32) == feeAccount {
			name = "fees"
		}
		rows = append(rows, row{name + " " + h.asName[AssetID(k)], b})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].k < rows[j].k })
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, "%s avail=%d held=%d\n", r.k, r.b.avail, r.b.held)
	}
	if b.Len() == 0 {
		return "none\n"
	}
	return b.String()
}

// scriptSpotID is the spot instrument of the scripts' grade (H100 SXM, US,
// tier 1) with leases of hours hours.
func scriptSpotID(hours int64) (id [32]byte) {
	id[16], id[19], id[20], id[21], id[23], id[24], id[25] = 1, 0x23, 0x30, 1, 1, 1, 1
	id[30], id[31] = byte(hours>>8), byte(hours)
	return id
}
