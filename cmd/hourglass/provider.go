package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api/wallet"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// The provider's commands (docs/delivery.md, "Tools"): nodes, collateral,
// minting, burning and expiry in the ProviderVault, and what the provider
// owes. This file parses flags, checks what it can before sending, and
// prints; provider_chain.go speaks to the chain.

const providerUsage = `
delivery commands (the same flags; docs/delivery.md, "Tools"):
  provider     node register|list, collateral deposit|withdraw|status, mint, burn, positions, expire,
               agent (run the node agent: --dir DIR [--executor process|oci|docker])
  redeem       redeem a market's tokens for a lease, with a job spec file; prints the lease ids
  spec         hash | sign a job spec file (EIP-712, the holder's signature)
  wrap         wrap a reservation's tokens into its ERC-20 for lending markets (docs/defi.md)
  unwrap       unwrap them back to GPU-hour tokens
  lease        list | status | submit the signed spec | logs [--follow] | stop (the gateway, and closeLease on-chain)
  oracle       reporter (run one of the oracle's reporters: --dir DIR; docs/oracle.md)
`

// delivery runs the provider, redeem and spec commands.
func (u *user) delivery(ctx context.Context, cmd string, args []string) error {
	switch cmd {
	case "redeem":
		return u.redeem(ctx, args)
	case "spec":
		return u.spec(ctx, args)
	case "wrap", "unwrap":
		return u.wrap(ctx, cmd, args)
	case "lease":
		return u.lease(ctx, args)
	case "oracle":
		if len(args) == 0 || args[0] != "reporter" {
			fmt.Fprint(u.stderr, "usage: hourglass oracle reporter --dir DIR [--per-hour N] [--address] [flags]\n")
			return errUsage
		}
		return u.oracleReporter(ctx, args[1:])
	}
	usage := func() error {
		fmt.Fprint(u.stderr, "usage: hourglass provider node register|list | collateral deposit|withdraw|status | mint | burn | positions | expire | agent [flags]\n")
		return errUsage
	}
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return usage()
	}
	switch sub, rest := args[0], args[1:]; sub {
	case "node", "collateral":
		if len(rest) == 0 || strings.HasPrefix(rest[0], "-") {
			return usage()
		}
		switch sub + " " + rest[0] {
		case "node register":
			return u.nodeRegister(ctx, rest[1:])
		case "node list":
			return u.nodeList(ctx, rest[1:])
		case "collateral deposit", "collateral withdraw", "collateral status":
			return u.collateral(ctx, rest[0], rest[1:])
		}
		fmt.Fprintf(u.stderr, "hourglass provider %s: unknown action %q\n", sub, rest[0])
		return usage()
	case "mint", "burn":
		return u.mintBurn(ctx, sub, rest)
	case "positions":
		return u.positions(ctx, rest)
	case "expire":
		return u.expire(ctx, rest)
	case "agent":
		return u.providerAgent(ctx, rest)
	}
	fmt.Fprintf(u.stderr, "hourglass provider: unknown command %q\n", args[0])
	return usage()
}

// providerFlags parses a provider command's flags: the trader's, and more.
func (u *user) providerFlags(name, usage string, args []string, more func(fs *flag.FlagSet)) error {
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
	return nil
}

// providerTx is what a provider command that sends a transaction prints.
type providerTx struct {
	Action      string `json:"action"`
	Account     string `json:"account"`
	Vault       string `json:"vault"`
	Market      string `json:"market,omitempty"`
	Amount      string `json:"amount,omitempty"`
	Transaction string `json:"transaction"`
	Block       uint64 `json:"block"`
	// Collateral after the transaction, stablecoin units.
	Deposited string `json:"deposited,omitempty"`
	Locked    string `json:"locked,omitempty"`
	Note      string `json:"note,omitempty"`
}

func (u *user) printProviderTx(r providerTx) error {
	return u.print(r, func(w io.Writer) {
		fmt.Fprintf(w, "%s\t%s %s\n", r.Action, r.Amount, r.Market)
		fmt.Fprintf(w, "account\t%s\n", r.Account)
		fmt.Fprintf(w, "transaction\t%s (block %d)\n", r.Transaction, r.Block)
		if r.Deposited != "" {
			fmt.Fprintf(w, "collateral\t%s deposited, %s locked\n", r.Deposited, r.Locked)
		}
		if r.Note != "" {
			fmt.Fprintf(w, "note\t%s\n", r.Note)
		}
	})
}

