package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/contracts/deploy"
)

// The holder's DeFi commands (docs/defi.md): wrap a reservation's GPU-hour
// tokens into its ERC-20 (WrappedGPUHour, 18 decimals) for a lending
// market, and unwrap them back.

// wrapResult is what wrap and unwrap print.
type wrapResult struct {
	Action  string `json:"action"` // "wrapped" or "unwrapped"
	Account string `json:"account"`
	To      string `json:"to"`
	Market  string `json:"market"`
	Wrapper string `json:"wrapper"`
	Symbol  string `json:"symbol"`
	// Amount is in GPU-hour tokens; the wrapper's balances after the
	// transaction are in its ERC-20 units (18 decimals) and in whole
	// tokens.
	Amount      string `json:"amount"`
	Units       string `json:"units"`
	Tokens      string `json:"tokens"`
	Transaction string `json:"transaction"`
	Block       uint64 `json:"block"`
}

var (
	wfB   = bindings.NewGPUHourWrapperFactory()
	wrapB = bindings.NewWrappedGPUHour()
)

// wrap runs hourglass wrap and hourglass unwrap.
func (u *user) wrap(ctx context.Context, cmd string, args []string) error {
	var market, amount, to string
	usage := cmd + " --market SYMBOL|TOKEN_ID --amount N [--to ADDRESS]"
	if err := u.providerFlags(cmd, usage, args, func(fs *flag.FlagSet) {
		fs.StringVar(&market, "market", "", "the reservation: its symbol or token id")
		fs.StringVar(&amount, "amount", "", "GPU-hour tokens (whole)")
		fs.StringVar(&to, "to", "", "who gets the "+map[string]string{"wrap": "wrapped units", "unwrap": "tokens"}[cmd]+" (default: the key's account)")
	}); err != nil {
		return err
	}
	m, err := parseReservation(market)
	if err != nil {
		return err
	}
	n, err := strconv.ParseUint(amount, 10, 63)
	if err != nil || n == 0 {
		return badInput("--amount %q: want a whole number of GPU-hour tokens, at least 1", amount)
	}
	if to != "" && !common.IsHexAddress(to) {
		return badInput("--to %q is not an address", to)
	}
	s, err := u.vaultChain(ctx)
	if err != nil {
		return err
	}
	if s.ch.WrapperFactory == (common.Address{}) {
		return fmt.Errorf("this exchange's deployment has no wrapper factory (GET /v1/chain lists no wrapper_factory)")
	}
	dest := s.from
	if to != "" {
		dest = common.HexToAddress(to)
	}
	wrapper := deploy.WrapperAddress(s.ch.WrapperFactory, s.ch.Token, m.id)
	wi := wrapB.Instance(s.b, wrapper)
	amt := new(big.Int).SetUint64(n)
	units := new(big.Int).Mul(amt, big.NewInt(1e18))
	code, err := s.b.CodeAt(ctx, wrapper, nil)
	if err != nil {
		return fmt.Errorf("reading the wrapper at %s: %w", wrapper, err)
	}
	var data []byte
	inst := s.ti
	switch cmd {
	case "wrap":
		have, err := s.tokenBalance(ctx, s.from, m.id.Big())
		if err != nil {
			return err
		}
		if have.Cmp(amt) < 0 {
			return fmt.Errorf("%s holds %s tokens of %s, less than %d (tokens in the exchange must be withdrawn first)", s.from, have, m.symbol, n)
		}
		if len(code) == 0 { // the first to wrap creates it (anyone may)
			if _, err := s.send(ctx, "create the wrapper", wfB.Instance(s.b, s.ch.WrapperFactory), wfB.PackCreate(m.id.Big())); err != nil {
				return err
			}
		}
		var payload []byte
		if dest != s.from {
			payload = common.LeftPadBytes(dest.Bytes(), 32)
		}
		data = s.tb.PackSafeTransferFrom(s.from, wrapper, m.id.Big(), amt, payload)
	default:
		if len(code) == 0 {
			return fmt.Errorf("%s has no wrapper yet (%s): nothing of it is wrapped", m.symbol, wrapper)
		}
		have, err := bind.Call(wi, s.opts(ctx), wrapB.PackBalanceOf(s.from), wrapB.UnpackBalanceOf)
		if err != nil {
			return fmt.Errorf("reading the wrapped balance: %w", err)
		}
		if have.Cmp(units) < 0 {
			return fmt.Errorf("%s holds %s wrapped units of %s, less than the %s of %d tokens", s.from, have, m.symbol, units, n)
		}
		inst, data = wi, wrapB.PackUnwrap(amt, dest)
	}
	r, err := s.send(ctx, cmd, inst, data)
	if err != nil {
		return err
	}
	bal, err := bind.Call(wi, s.opts(ctx), wrapB.PackBalanceOf(s.from), wrapB.UnpackBalanceOf)
	if err != nil {
		return fmt.Errorf("reading the wrapped balance: %w", err)
	}
	sym, err := bind.Call(wi, s.opts(ctx), wrapB.PackSymbol(), wrapB.UnpackSymbol)
	if err != nil {
		return fmt.Errorf("reading the wrapper's symbol: %w", err)
	}
	res := wrapResult{Action: cmd + "ped", Account: s.from.Hex(), To: dest.Hex(), Market: m.symbol, Wrapper: wrapper.Hex(), Symbol: sym,
		Amount: amt.String(), Units: bal.String(), Tokens: new(big.Int).Div(bal, big.NewInt(1e18)).String(),
		Transaction: r.TxHash.Hex(), Block: r.BlockNumber.Uint64()}
	return u.print(res, func(w io.Writer) {
		fmt.Fprintf(w, "%s %s GPU-hours of %s to %s (transaction %s, block %d)\n", res.Action, res.Amount, res.Market, res.To, res.Transaction, res.Block)
		fmt.Fprintf(w, "%s at %s: %s holds %s units (%s whole GPU-hours)\n", res.Symbol, res.Wrapper, res.Account, res.Units, res.Tokens)
	})
}
