package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"io"
	"math/big"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/shopspring/decimal"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/api/wallet"
)

// The commands for people: chain-side (deposit, withdraw) through
// api/wallet, gateway-side (orders, book, balances, fills, settlement)
// through api/client. This file only parses flags, wires and prints.

const userUsage = `
trader commands (flags: --gateway URL, --rpc URL, --keystore FILE, --password-file FILE, --json):
  deposit      deposit stablecoin (--asset usdc) or a market's tokens into the exchange
  withdraw     request | execute | cancel | status a withdrawal
  order        place | amend | cancel | cancel-all (place --spec FILE: a spot buy's job spec)
  spot         spec set | show | withdraw: the standing job spec of a spot market's leases
  book         show a market's book
  balances     show the account's balances at the exchange
  orders       show the account's orders
  fills        show the account's fills with their settlement state
  settlement   follow the settlement state of the account's fills
`

// userEnv is what the trader commands take from the process: the
// environment, and how to reach a chain over JSON-RPC (tests put a
// simulated chain there).
type userEnv struct {
	getenv    func(string) string
	dialChain func(ctx context.Context, rpcURL string) (wallet.Backend, error)
	poll      time.Duration // receipts, blocks and balances
	// clock drives the node agent's lease schedule (nil: the real one;
	// tests move a fake one with the chain's time).
	clock clock.Clock
}

func osUserEnv() userEnv {
	return userEnv{getenv: os.Getenv, poll: time.Second,
		dialChain: func(ctx context.Context, u string) (wallet.Backend, error) { return ethclient.DialContext(ctx, u) }}
}

// inputError is a bad command line or bad input (an unknown market, an
// amount that does not fit): exit status 2.
type inputError struct{ error }

func badInput(format string, args ...any) error { return inputError{fmt.Errorf(format, args...)} }

// exitCode is the process's exit status for an error of Run.
func exitCode(err error) int {
	var ie inputError
	var pe *client.ParamError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage), errors.As(err, &ie), errors.As(err, &pe),
		errors.Is(err, wallet.ErrAmount), errors.Is(err, wallet.ErrNoKey):
		return 2
	}
	return 1
}

// userFlags are the flags every trader command takes.
type userFlags struct {
	gateway, rpc, keystore, passwordFile string
	json                                 bool
	timeout                              time.Duration
}

func newUserFlags(name string, env userEnv, stderr io.Writer, usage string) (*flag.FlagSet, *userFlags) {
	f := &userFlags{}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	gw := env.getenv("HOURGLASS_GATEWAY")
	if gw == "" {
		gw = "http://127.0.0.1:8080"
	}
	fs.StringVar(&f.gateway, "gateway", gw, "the gateway's HTTP URL (env HOURGLASS_GATEWAY); the websocket URL is derived from it")
	fs.StringVar(&f.rpc, "rpc", env.getenv("ETH_RPC_URL"), "the chain's JSON-RPC URL (env ETH_RPC_URL; default: the gateway's rpc_url)")
	fs.StringVar(&f.keystore, "keystore", "", "the key: a keystore file (password from --password-file or HOURGLASS_PASSWORD); else HOURGLASS_KEY")
	fs.StringVar(&f.passwordFile, "password-file", "", "the keystore's password, first line of this file")
	fs.BoolVar(&f.json, "json", false, "print JSON for scripts")
	fs.DurationVar(&f.timeout, "timeout", 30*time.Second, "time limit of gateway requests")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: hourglass %s\n\nflags:\n", usage)
		fs.PrintDefaults()
	}
	return fs, f
}

// parse parses args, allowing flags after positional arguments, and
// returns the positional ones.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, errUsage
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// user is one trader command's session: its flags, its output and what it
// connected to.
type user struct {
	env            userEnv
	f              *userFlags
	stdout, stderr io.Writer
	c              *client.Client
	rest           *client.REST
}

func (u *user) close() {
	if u.c != nil {
		u.c.Close()
	}
}

func (u *user) key() (*wallet.KeySource, error) {
	ks := &wallet.KeySource{Keystore: u.f.keystore, Hex: u.env.getenv("HOURGLASS_KEY")}
	if ks.Keystore != "" {
		ks.Hex = ""
		switch {
		case u.f.passwordFile != "":
			p, err := wallet.ReadPassword(u.f.passwordFile)
			if err != nil {
				return nil, inputError{err}
			}
			ks.Password = p
		default:
			ks.Password = u.env.getenv("HOURGLASS_PASSWORD")
		}
	}
	return ks, nil
}