// ---- nodes ----

func (u *user) nodeRegister(ctx context.Context, args []string) error {
	var nodeID, grade, keyAddr, keyFile string
	var gpus int64
	if err := u.providerFlags("provider node register", "provider node register --node-id ID --grade GRADE --gpus N (--key ADDRESS | --key-file FILE)", args, func(fs *flag.FlagSet) {
		fs.StringVar(&nodeID, "node-id", "", "the node's id: a name of at most 32 bytes, or 0x and 64 hex digits")
		fs.StringVar(&grade, "grade", "", "its GPUs' grade: MODEL-REGION-TIER (e.g. H100SXM-US-T1), a reservation's symbol, or a grade key")
		fs.Int64Var(&gpus, "gpus", 0, "how many GPUs of the grade the node has")
		fs.StringVar(&keyAddr, "key", "", "the address of the node agent's key")
		fs.StringVar(&keyFile, "key-file", "", "the node agent's key file (hex, as the agent writes node.key): its address is registered, the key stays here")
	}); err != nil {
		return err
	}
	id, err := parseNodeID(nodeID)
	if err != nil {
		return err
	}
	gradeKey, gname, err := parseGrade(grade)
	if err != nil {
		return err
	}
	if err := parseCount("gpus", gpus, math.MaxUint32); err != nil {
		return err
	}
	var key common.Address
	switch {
	case (keyAddr == "") == (keyFile == ""):
		return badInput("give --key ADDRESS or --key-file FILE (one of them): the node agent's key")
	case keyAddr != "":
		if !common.IsHexAddress(keyAddr) {
			return badInput("--key %q is not an address", keyAddr)
		}
		key = common.HexToAddress(keyAddr)
	default:
		k, err := crypto.LoadECDSA(keyFile)
		if err != nil {
			return badInput("--key-file %s: %v", keyFile, err)
		}
		key = crypto.PubkeyToAddress(k.PublicKey)
	}
	if key == (common.Address{}) {
		return badInput("--key is the zero address")
	}
	s, err := u.vaultChain(ctx)
	if err != nil {
		return err
	}
	n, err := bind.Call(s.vi, s.opts(ctx), s.vb.PackNode(s.from, id), s.vb.UnpackNode)
	if err != nil {
		return err
	}
	if st := nodeStatus(n.Status); st == "proposed" || st == "approved" {
		return badInput("node %s is already %s (%d GPUs of %s): hourglass provider node list", nodeIDString(id), st, n.Gpus, gradeName(n.GradeKey))
	}
	holder, err := bind.Call(s.vi, s.opts(ctx), s.vb.PackNodeKeyProvider(key), s.vb.UnpackNodeKeyProvider)
	if err != nil {
		return err
	}
	if holder != (common.Address{}) {
		return badInput("the key %s is already an approved node's key (provider %s): each node has a key of its own", key, holder)
	}
	r, err := s.send(ctx, "proposeNode", s.vi, s.vb.PackProposeNode(id, gradeKey, uint32(gpus), key))
	if err != nil {
		return err
	}
	res := nodeInfo{ID: nodeIDString(id), Grade: gname, GPUs: uint32(gpus), Key: key.Hex(), Status: "proposed"}
	out := struct {
		nodeInfo
		Account     string `json:"account"`
		Vault       string `json:"vault"`
		Transaction string `json:"transaction"`
		Block       uint64 `json:"block"`
		Note        string `json:"note"`
	}{res, s.from.Hex(), s.vault.Hex(), r.TxHash.Hex(), r.BlockNumber.Uint64(),
		"proposed: the registrar approves it (or rejects it); its GPUs count as capacity, and can back mints, once approved (hourglass provider node list)"}
	return u.print(out, func(w io.Writer) {
		fmt.Fprintf(w, "node %s\tproposed: %d GPUs of %s, agent key %s\n", res.ID, res.GPUs, res.Grade, res.Key)
		fmt.Fprintf(w, "account\t%s\n", out.Account)
		fmt.Fprintf(w, "transaction\t%s (block %d)\n", out.Transaction, out.Block)
		fmt.Fprintf(w, "next\tapproval is the registrar's: the GPUs become capacity once it approves the node (hourglass provider node list)\n")
	})
}

