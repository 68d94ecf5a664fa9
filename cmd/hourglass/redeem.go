package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api/wallet"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// The holder's commands: redeem tokens for a lease with a job spec, and
// hash or sign a spec (redeemer/service's JobSpec, EIP-712).

// signedSpec is what the holder submits to the gateway for each lease of
// a redemption (hourglass lease submit, with the gateway's
// lease.submit_spec): the spec, its hash and the holder's signature.
type signedSpec struct {
	Spec      service.JobSpec `json:"spec"`
	SpecHash  common.Hash     `json:"spec_hash"`
	Signature hexutil.Bytes   `json:"signature"`
	ChainID   uint64          `json:"chain_id"`
	Vault     common.Address  `json:"vault"`
	LeaseIDs  []uint64        `json:"lease_ids,omitempty"`
}

// specFlags are the flags that fill a spec's redemption fields.
type specFlags struct {
	spec, market, startHour, out string
	gpus, hours                  int64
}

func (sf *specFlags) add(fs *flag.FlagSet, redeem bool) {
	fs.StringVar(&sf.spec, "spec", "", "the job spec, a JSON file: image (by digest, or empty for the process executor), command, env, sshPublicKey; holder, instrument, startHour, hours and gpus may be left out and come from the flags and the key")
	fs.StringVar(&sf.market, "market", "", "the reservation: its symbol or token id"+choose(redeem, "", " (default: the spec's instrument)"))
	fs.Int64Var(&sf.gpus, "gpus", 0, "GPUs"+choose(redeem, "", " (default: the spec's)"))
	fs.Int64Var(&sf.hours, "hours", 0, "hours"+choose(redeem, "", " (default: the spec's)"))
	fs.StringVar(&sf.startHour, "start-hour", "", "the lease's first hour: hours since the Unix epoch, or a whole UTC hour (2027-01-04T06:00:00Z)"+choose(redeem, "", " (default: the spec's)"))
	fs.StringVar(&sf.out, "out", "", "write the signed spec to this file"+choose(redeem, " (default: print it with the result)", " (default: stdout)"))
}

// parseStartHour reads hours since the epoch or an RFC 3339 whole hour.
func parseStartHour(s string) (uint32, error) {
	if n, err := strconv.ParseUint(s, 10, 32); err == nil {
		return uint32(n), nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return 0, badInput("--start-hour %q: want hours since the Unix epoch or a time like 2027-01-04T06:00:00Z", s)
	}
	h, err := instrument.EpochHour(t)
	if err != nil {
		return 0, badInput("--start-hour %q: %v", s, err)
	}
	return h, nil
}

// loadSpec reads a spec file and fills and checks its redemption fields
// against the flags: a field given in both must agree.
func loadSpec(sf *specFlags, holder common.Address) (service.JobSpec, error) {
	js, err := readSpec(sf, holder)
	if err != nil {
		return js, err
	}
	conflict := sf.conflict
	if sf.market != "" {
		m, err := parseReservation(sf.market)
		if err != nil {
			return js, err
		}
		if js.Instrument != (instrument.ID{}) && js.Instrument != m.id {
			return js, conflict("instrument", js.Instrument, m.id)
		}
		js.Instrument = m.id
	}
	if sf.gpus != 0 {
		if err := parseCount("gpus", sf.gpus, math.MaxUint32); err != nil {
			return js, err
		}
		if js.GPUs != 0 && int64(js.GPUs) != sf.gpus {
			return js, conflict("gpus", js.GPUs, sf.gpus)
		}
		js.GPUs = uint32(sf.gpus)
	}
	if sf.hours != 0 {
		if err := parseCount("hours", sf.hours, math.MaxUint16); err != nil {
			return js, err
		}
		if js.Hours != 0 && int64(js.Hours) != sf.hours {
			return js, conflict("hours", js.Hours, sf.hours)
		}
		js.Hours = uint16(sf.hours)
	}
	if sf.startHour != "" {
		h, err := parseStartHour(sf.startHour)
		if err != nil {
			return js, err
		}
		if js.StartHour != 0 && js.StartHour != h {
			return js, conflict("startHour", js.StartHour, h)
		}
		js.StartHour = h
	}
	for _, req := range []struct {
		name string
		zero bool
	}{{"holder", js.Holder == (common.Address{})}, {"instrument (--market)", js.Instrument == (instrument.ID{})},
		{"gpus", js.GPUs == 0}, {"hours", js.Hours == 0}, {"startHour (--start-hour)", js.StartHour == 0}} {
		if req.zero {
			return js, badInput("the spec has no %s: put it in %s or give it on the command line", req.name, sf.spec)
		}
	}
	if err := js.Validate(); err != nil {
		return js, badInput("--spec %s: %v", sf.spec, err)
	}
	in, err := instrument.Decode(js.Instrument)
	if err != nil || in.Kind != instrument.Reservation {
		return js, badInput("the spec's instrument %s is not a reservation", js.Instrument)
	}
	if js.StartHour < in.WindowStart || uint64(js.StartHour)+uint64(js.Hours) > uint64(in.WindowStart)+uint64(in.WindowHours) {
		return js, badInput("hours %d to %d are not inside %s's window (hours %d to %d, %s to %s)", js.StartHour, uint64(js.StartHour)+uint64(js.Hours),
			in.Symbol(), in.WindowStart, uint64(in.WindowStart)+uint64(in.WindowHours),
			in.WindowStartTime().Format(time.RFC3339), in.WindowEnd().Format(time.RFC3339))
	}
	return js, nil
}