// login connects to the gateway and signs in with the key.
func (u *user) login(ctx context.Context) error {
	ks, err := u.key()
	if err != nil {
		return err
	}
	k, err := wallet.LoadKey(*ks)
	if err != nil {
		err = inputError{err}
		return err
	}
	if err := u.connect(ctx); err != nil {
		return err
	}
	if _, err := u.c.Login(ctx, k); err != nil {
		return fmt.Errorf("signing in to %s: %w", u.f.gateway, err)
	}
	u.rest = u.c.REST()
	return nil
}

func (u *user) connect(ctx context.Context) error {
	if _, err := client.WSURL(u.f.gateway); err != nil {
		return inputError{err}
	}
	c, err := client.DialGateway(ctx, u.f.gateway)
	if err != nil {
		return fmt.Errorf("connecting to the gateway %s: %w", u.f.gateway, err)
	}
	u.c, u.rest = c, c.REST()
	return nil
}

// print writes v as JSON with --json, else calls human.
func (u *user) print(v any, human func(w io.Writer)) error {
	if u.f.json {
		enc := json.NewEncoder(u.stdout)
		return enc.Encode(v)
	}
	tw := tabwriter.NewWriter(u.stdout, 0, 4, 2, ' ', 0)
	human(tw)
	return tw.Flush()
}

// runUser runs one trader command.
func runUser(ctx context.Context, cmd string, args []string, stdout, stderr io.Writer, env userEnv) error {
	u := &user{env: env, stdout: stdout, stderr: stderr}
	defer u.close()
	switch cmd {
	case "deposit":
		return u.deposit(ctx, args)
	case "withdraw":
		return u.withdraw(ctx, args)
	case "order":
		return u.order(ctx, args)
	case "book":
		return u.book(ctx, args)
	case "balances":
		return u.balances(ctx, args)
	case "orders":
		return u.orders(ctx, args)
	case "fills":
		return u.fills(ctx, args)
	case "settlement":
		return u.settlement(ctx, args)
	case "provider", "redeem", "spec", "wrap", "unwrap", "lease", "oracle":
		return u.delivery(ctx, cmd, args)
	case "spot":
		return u.spot(ctx, args)
	}
	return fmt.Errorf("unknown command %q", cmd)
}

// ---- chain side ----

// asset is an asset named on the command line.
type asset struct {
	id       *big.Int // wallet.Cash or a token id
	name     string   // as the gateway's balances name it: USDC or the market's symbol
	decimals uint8
}

// resolveAsset names usdc (the stablecoin), a market's symbol or its
// token id (0x hex).
func (u *user) resolveAsset(ctx context.Context, w *wallet.Wallet, name string) (asset, error) {
	if name == "" {
		return asset{}, badInput("--asset is required: usdc, or a market's symbol or token id")
	}
	if strings.EqualFold(name, "usdc") || strings.EqualFold(name, "cash") {
		d, err := w.StablecoinDecimals(ctx)
		if err != nil {
			return asset{}, err
		}
		return asset{id: wallet.Cash, name: "USDC", decimals: d}, nil
	}
	ms, err := u.rest.Markets(ctx)
	if err != nil {
		return asset{}, fmt.Errorf("listing the markets: %w", err)
	}
	want, isID := new(big.Int).SetString(strings.TrimPrefix(name, "0x"), 16)
	isID = isID && strings.HasPrefix(name, "0x")
	for _, m := range ms {
		inst, ok := new(big.Int).SetString(strings.TrimPrefix(m.Instrument, "0x"), 16)
		if !ok {
			continue
		}
		if m.Symbol == name || isID && inst.Cmp(want) == 0 {
			if m.Kind == "spot" {
				return asset{}, badInput("market %s is a spot market: it has no token", m.Symbol)
			}
			return asset{id: inst, name: m.Symbol, decimals: uint8(m.AssetDecimals.Base)}, nil
		}
	}
	return asset{}, badInput("unknown asset %q: not usdc, nor a market's symbol or token id (see GET /v1/markets)", name)
}