// nodeInfo is a node as node list prints it.
type nodeInfo struct {
	ID     string `json:"node_id"`
	Grade  string `json:"grade"`
	GPUs   uint32 `json:"gpus"`
	Key    string `json:"key"`
	Status string `json:"status"`
}

// providerView parses the flags of a command that reads a provider's
// state from the vault (--provider, --from-block) and connects to it.
func (u *user) providerView(ctx context.Context, name, whose string, args []string) (*vaultSession, common.Address, uint64, error) {
	var from uint64
	var provider string
	if err := u.providerFlags(name, name+" [--provider ADDRESS] [--from-block N]", args, func(fs *flag.FlagSet) {
		fs.StringVar(&provider, "provider", "", whose+" (default: the key's account)")
		fs.Uint64Var(&from, "from-block", 0, "read the vault's logs from this block")
	}); err != nil {
		return nil, common.Address{}, 0, err
	}
	if provider != "" && !common.IsHexAddress(provider) {
		return nil, common.Address{}, 0, badInput("--provider %q is not an address", provider)
	}
	s, err := u.vaultChain(ctx)
	if err != nil {
		return nil, common.Address{}, 0, err
	}
	who := s.from
	if provider != "" {
		who = common.HexToAddress(provider)
	}
	return s, who, from, nil
}

func (u *user) nodeList(ctx context.Context, args []string) error {
	s, who, from, err := u.providerView(ctx, "provider node list", "whose nodes", args)
	if err != nil {
		return err
	}
	topic := common.BytesToHash(who.Bytes())
	ls, err := s.logs(ctx, "NodeProposed", from, &topic, nil)
	if err != nil {
		return err
	}
	var nodes []nodeInfo
	seen := map[common.Hash]bool{}
	capacity := map[string]uint64{}
	var grades []string
	for _, l := range ls {
		if len(l.Topics) < 3 || seen[l.Topics[2]] {
			continue
		}
		seen[l.Topics[2]] = true
		n, err := bind.Call(s.vi, s.opts(ctx), s.vb.PackNode(who, l.Topics[2]), s.vb.UnpackNode)
		if err != nil {
			return err
		}
		g := gradeName(n.GradeKey)
		if _, ok := capacity[g]; !ok {
			c, err := bind.Call(s.vi, s.opts(ctx), s.vb.PackCapacity(who, n.GradeKey), s.vb.UnpackCapacity)
			if err != nil {
				return err
			}
			capacity[g] = c.Uint64()
			grades = append(grades, g)
		}
		nodes = append(nodes, nodeInfo{ID: nodeIDString(l.Topics[2]), Grade: g, GPUs: n.Gpus, Key: n.Key.Hex(), Status: nodeStatus(n.Status)})
	}
	return u.print(map[string]any{"provider": who.Hex(), "nodes": nodes, "capacity": capacity}, func(w io.Writer) {
		fmt.Fprintf(w, "node\tgrade\tgpus\tstatus\tagent key\n")
		for _, n := range nodes {
			fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%s\n", n.ID, n.Grade, n.GPUs, n.Status, n.Key)
		}
		if len(nodes) == 0 {
			fmt.Fprintf(w, "(none: hourglass provider node register)\n")
		}
		for _, g := range grades {
			fmt.Fprintf(w, "capacity %s\t%d GPUs approved\n", g, capacity[g])
		}
	})
}

// ---- collateral ----