// readSpec reads the spec file --spec and fills its holder (the key's
// account, when not zero; the file's must agree).
func readSpec(sf *specFlags, holder common.Address) (service.JobSpec, error) {
	var js service.JobSpec
	if sf.spec == "" {
		return js, badInput("--spec FILE is required: the job spec (docs/delivery.md, \"The job spec\")")
	}
	data, err := os.ReadFile(sf.spec)
	if err != nil {
		return js, badInput("--spec: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&js); err != nil {
		return js, badInput("--spec %s is not a job spec: %v", sf.spec, err)
	}
	if holder != (common.Address{}) {
		if js.Holder != (common.Address{}) && js.Holder != holder {
			return js, sf.conflict("holder", js.Holder, holder.Hex()+" (the key's account)")
		}
		js.Holder = holder
	}
	return js, nil
}

// conflict is the error of a spec field the file and the command line
// give differently.
func (sf *specFlags) conflict(field string, file, flag any) error {
	return badInput("--spec %s says %s %v, the command line %v", sf.spec, field, file, flag)
}

// writeSigned writes the signed spec to file (0644: nothing secret in it).
func writeSigned(file string, ss signedSpec) error {
	b, err := json.MarshalIndent(ss, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(file, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing the signed spec: %w", err)
	}
	return nil
}

// redeemResult is what redeem prints.
type redeemResult struct {
	Holder      string      `json:"holder"`
	Market      string      `json:"market"`
	GPUs        uint32      `json:"gpus"`
	Hours       uint16      `json:"hours"`
	StartHour   uint32      `json:"start_hour"`
	Start       string      `json:"start"`
	SpecHash    string      `json:"spec_hash"`
	LeaseIDs    []uint64    `json:"lease_ids"`
	Leases      []leaseInfo `json:"leases"`
	Transaction string      `json:"transaction"`
	Block       uint64      `json:"block"`
	SignedSpec  *signedSpec `json:"signed_spec,omitempty"`
	SpecFile    string      `json:"signed_spec_file,omitempty"`
	providers   []common.Address
}

func (u *user) redeem(ctx context.Context, args []string) error {
	var sf specFlags
	fs, f := newUserFlags("redeem", u.env, u.stderr, "redeem --market SYMBOL|TOKEN_ID --gpus N --hours H --start-hour T --spec FILE [--out FILE]")
	u.f = f
	sf.add(fs, true)
	if pos, err := parseInterspersed(fs, args); err != nil {
		return err
	} else if len(pos) != 0 {
		return badInput("unexpected arguments %q", pos)
	}
	for _, req := range []struct {
		name string
		zero bool
	}{{"market", sf.market == ""}, {"gpus", sf.gpus == 0}, {"hours", sf.hours == 0}, {"start-hour", sf.startHour == ""}, {"spec", sf.spec == ""}} {
		if req.zero {
			return badInput("--%s is required", req.name)
		}
	}
	ks, err := u.key()
	if err != nil {
		return err
	}
	k, err := loadKeyInput(ks)
	if err != nil {
		return err
	}
	js, err := loadSpec(&sf, crypto.PubkeyToAddress(k.PublicKey))
	if err != nil {
		return err
	}
	m, _ := parseReservation(sf.market)
	s, err := u.vaultChain(ctx)
	if err != nil {
		return err
	}
	now, err := s.now(ctx)
	if err != nil {
		return err
	}
	if ltt := m.lastTradingTime(); !now.Before(ltt) {
		return badInput("%s can no longer be redeemed: its last trading time was %s (chain time now %s)", m.symbol, ltt.Format(time.RFC3339), now.Format(time.RFC3339))
	}
	need := new(big.Int).Mul(big.NewInt(int64(js.GPUs)), big.NewInt(int64(js.Hours)))
	have, err := s.tokenBalance(ctx, s.from, m.id.Big())
	if err != nil {
		return err
	}
	if have.Cmp(need) < 0 {
		return fmt.Errorf("%s holds %s tokens of %s, less than the %d x %d = %s GPU-hours to redeem (tokens in the exchange must be withdrawn first)",
			s.from, have, m.symbol, js.GPUs, js.Hours, need)
	}
	domain := service.Domain{ChainID: new(big.Int).SetUint64(s.ch.ChainID), Vault: s.vault}
	hash := js.Hash(domain)
	data := s.vb.PackRedeem(m.id.Big(), js.GPUs, js.Hours, js.StartHour, hash)
	// The vault's own refusals (beyond capacity, outside the window, ...)
	// come before anything is sent; only the token's missing approval,
	// which the next step gives, may remain.
	if _, err := bind.Call(s.vi, s.opts(ctx), data, s.vb.UnpackRedeem); err != nil {
		if name, _, ok := s.customError(err); !ok || name != "ERC1155MissingApprovalForAll" {
			return fmt.Errorf("the vault refuses this redemption: %s", s.revertReason(err))
		}
	}
	sig, err := service.SignSpec(js, domain, s.key)
	if err != nil {
		return err
	}
	if err := s.approveTokens(ctx); err != nil {
		return err
	}
	r, err := s.send(ctx, "redeem", s.vi, data)
	if err != nil {
		return err
	}
	res := redeemResult{Holder: s.from.Hex(), Market: m.symbol, GPUs: js.GPUs, Hours: js.Hours, StartHour: js.StartHour,
		Start: time.Unix(int64(js.StartHour)*3600, 0).UTC().Format(time.RFC3339), SpecHash: hash.Hex(),
		Transaction: r.TxHash.Hex(), Block: r.BlockNumber.Uint64(), LeaseIDs: []uint64{}, Leases: []leaseInfo{}}
	for _, l := range r.Logs {
		if l.Address != s.vault {
			continue
		}
		ev, err := s.vb.UnpackLeaseAssignedEvent(l)
		if err != nil {
			continue
		}
		res.LeaseIDs = append(res.LeaseIDs, ev.LeaseId.Uint64())
		res.Leases = append(res.Leases, leaseInfo{LeaseID: ev.LeaseId.Uint64(), Market: m.symbol, Holder: ev.Holder.Hex(),
			GPUs: uint32(ev.Gpus.Uint64()), StartHour: js.StartHour, Start: res.Start, Hours: js.Hours, State: "assigned",
			SpecHash: hexutil.Encode(ev.SpecHash[:])})
		res.providers = append(res.providers, ev.Provider)
	}
	if len(res.LeaseIDs) == 0 {
		return fmt.Errorf("redeem: transaction %s has no LeaseAssigned event of the vault %s", res.Transaction, s.vault)
	}
	ss := signedSpec{Spec: js, SpecHash: hash, Signature: sig, ChainID: s.ch.ChainID, Vault: s.vault, LeaseIDs: res.LeaseIDs}
	if sf.out != "" {
		if err := writeSigned(sf.out, ss); err != nil {
			return fmt.Errorf("the redemption is on chain (transaction %s, leases %v), but: %w; hourglass spec sign --spec %s writes it again",
				res.Transaction, res.LeaseIDs, err, sf.spec)
		}
		res.SpecFile = sf.out
	}
	res.SignedSpec = &ss
	return u.print(res, func(w io.Writer) {
		fmt.Fprintf(w, "redeemed\t%d GPUs x %d hours of %s from %s\n", res.GPUs, res.Hours, res.Market, res.Start)
		fmt.Fprintf(w, "transaction\t%s (block %d)\n", res.Transaction, res.Block)
		fmt.Fprintf(w, "spec hash\t%s\n", res.SpecHash)
		for i, l := range res.Leases {
			fmt.Fprintf(w, "lease %d\t%d GPUs from provider %s\n", l.LeaseID, l.GPUs, res.providers[i].Hex())
		}
		if res.SpecFile != "" {
			fmt.Fprintf(w, "signed spec\twritten to %s\n", res.SpecFile)
		} else {
			b, _ := json.Marshal(ss)
			fmt.Fprintf(w, "signed spec\t%s\n", b)
		}
		fmt.Fprintf(w, "next\tsubmit the signed spec for each lease to the gateway (lease.submit_spec) before the start\n")
	})
}

// loadKeyInput loads the command's key; a bad key is bad input.
func loadKeyInput(ks *wallet.KeySource) (*ecdsa.PrivateKey, error) {
	k, err := wallet.LoadKey(*ks)
	if err != nil {
		return nil, inputError{err}
	}
	return k, nil
}

func (u *user) spec(ctx context.Context, args []string) error {
	if len(args) == 0 || (args[0] != "hash" && args[0] != "sign") {
		fmt.Fprint(u.stderr, "usage: hourglass spec hash|sign --spec FILE [--market M --gpus N --hours H --start-hour T] [--chain-id N --vault ADDRESS] [--out FILE]\n")
		return errUsage
	}
	action := args[0]
	var sf specFlags
	var chainID uint64
	var vault, holder string
	fs, f := newUserFlags("spec "+action, u.env, u.stderr, "spec "+action+" --spec FILE [--market M --gpus N --hours H --start-hour T] [--chain-id N --vault ADDRESS]"+choose(action == "sign", " [--out FILE]", " [--holder ADDRESS]"))
	u.f = f
	sf.add(fs, false)
	fs.Uint64Var(&chainID, "chain-id", 0, "the chain id of the spec's EIP-712 domain (with --vault: no gateway or chain needed)")
	fs.StringVar(&vault, "vault", "", "the ProviderVault of the spec's EIP-712 domain (default: the token's minter, on the gateway's chain)")
	if action == "hash" {
		fs.StringVar(&holder, "holder", "", "the holder (default: the spec's)")
	}
	if pos, err := parseInterspersed(fs, args[1:]); err != nil {
		return err
	} else if len(pos) != 0 {
		return badInput("unexpected arguments %q", pos)
	}
	if vault != "" && !common.IsHexAddress(vault) {
		return badInput("--vault %q is not an address", vault)
	}
	if (chainID == 0) != (vault == "") {
		return badInput("give --chain-id and --vault together (or neither: they come from the gateway and the chain)")
	}
	var who common.Address
	var signKey *ecdsa.PrivateKey
	if action == "sign" {
		ks, err := u.key()
		if err != nil {
			return err
		}
		k, err := loadKeyInput(ks)
		if err != nil {
			return err
		}
		who, signKey = crypto.PubkeyToAddress(k.PublicKey), k
	} else if holder != "" {
		if !common.IsHexAddress(holder) {
			return badInput("--holder %q is not an address", holder)
		}
		who = common.HexToAddress(holder)
	}
	js, err := loadSpec(&sf, who)
	if err != nil {
		return err
	}
	domain := service.Domain{ChainID: new(big.Int).SetUint64(chainID), Vault: common.HexToAddress(vault)}
	if vault == "" {
		s, err := u.vaultChain(ctx)
		if err != nil {
			return err
		}
		domain = service.Domain{ChainID: new(big.Int).SetUint64(s.ch.ChainID), Vault: s.vault}
	}
	hash := js.Hash(domain)
	if action == "hash" {
		out := map[string]any{"spec_hash": hash.Hex(), "chain_id": domain.ChainID.Uint64(), "vault": domain.Vault.Hex()}
		return u.print(out, func(w io.Writer) {
			fmt.Fprintf(w, "spec hash\t%s\n", hash.Hex())
			fmt.Fprintf(w, "domain\tchain %d, vault %s\n", domain.ChainID.Uint64(), domain.Vault.Hex())
		})
	}
	sig, err := service.SignSpec(js, domain, signKey)
	if err != nil {
		return err
	}
	ss := signedSpec{Spec: js, SpecHash: hash, Signature: sig, ChainID: domain.ChainID.Uint64(), Vault: domain.Vault}
	if sf.out != "" {
		if err := writeSigned(sf.out, ss); err != nil {
			return err
		}
		fmt.Fprintf(u.stderr, "spec sign: wrote the signed spec to %s\n", sf.out)
		return nil
	}
	enc := json.NewEncoder(u.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(ss)
}