// wallet connects to the gateway (for /v1/chain) and the chain.
func (u *user) wallet(ctx context.Context) (*wallet.Wallet, client.Chain, error) {
	b, k, ch, err := u.chain(ctx)
	if err != nil {
		return nil, client.Chain{}, err
	}
	w := wallet.New(b, k, wallet.Contracts{ChainID: new(big.Int).SetUint64(ch.ChainID), Exchange: ch.Exchange,
		Stablecoin: ch.Stablecoin, Token: ch.Token, Confirmations: ch.Confirmations})
	w.Progress, w.Poll = u.stderr, u.env.poll
	return w, ch, nil
}

// chain loads the key, asks the gateway for its chain, and connects to the
// chain's node (--rpc, or the rpc_url the gateway publishes).
func (u *user) chain(ctx context.Context) (wallet.Backend, *ecdsa.PrivateKey, client.Chain, error) {
	ks, err := u.key()
	if err != nil {
		return nil, nil, client.Chain{}, err
	}
	k, err := wallet.LoadKey(*ks)
	if err != nil {
		return nil, nil, client.Chain{}, inputError{err}
	}
	if u.rest == nil {
		if err := u.connect(ctx); err != nil {
			return nil, nil, client.Chain{}, err
		}
	}
	ch, err := u.rest.Chain(ctx)
	if err != nil {
		return nil, nil, client.Chain{}, fmt.Errorf("asking the gateway for its chain: %w", err)
	}
	rpc := u.f.rpc
	if rpc == "" {
		rpc = ch.RPCURL
	}
	if rpc == "" {
		return nil, nil, client.Chain{}, badInput("no chain to send to: give --rpc URL or set ETH_RPC_URL (the gateway publishes no rpc_url)")
	}
	b, err := u.env.dialChain(ctx, rpc)
	if err != nil {
		return nil, nil, client.Chain{}, fmt.Errorf("connecting to the chain at %s: %w", rpc, err)
	}
	return b, k, ch, nil
}

// txResult is what a chain command prints.
type txResult struct {
	Action      string `json:"action"`
	Account     string `json:"account"`
	Asset       string `json:"asset"`
	Amount      string `json:"amount,omitempty"`
	Transaction string `json:"transaction,omitempty"`
	Block       uint64 `json:"block,omitempty"`
	// Credited: the gateway's balance shows a deposit.
	Credited *bool  `json:"credited,omitempty"`
	ReadyAt  string `json:"ready_at,omitempty"`
}

func (u *user) printTx(r txResult) error {
	return u.print(r, func(w io.Writer) {
		fmt.Fprintf(w, "%s\t%s %s\n", r.Action, r.Amount, r.Asset)
		fmt.Fprintf(w, "account\t%s\n", r.Account)
		if r.Transaction != "" {
			fmt.Fprintf(w, "transaction\t%s (block %d)\n", r.Transaction, r.Block)
		}
		if r.ReadyAt != "" {
			fmt.Fprintf(w, "ready at\t%s\n", r.ReadyAt)
		}
		if r.Credited != nil && *r.Credited {
			fmt.Fprintf(w, "credited\tthe gateway's balance shows it\n")
		}
	})
}

// gatewayBalance is the account's total (available + held) of an asset at
// the gateway.
func (u *user) gatewayBalance(ctx context.Context, name string) (decimal.Decimal, error) {
	bs, err := u.rest.Balances(ctx)
	if err != nil {
		return decimal.Zero, err
	}
	for _, b := range bs {
		if b.Asset == name {
			av, err1 := decimal.NewFromString(b.Available)
			h, err2 := decimal.NewFromString(b.Held)
			if err := errors.Join(err1, err2); err != nil {
				return decimal.Zero, err
			}
			return av.Add(h), nil
		}
	}
	return decimal.Zero, nil
}