func (u *user) collateral(ctx context.Context, action string, args []string) error {
	var amount string
	usage := "provider collateral " + action + choose(action == "status", "", " --amount DECIMAL")
	if err := u.providerFlags("provider collateral "+action, usage, args, func(fs *flag.FlagSet) {
		if action != "status" {
			fs.StringVar(&amount, "amount", "", "how much stablecoin (e.g. 1000.5)")
		}
	}); err != nil {
		return err
	}
	if action != "status" && amount == "" {
		return badInput("--amount is required")
	}
	s, err := u.vaultChain(ctx)
	if err != nil {
		return err
	}
	dec, err := bind.Call(s.ci, s.opts(ctx), s.cb.PackDecimals(), s.cb.UnpackDecimals)
	if err != nil {
		return fmt.Errorf("reading the stablecoin's decimals: %w", err)
	}
	account := func() (deposited, locked *big.Int, err error) {
		a, err := bind.Call(s.vi, s.opts(ctx), s.vb.PackAccount(s.from), s.vb.UnpackAccount)
		if err != nil {
			return nil, nil, err
		}
		return a.Deposited, a.Locked, nil
	}
	if action == "status" {
		d, l, err := account()
		if err != nil {
			return err
		}
		free := new(big.Int).Sub(d, l)
		out := map[string]string{"account": s.from.Hex(), "vault": s.vault.Hex(), "deposited": wallet.FormatAmount(d, dec),
			"locked": wallet.FormatAmount(l, dec), "free": wallet.FormatAmount(free, dec)}
		return u.print(out, func(w io.Writer) {
			fmt.Fprintf(w, "collateral\t%s deposited, %s locked, %s free to withdraw or mint against\n", out["deposited"], out["locked"], out["free"])
			fmt.Fprintf(w, "account\t%s\n", out["account"])
		})
	}
	units, err := wallet.ParseAmount(amount, dec)
	if err != nil {
		return err
	}
	var res providerTx
	if action == "deposit" {
		have, err := bind.Call(s.ci, s.opts(ctx), s.cb.PackBalanceOf(s.from), s.cb.UnpackBalanceOf)
		if err != nil {
			return err
		}
		if have.Cmp(units) < 0 {
			return fmt.Errorf("%s holds %s of the stablecoin, less than the %s to deposit", s.from, wallet.FormatAmount(have, dec), wallet.FormatAmount(units, dec))
		}
		allowance, err := bind.Call(s.ci, s.opts(ctx), s.cb.PackAllowance(s.from, s.vault), s.cb.UnpackAllowance)
		if err != nil {
			return err
		}
		if allowance.Cmp(units) < 0 {
			if _, err := s.send(ctx, "approve", s.ci, s.cb.PackApprove(s.vault, units)); err != nil {
				return err
			}
		}
		r, err := s.send(ctx, "depositCollateral", s.vi, s.vb.PackDepositCollateral(units))
		if err != nil {
			return err
		}
		res = providerTx{Action: "collateral deposited", Transaction: r.TxHash.Hex(), Block: r.BlockNumber.Uint64()}
	} else {
		d, l, err := account()
		if err != nil {
			return err
		}
		if free := new(big.Int).Sub(d, l); free.Cmp(units) < 0 {
			return fmt.Errorf("only %s of the collateral is free (%s deposited, %s locked behind minted tokens): burn unassigned tokens or wait for their expiry to free more",
				wallet.FormatAmount(free, dec), wallet.FormatAmount(d, dec), wallet.FormatAmount(l, dec))
		}
		r, err := s.send(ctx, "withdrawCollateral", s.vi, s.vb.PackWithdrawCollateral(units))
		if err != nil {
			return err
		}
		res = providerTx{Action: "collateral withdrawn", Transaction: r.TxHash.Hex(), Block: r.BlockNumber.Uint64()}
	}
	d, l, err := account()
	if err != nil {
		return err
	}
	res.Account, res.Vault, res.Amount, res.Market = s.from.Hex(), s.vault.Hex(), wallet.FormatAmount(units, dec), "USDC"
	res.Deposited, res.Locked = wallet.FormatAmount(d, dec), wallet.FormatAmount(l, dec)
	return u.printProviderTx(res)
}

// ---- minting and burning ----