func (u *user) deposit(ctx context.Context, args []string) error {
	fs, f := newUserFlags("deposit", u.env, u.stderr, "deposit --asset usdc|SYMBOL|TOKEN_ID --amount DECIMAL [--no-wait] [--wait-timeout D]")
	u.f = f
	assetName := fs.String("asset", "", "usdc, or a market's symbol or token id (its reservation tokens)")
	amount := fs.String("amount", "", "how much, in the asset's units (e.g. 250.5 USDC)")
	noWait := fs.Bool("no-wait", false, "do not wait until the gateway's balance shows the deposit")
	waitTimeout := fs.Duration("wait-timeout", 5*time.Minute, "how long to wait until the gateway's balance shows the deposit")
	if pos, err := parseInterspersed(fs, args); err != nil {
		return err
	} else if len(pos) != 0 {
		return badInput("unexpected arguments %q", pos)
	}
	if *amount == "" {
		return badInput("--amount is required")
	}
	w, _, err := u.wallet(ctx)
	if err != nil {
		return err
	}
	a, err := u.resolveAsset(ctx, w, *assetName)
	if err != nil {
		return err
	}
	units, err := wallet.ParseAmount(*amount, a.decimals)
	if err != nil {
		return err
	}
	var before decimal.Decimal
	if !*noWait {
		if err := u.loginKeepREST(ctx); err != nil {
			return err
		}
		if before, err = u.gatewayBalance(ctx, a.name); err != nil {
			return fmt.Errorf("reading the gateway's balance: %w", err)
		}
	}
	var rec *types.Receipt
	if a.id.Sign() == 0 {
		rec, err = w.DepositCash(ctx, units)
	} else {
		rec, err = w.DepositToken(ctx, a.id, units)
	}
	if err != nil {
		return err
	}
	res := txResult{Action: "deposited", Account: w.Address().Hex(), Asset: a.name, Amount: wallet.FormatAmount(units, a.decimals),
		Transaction: rec.TxHash.Hex(), Block: rec.BlockNumber.Uint64()}
	if !*noWait {
		want := before.Add(decimal.NewFromBigInt(units, -int32(a.decimals)))
		fmt.Fprintf(u.stderr, "deposit: waiting until the gateway's %s balance shows it (up to %s)\n", a.name, *waitTimeout)
		wctx, cancel := context.WithTimeout(ctx, *waitTimeout)
		defer cancel()
		for {
			got, err := u.gatewayBalance(wctx, a.name)
			if err == nil && got.GreaterThanOrEqual(want) {
				break
			}
			select {
			case <-wctx.Done():
				return fmt.Errorf("the deposit is on chain (transaction %s, block %d) but the gateway's %s balance did not show it within %s: the exchange credits it once its watcher sees it confirmed; check with hourglass balances",
					res.Transaction, res.Block, a.name, *waitTimeout)
			case <-time.After(u.env.poll):
			}
		}
		ok := true
		res.Credited = &ok
	}
	return u.printTx(res)
}

// loginKeepREST signs in on the connection the wallet opened.
func (u *user) loginKeepREST(ctx context.Context) error {
	ks, err := u.key()
	if err != nil {
		return err
	}
	k, err := wallet.LoadKey(*ks)
	if err != nil {
		err = inputError{err}
		return err
	}
	if _, err := u.c.Login(ctx, k); err != nil {
		return fmt.Errorf("signing in to %s: %w", u.f.gateway, err)
	}
	u.rest = u.c.REST()
	return nil
}

func (u *user) withdraw(ctx context.Context, args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fmt.Fprint(u.stderr, "usage: hourglass withdraw request|execute|cancel|status --asset A [--amount DECIMAL]\n")
		return errUsage
	}
	action := args[0]
	switch action {
	case "request", "execute", "cancel", "status":
	default:
		fmt.Fprintf(u.stderr, "hourglass withdraw: unknown action %q: want request, execute, cancel or status\n", action)
		return errUsage
	}
	fs, f := newUserFlags("withdraw "+action, u.env, u.stderr, "withdraw "+action+" --asset usdc|SYMBOL|TOKEN_ID"+choose(action == "request", " --amount DECIMAL", ""))
	u.f = f
	assetName := fs.String("asset", "", "usdc, or a market's symbol or token id")
	amount := fs.String("amount", "", "how much (request only)")
	if pos, err := parseInterspersed(fs, args[1:]); err != nil {
		return err
	} else if len(pos) != 0 {
		return badInput("unexpected arguments %q", pos)
	}
	if action == "request" && *amount == "" {
		return badInput("--amount is required")
	}
	if action != "request" && *amount != "" {
		return badInput("--amount is for withdraw request only")
	}
	w, _, err := u.wallet(ctx)
	if err != nil {
		return err
	}
	a, err := u.resolveAsset(ctx, w, *assetName)
	if err != nil {
		return err
	}
	res := txResult{Account: w.Address().Hex(), Asset: a.name}
	switch action {
	case "request":
		units, err := wallet.ParseAmount(*amount, a.decimals)
		if err != nil {
			return err
		}
		r, err := w.RequestWithdrawal(ctx, a.id, units)
		if err != nil {
			return err
		}
		res.Action, res.Transaction, res.Block = "withdrawal requested", r.TxHash.Hex(), r.BlockNumber.Uint64()
	case "execute", "cancel":
		p, err := w.PendingWithdrawal(ctx, a.id)
		if err != nil {
			return err
		}
		res.Amount = wallet.FormatAmount(p.Amount, a.decimals)
		do, name := w.ExecuteWithdrawal, "withdrawn"
		if action == "cancel" {
			do, name = w.CancelWithdrawal, "withdrawal cancelled"
		}
		r, err := do(ctx, a.id)
		if err != nil {
			return err
		}
		res.Action, res.Transaction, res.Block = name, r.TxHash.Hex(), r.BlockNumber.Uint64()
		return u.printTx(res)
	case "status":
		res.Action = "pending withdrawal"
	}
	p, err := w.PendingWithdrawal(ctx, a.id)
	if err != nil {
		return err
	}
	res.Amount = wallet.FormatAmount(p.Amount, a.decimals)
	if !p.ReadyAt.IsZero() {
		res.ReadyAt = p.ReadyAt.Format(time.RFC3339)
	}
	return u.printTx(res)
}

// ---- gateway side ----

func (u *user) order(ctx context.Context, args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fmt.Fprint(u.stderr, "usage: hourglass order place|amend|cancel|cancel-all|status [flags]\n")
		return errUsage
	}
	action, args := args[0], args[1:]
	var usage string
	switch action {
	case "place":
		usage = "order place --market SYMBOL --side buy|sell --price P --size S --client-id N [--tif gtc|ioc|fok|gtd] [--post-only] [--expiry UNIX|DURATION] [--type limit|market] [--max-fee-bps N] [--spec FILE]"
	case "amend":
		usage = "order amend (--id ID | --client-id N) --size S"
	case "cancel":
		usage = "order cancel (--id ID | --client-id N)"
	case "cancel-all":
		usage = "order cancel-all [--market SYMBOL] [--side buy|sell]"
	case "status":
		usage = "order status (--id ID | --client-id N)"
	default:
		fmt.Fprintf(u.stderr, "hourglass order: unknown action %q: want place, amend, cancel, cancel-all or status\n", action)
		return errUsage
	}
	fs, f := newUserFlags("order "+action, u.env, u.stderr, usage)
	u.f = f
	market := fs.String("market", "", "market symbol")
	side := fs.String("side", "", "buy or sell")
	price := fs.String("price", "", "limit price, stablecoin per GPU-hour (a whole number of ticks)")
	size := fs.String("size", "", "GPU-hours (a whole number of lots)")
	tif := fs.String("tif", "", "gtc (default), ioc, fok or gtd")
	typ := fs.String("type", "", "limit (default) or market")
	postOnly := fs.Bool("post-only", false, "only rest on the book, never take")
	stp := fs.String("stp", "", "self-trade prevention: cancel_newest (default), cancel_oldest, cancel_both, decrement_cancel, none")
	clientID := fs.Uint64("client-id", 0, "client order id: the signed nonce, unique per account (count up from 1)")
	id := fs.Uint64("id", 0, "order id")
	expiry := fs.String("expiry", "", "expiry: Unix seconds, or a duration from now (e.g. 24h)")
	maxFee := fs.Int("max-fee-bps", -1, "the highest fee signed for, basis points (default: the market's taker fee)")
	var sf specFlags
	if action == "place" {
		fs.StringVar(&sf.spec, "spec", "", "a buy in a spot market: the job its leases run, a JSON job spec file (image, command, env, sshPublicKey), signed and set as the account's standing spec of the market before the order is placed (hourglass spot spec)")
	}
	if pos, err := parseInterspersed(fs, args); err != nil {
		return err
	} else if len(pos) != 0 {
		return badInput("unexpected arguments %q", pos)
	}
	ref := client.OrderRef{OrderID: *id, ClientOrderID: *clientID}
	if action == "amend" || action == "cancel" || action == "status" {
		if (*id == 0) == (*clientID == 0) {
			return badInput("give --id or --client-id (one of them)")
		}
	}
	if action == "place" {
		for _, req := range []struct{ name, v string }{{"market", *market}, {"side", *side}, {"price", *price}, {"size", *size}} {
			if req.v == "" {
				return badInput("--%s is required", req.name)
			}
		}
		if *clientID == 0 {
			return badInput("--client-id is required: the order's nonce, unique for the account forever (count up from 1)")
		}
		if sf.spec != "" {
			if *side != "buy" {
				return badInput("--spec goes with a buy: the buyer's leases run the job")
			}
			if _, _, err := parseSpot(*market); err != nil {
				return err
			}
			sf.market = *market
		}
	}
	p := client.OrderParams{Market: *market, Side: *side, Type: *typ, Price: *price, Size: *size, TIF: *tif,
		PostOnly: *postOnly, STP: *stp, ClientOrderID: *clientID}
	if *expiry != "" {
		if n, err := strconv.ParseUint(*expiry, 10, 64); err == nil {
			p.Expiry = n
		} else if d, err := time.ParseDuration(*expiry); err == nil && d > 0 {
			p.Expiry = uint64(time.Now().Add(d).Unix())
		} else {
			return badInput("--expiry %q: want Unix seconds or a positive duration like 24h", *expiry)
		}
	}
	if *maxFee >= 0 {
		if *maxFee > 10000 {
			return badInput("--max-fee-bps %d: at most 10000", *maxFee)
		}
		v := uint16(*maxFee)
		p.MaxFeeBps = &v
	}
	if err := u.login(ctx); err != nil {
		return err
	}
	cctx, cancel := context.WithTimeout(ctx, u.f.timeout)
	defer cancel()
	switch action {
	case "place":
		ms, err := u.rest.Markets(cctx)
		if err != nil {
			return err
		}
		if !hasMarket(ms, *market) {
			return badInput("unknown market %q (see hourglass book, or GET /v1/markets)", *market)
		}
		var ss *client.SpotSpec
		if sf.spec != "" {
			// Before the order: its fills' leases get the spec as they
			// arrive.
			out, err := u.setSpotSpec(cctx, &sf)
			if err != nil {
				return err
			}
			ss = &out
		}
		ack, err := u.c.PlaceOrder(cctx, p)
		if err != nil {
			if ss != nil {
				return fmt.Errorf("%w (the standing spec of %s is set: hourglass spot spec withdraw --market %s removes it)", err, ss.Market, ss.Market)
			}
			return err
		}
		if ss != nil && u.f.json {
			return u.print(struct {
				client.OrderAck
				SpotSpec *client.SpotSpec `json:"spot_spec"`
			}{ack, ss}, nil)
		}
		return u.print(ack, func(w io.Writer) {
			fmt.Fprintf(w, "order %d\t%s %s %s @ %s\t%s\n", ack.OrderID, ack.Side, ack.Size, ack.Market, ack.Price, ack.Status)
			fmt.Fprintf(w, "client id\t%s\n", ack.ClientOrderID)
			fmt.Fprintf(w, "filled / open\t%s / %s\n", ack.FilledSize, ack.OpenSize)
			if ack.Reason != "" {
				fmt.Fprintf(w, "reason\t%s\n", ack.Reason)
			}
			if ss != nil {
				fmt.Fprintf(w, "job spec\t%s (the standing spec of %s)\n", ss.SpecHash, ss.Market)
			}
		})
	case "amend":
		if *size == "" {
			return badInput("--size is required: the new, smaller open size")
		}
		r, err := u.c.Amend(cctx, ref, *size, *price)
		if err != nil {
			return err
		}
		return u.print(r, func(w io.Writer) {
			fmt.Fprintf(w, "order %d\tamended: open %s @ %s\n", r.OrderID, r.OpenSize, r.Price)
		})
	case "status":
		r, err := u.c.Status(cctx, ref)
		if err != nil {
			return err
		}
		return u.print(r, func(w io.Writer) {
			if r.NonceUsed != nil {
				placed := "no order with it was accepted: placing it (again) places it once"
				if *r.NonceUsed {
					placed = "used: an order with it was accepted (or the nonce was cancelled)"
				}
				fmt.Fprintf(w, "client id %s\t%s\n", r.ClientOrderID, placed)
			}
			if o := r.Order; o != nil {
				fmt.Fprintf(w, "order %d\t%s %s %s @ %s\t%s\n", o.OrderID, o.Side, o.Size, o.Market, o.Price, o.Status)
				fmt.Fprintf(w, "filled / open\t%s / %s\n", o.FilledSize, o.OpenSize)
				if o.Reason != "" {
					fmt.Fprintf(w, "reason\t%s\n", o.Reason)
				}
			} else {
				fmt.Fprintf(w, "order\tnot known to the gateway (not live; no history database)\n")
			}
		})
	case "cancel":
		r, err := u.c.Cancel(cctx, ref)
		if err != nil {
			return err
		}
		return u.print(r, func(w io.Writer) {
			fmt.Fprintf(w, "order %d\tcanceled %s\n", r.OrderID, r.CanceledSize)
		})
	default:
		r, err := u.c.CancelAll(cctx, *market, *side)
		if err != nil {
			return err
		}
		return u.print(r, func(w io.Writer) {
			fmt.Fprintf(w, "canceled\t%d orders %v\n", len(r.Canceled), r.Canceled)
		})
	}
}