func (u *user) mintBurn(ctx context.Context, action string, args []string) error {
	var market string
	var amount int64
	if err := u.providerFlags("provider "+action, "provider "+action+" --market SYMBOL|TOKEN_ID --amount N", args, func(fs *flag.FlagSet) {
		fs.StringVar(&market, "market", "", "the reservation: its symbol or token id")
		fs.Int64Var(&amount, "amount", 0, "GPU-hours (tokens)")
	}); err != nil {
		return err
	}
	m, err := parseReservation(market)
	if err != nil {
		return err
	}
	if err := parseCount("amount", amount, 1<<48-1); err != nil {
		return err
	}
	s, err := u.vaultChain(ctx)
	if err != nil {
		return err
	}
	id, n := m.id.Big(), big.NewInt(amount)
	now, err := s.now(ctx)
	if err != nil {
		return err
	}
	var res providerTx
	if action == "mint" {
		if !now.Before(m.in.WindowStartTime()) {
			return badInput("%s's window started at %s: it can no longer be minted", m.symbol, m.in.WindowStartTime().Format(time.RFC3339))
		}
		can, err := bind.Call(s.vi, s.opts(ctx), s.vb.PackMintable(s.from, id), s.vb.UnpackMintable)
		if err != nil {
			return err
		}
		if can.Cmp(n) < 0 {
			return fmt.Errorf("%s can mint %s GPU-hours of %s now, not %d: %s", s.from, can, m.symbol, amount, s.whyNotMintable(ctx, m))
		}
		r, err := s.send(ctx, "mint", s.vi, s.vb.PackMint(id, n))
		if err != nil {
			return err
		}
		res = providerTx{Action: "minted", Transaction: r.TxHash.Hex(), Block: r.BlockNumber.Uint64(),
			Note: "an obligation to deliver: unredeemed GPU-hours expire at the last trading time, " + m.lastTradingTime().Format(time.RFC3339) + " (hourglass provider expire)"}
	} else {
		un, err := bind.Call(s.vi, s.opts(ctx), s.vb.PackUnassigned(s.from, id), s.vb.UnpackUnassigned)
		if err != nil {
			return err
		}
		if un.Cmp(n) < 0 {
			return fmt.Errorf("%s has %s unassigned GPU-hours of %s (minted less burned, expired and assigned to leases), less than the %d to burn", s.from, un, m.symbol, amount)
		}
		have, err := s.tokenBalance(ctx, s.from, id)
		if err != nil {
			return err
		}
		if have.Cmp(n) < 0 {
			return fmt.Errorf("%s holds %s tokens of %s, less than the %d to burn: buy them back first", s.from, have, m.symbol, amount)
		}
		if err := s.approveTokens(ctx); err != nil {
			return err
		}
		r, err := s.send(ctx, "burn", s.vi, s.vb.PackBurn(id, n))
		if err != nil {
			return err
		}
		res = providerTx{Action: "burned", Transaction: r.TxHash.Hex(), Block: r.BlockNumber.Uint64()}
	}
	res.Account, res.Vault, res.Market, res.Amount = s.from.Hex(), s.vault.Hex(), m.symbol, fmt.Sprint(amount)
	a, err := bind.Call(s.vi, s.opts(ctx), s.vb.PackAccount(s.from), s.vb.UnpackAccount)
	if err == nil {
		if dec, derr := bind.Call(s.ci, s.opts(ctx), s.cb.PackDecimals(), s.cb.UnpackDecimals); derr == nil {
			res.Deposited, res.Locked = wallet.FormatAmount(a.Deposited, dec), wallet.FormatAmount(a.Locked, dec)
		}
	}
	return u.printProviderTx(res)
}

// whyNotMintable says what bounds a mint: the grade's price, capacity or
// collateral.
func (s *vaultSession) whyNotMintable(ctx context.Context, m reservation) string {
	grade := m.id.GradeKey().Big()
	rate, err := bind.Call(s.vi, s.opts(ctx), s.vb.PackCollateralPerGpuHour(grade), s.vb.UnpackCollateralPerGpuHour)
	if err != nil {
		return err.Error()
	}
	if rate.Sign() == 0 {
		return "the grade " + gradeName(grade) + " has no collateral rate: it is not tradable"
	}
	c, err := bind.Call(s.vi, s.opts(ctx), s.vb.PackCapacity(s.from, grade), s.vb.UnpackCapacity)
	if err != nil {
		return err.Error()
	}
	p, err := bind.Call(s.vi, s.opts(ctx), s.vb.PackPosition(s.from, m.id.Big()), s.vb.UnpackPosition)
	if err != nil {
		return err.Error()
	}
	free, err := bind.Call(s.vi, s.opts(ctx), s.vb.PackFreeCollateral(s.from), s.vb.UnpackFreeCollateral)
	if err != nil {
		return err.Error()
	}
	return fmt.Sprintf("capacity %s approved GPUs x %d hours (%s minted already); free collateral %s base units at %s per GPU-hour",
		c, m.in.WindowHours, p.Minted, free, rate)
}