func hasMarket(ms []client.Market, symbol string) bool {
	for _, m := range ms {
		if m.Symbol == symbol {
			return true
		}
	}
	return false
}

func (u *user) book(ctx context.Context, args []string) error {
	fs, f := newUserFlags("book", u.env, u.stderr, "book SYMBOL [--depth N]")
	u.f = f
	depth := fs.Int("depth", 10, "levels per side")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return badInput("give one market symbol")
	}
	if *depth < 1 || *depth > 5000 {
		return badInput("--depth %d: from 1 to 5000", *depth)
	}
	u.rest = &client.REST{BaseURL: f.gateway}
	if _, err := client.WSURL(f.gateway); err != nil {
		return inputError{err}
	}
	cctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	b, err := u.rest.Book(cctx, pos[0], *depth)
	var ae *client.Error
	if errors.As(err, &ae) && ae.Code == "unknown_market" {
		return badInput("unknown market %q", pos[0])
	}
	if err != nil {
		return err
	}
	return u.print(b, func(w io.Writer) {
		fmt.Fprintf(w, "%s\tseq %d\n", b.Market, b.Seq)
		fmt.Fprintf(w, "side\tprice\tsize\n")
		for i := len(b.Asks) - 1; i >= 0; i-- {
			fmt.Fprintf(w, "ask\t%s\t%s\n", b.Asks[i][0], b.Asks[i][1])
		}
		for _, l := range b.Bids {
			fmt.Fprintf(w, "bid\t%s\t%s\n", l[0], l[1])
		}
		if len(b.Asks)+len(b.Bids) == 0 {
			fmt.Fprintf(w, "(empty)\n")
		}
	})
}

// signedIn parses a gateway command's flags and signs in.
func (u *user) signedIn(ctx context.Context, name, usage string, args []string, more func(fs *flag.FlagSet)) error {
	fs, f := newUserFlags(name, u.env, u.stderr, usage)
	u.f = f
	if more != nil {
		more(fs)
	}
	if pos, err := parseInterspersed(fs, args); err != nil {
		return err
	} else if len(pos) != 0 {
		return badInput("unexpected arguments %q", pos)
	}
	return u.login(ctx)
}

func (u *user) balances(ctx context.Context, args []string) error {
	if err := u.signedIn(ctx, "balances", "balances", args, nil); err != nil {
		return err
	}
	bs, err := u.rest.Balances(ctx)
	if err != nil {
		return err
	}
	return u.print(map[string]any{"balances": bs}, func(w io.Writer) {
		fmt.Fprintf(w, "asset\tavailable\theld\n")
		for _, b := range bs {
			fmt.Fprintf(w, "%s\t%s\t%s\n", b.Asset, b.Available, b.Held)
		}
	})
}

func (u *user) orders(ctx context.Context, args []string) error {
	var all bool
	var limit int
	if err := u.signedIn(ctx, "orders", "orders [--all] [--limit N]", args, func(fs *flag.FlagSet) {
		fs.BoolVar(&all, "all", false, "every order the gateway's history has, not only the open ones")
		fs.IntVar(&limit, "limit", 100, "at most this many")
	}); err != nil {
		return err
	}
	list, err := u.rest.Orders(ctx, client.Page{Limit: limit}, !all)
	if err != nil {
		return err
	}
	return u.print(map[string]any{"orders": list}, func(w io.Writer) {
		fmt.Fprintf(w, "order\tclient id\tmarket\tside\tprice\tsize\tfilled\topen\tstatus\n")
		for _, o := range list {
			fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", o.OrderID, o.ClientOrderID, o.Market, o.Side, o.Price, o.Size, o.FilledSize, o.OpenSize, o.Status)
		}
	})
}