// ---- obligations ----

// positionInfo is one instrument's obligation.
type positionInfo struct {
	Market     string `json:"market"`
	TokenID    string `json:"token_id"`
	Minted     uint64 `json:"minted"`
	Assigned   uint64 `json:"assigned"`
	Unassigned uint64 `json:"unassigned"`
	Locked     string `json:"collateral_locked"`
	// State: open (redeemable until LastTrading), expirable (past it, with
	// unassigned GPU-hours: hourglass provider expire), delivering (only
	// assigned hours left) or settled (nothing left).
	State       string `json:"state"`
	LastTrading string `json:"last_trading_time"`
}

// leaseInfo is a lease of the provider.
type leaseInfo struct {
	LeaseID   uint64 `json:"lease_id"`
	Market    string `json:"market"`
	Holder    string `json:"holder"`
	GPUs      uint32 `json:"gpus"`
	StartHour uint32 `json:"start_hour"`
	Start     string `json:"start"`
	Hours     uint16 `json:"hours"`
	State     string `json:"state"`
	Reason    string `json:"reason,omitempty"`
	SpecHash  string `json:"spec_hash"`
}

func (u *user) positions(ctx context.Context, args []string) error {
	s, who, from, err := u.providerView(ctx, "provider positions", "whose obligations", args)
	if err != nil {
		return err
	}
	now, err := s.now(ctx)
	if err != nil {
		return err
	}
	dec, err := bind.Call(s.ci, s.opts(ctx), s.cb.PackDecimals(), s.cb.UnpackDecimals)
	if err != nil {
		return err
	}
	topic := common.BytesToHash(who.Bytes())
	ls, err := s.logs(ctx, "Minted", from, &topic, nil)
	if err != nil {
		return err
	}
	positions := []positionInfo{}
	seen := map[common.Hash]bool{}
	for _, l := range ls {
		if len(l.Topics) < 3 || seen[l.Topics[2]] {
			continue
		}
		seen[l.Topics[2]] = true
		id := instrument.ID(l.Topics[2])
		p, err := bind.Call(s.vi, s.opts(ctx), s.vb.PackPosition(who, id.Big()), s.vb.UnpackPosition)
		if err != nil {
			return err
		}
		pi := positionInfo{TokenID: id.String(), Market: id.String(), Minted: p.Minted.Uint64(), Assigned: p.Assigned.Uint64(),
			Locked: wallet.FormatAmount(p.Locked, dec)}
		pi.Unassigned = pi.Minted - pi.Assigned
		var ltt time.Time
		if in, err := instrument.Decode(id); err == nil {
			pi.Market = in.Symbol()
			ltt = reservation{in: in}.lastTradingTime()
			pi.LastTrading = ltt.Format(time.RFC3339)
		}
		switch {
		case pi.Minted == 0:
			pi.State = "settled"
		case pi.Unassigned > 0 && now.Before(ltt):
			pi.State = "open"
		case pi.Unassigned > 0:
			pi.State = "expirable"
		default:
			pi.State = "delivering"
		}
		positions = append(positions, pi)
	}
	ls, err = s.logs(ctx, "LeaseAssigned", from, nil, &topic)
	if err != nil {
		return err
	}
	leases := []leaseInfo{}
	for _, l := range ls {
		if len(l.Topics) < 2 {
			continue
		}
		leaseID := l.Topics[1].Big()
		ls, err := bind.Call(s.vi, s.opts(ctx), s.vb.PackLease(leaseID), s.vb.UnpackLease)
		if err != nil {
			return err
		}
		li := leaseInfo{LeaseID: leaseID.Uint64(), Market: ls.Id.Text(16), Holder: ls.Holder.Hex(), GPUs: ls.Gpus, StartHour: ls.StartHour,
			Start: time.Unix(int64(ls.StartHour)*3600, 0).UTC().Format(time.RFC3339), Hours: ls.Hours,
			State: lease.State(ls.State).String(), SpecHash: hexutil.Encode(ls.SpecHash[:])}
		if id, err := instrument.FromBig(ls.Id); err == nil {
			li.Market = id.String()
			if in, err := instrument.Decode(id); err == nil {
				li.Market = in.Symbol()
			}
		}
		if ls.Reason != 0 {
			li.Reason = lease.Reason(ls.Reason).String()
		}
		leases = append(leases, li)
	}
	a, err := bind.Call(s.vi, s.opts(ctx), s.vb.PackAccount(who), s.vb.UnpackAccount)
	if err != nil {
		return err
	}
	out := map[string]any{"provider": who.Hex(), "deposited": wallet.FormatAmount(a.Deposited, dec), "locked": wallet.FormatAmount(a.Locked, dec),
		"positions": positions, "leases": leases}
	return u.print(out, func(w io.Writer) {
		fmt.Fprintf(w, "collateral\t%s deposited, %s locked\n", out["deposited"], out["locked"])
		fmt.Fprintf(w, "market\tminted\tassigned\tunassigned\tlocked\tstate\tlast trading\n")
		for _, p := range positions {
			fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%s\t%s\t%s\n", p.Market, p.Minted, p.Assigned, p.Unassigned, p.Locked, p.State, p.LastTrading)
		}
		if len(leases) > 0 {
			fmt.Fprintf(w, "lease\tmarket\tgpus\tstart\thours\tstate\treason\tholder\n")
			for _, l := range leases {
				fmt.Fprintf(w, "%d\t%s\t%d\t%s\t%d\t%s\t%s\t%s\n", l.LeaseID, l.Market, l.GPUs, l.Start, l.Hours, l.State, l.Reason, l.Holder)
			}
		}
	})
}