func (u *user) fills(ctx context.Context, args []string) error {
	var limit int
	if err := u.signedIn(ctx, "fills", "fills [--limit N]", args, func(fs *flag.FlagSet) {
		fs.IntVar(&limit, "limit", 100, "at most this many")
	}); err != nil {
		return err
	}
	fs, err := u.rest.Fills(ctx, client.Page{Limit: limit})
	if err != nil {
		return err
	}
	return u.print(map[string]any{"fills": fs}, func(w io.Writer) {
		fmt.Fprintf(w, "market\tfill\torder\tside\tprice\tsize\tfee\tliquidity\tsettlement\n")
		for _, f := range fs {
			fmt.Fprintf(w, "%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n", f.Market, f.FillID, f.OrderID, f.Side, f.Price, f.Size, f.Fee, f.Liquidity, f.Settlement)
		}
	})
}

// quietPeriod is how long settlement --once waits for more updates.
const quietPeriod = 300 * time.Millisecond

func (u *user) settlement(ctx context.Context, args []string) error {
	var once bool
	if err := u.signedIn(ctx, "settlement", "settlement [--once]", args, func(fs *flag.FlagSet) {
		fs.BoolVar(&once, "once", false, "print the current states and exit")
	}); err != nil {
		return err
	}
	evs := make(chan *client.Event, 1024)
	if err := u.c.SubscribePrivate(ctx, "settlement", func(ev *client.Event) {
		select {
		case evs <- ev:
		default: // the printer fell behind: the seq check below re-subscribes
		}
	}); err != nil {
		return err
	}
	header := false
	line := func(s client.Settlement) {
		if u.f.json {
			json.NewEncoder(u.stdout).Encode(s)
			return
		}
		if !header {
			fmt.Fprintf(u.stdout, "%-34s %8s %8s %-4s %-5s %10s %8s %-8s %6s %s\n", "market", "fill", "order", "side", "liq", "price", "size", "state", "batch", "reason")
			header = true
		}
		reason := ""
		if s.Reason != "" {
			reason = s.Reason + " (" + s.Party + ")"
		}
		batch := "-"
		if s.Batch != 0 {
			batch = strconv.FormatUint(s.Batch, 10)
		}
		fmt.Fprintf(u.stdout, "%-34s %8d %8d %-4s %-5s %10s %8s %-8s %6s %s\n", s.Market, s.FillID, s.OrderID, s.Side, s.Liquidity, s.Price, s.Size, s.State, batch, reason)
	}
	var seq uint64
	synced := false
	// --once: the state after the snapshot and the updates right behind it
	// (a gateway that starts following the account sends the snapshot it
	// has, then the updates since), printed once the stream is quiet.
	var state []client.Settlement
	keep := func(s client.Settlement) {
		for i := range state {
			if state[i].Market == s.Market && state[i].FillID == s.FillID && state[i].Liquidity == s.Liquidity {
				state = append(state[:i], state[i+1:]...)
				break
			}
		}
		state = append(state, s)
	}
	var quiet <-chan time.Time
	for {
		select {
		case <-quiet:
			for _, s := range state {
				line(s)
			}
			return nil
		case <-ctx.Done():
			return nil // interrupted: the normal end of following
		case <-u.c.Done():
			return fmt.Errorf("the gateway closed the connection: %v", u.c.Err())
		case ev := <-evs:
			switch ev.Type {
			case "snapshot":
				var ss []client.Settlement
				if err := json.Unmarshal(ev.Data, &ss); err != nil {
					return fmt.Errorf("settlement snapshot: %w", err)
				}
				seq, synced = ev.Seq, true
				if once {
					state = ss
					quiet = time.After(quietPeriod)
					continue
				}
				for _, s := range ss {
					line(s)
				}
			case "update":
				if !synced {
					continue // a fresh snapshot is on its way
				}
				if ev.Seq != seq+1 {
					fmt.Fprintf(u.stderr, "settlement: missed messages (seq %d after %d): re-subscribing\n", ev.Seq, seq)
					synced = false
					if err := u.c.SubscribePrivate(ctx, "settlement", nil); err != nil {
						return err
					}
					continue
				}
				var s client.Settlement
				if err := json.Unmarshal(ev.Data, &s); err != nil {
					return fmt.Errorf("settlement update: %w", err)
				}
				seq = ev.Seq
				if once {
					keep(s)
					quiet = time.After(quietPeriod)
					continue
				}
				line(s)
			}
		}
	}
}

func choose(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}