func (u *user) expire(ctx context.Context, args []string) error {
	var market, provider string
	if err := u.providerFlags("provider expire", "provider expire --market SYMBOL|TOKEN_ID [--provider ADDRESS]", args, func(fs *flag.FlagSet) {
		fs.StringVar(&market, "market", "", "the reservation: its symbol or token id")
		fs.StringVar(&provider, "provider", "", "whose unredeemed GPU-hours (default: the key's account; anyone may expire anyone's)")
	}); err != nil {
		return err
	}
	m, err := parseReservation(market)
	if err != nil {
		return err
	}
	if provider != "" && !common.IsHexAddress(provider) {
		return badInput("--provider %q is not an address", provider)
	}
	s, err := u.vaultChain(ctx)
	if err != nil {
		return err
	}
	who := s.from
	if provider != "" {
		who = common.HexToAddress(provider)
	}
	now, err := s.now(ctx)
	if err != nil {
		return err
	}
	if ltt := m.lastTradingTime(); now.Before(ltt) {
		return fmt.Errorf("%s trades and can be redeemed until %s (chain time now %s): its GPU-hours expire only then", m.symbol, ltt.Format(time.RFC3339), now.Format(time.RFC3339))
	}
	un, err := bind.Call(s.vi, s.opts(ctx), s.vb.PackUnassigned(who, m.id.Big()), s.vb.UnpackUnassigned)
	if err != nil {
		return err
	}
	if un.Sign() == 0 {
		return fmt.Errorf("%s has no unassigned GPU-hours of %s to expire", who, m.symbol)
	}
	r, err := s.send(ctx, "expire", s.vi, s.vb.PackExpire(who, m.id.Big()))
	if err != nil {
		return err
	}
	return u.printProviderTx(providerTx{Action: "expired", Account: who.Hex(), Vault: s.vault.Hex(), Market: m.symbol, Amount: un.String(),
		Transaction: r.TxHash.Hex(), Block: r.BlockNumber.Uint64(), Note: "the collateral locked for them is free again"})
}
