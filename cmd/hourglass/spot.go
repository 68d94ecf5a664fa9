package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// The holder's standing spot specs (docs/api.md, "Spot job specs"): the
// job every spot lease of the account in a spot market runs when it has
// none of its own. hourglass order place --spec sets it before a buy in a
// spot market; hourglass spot spec set|show|withdraw manage it.

// parseSpot reads --market as a spot market.
func parseSpot(s string) (instrument.Instrument, instrument.ID, error) {
	if s == "" {
		return instrument.Instrument{}, instrument.ID{}, badInput("--market is required: a spot market's symbol (e.g. H100SXM-US-T1-SPOT+4h)")
	}
	in, err := parseInstrument(s)
	if err != nil {
		return in, instrument.ID{}, err
	}
	if in.Kind != instrument.Spot {
		return in, instrument.ID{}, badInput("--market %s is not a spot market: a spec with the order is for spot markets (a reservation's spec goes with hourglass redeem)", in.Symbol())
	}
	id, err := in.Encode()
	if err != nil {
		return in, id, badInput("--market %q: %v", s, err)
	}
	return in, id, nil
}

// loadSpotSpec reads the spec file --spec as a standing spec of spot
// market --market for holder: the market's instrument, its lease length
// as hours, start hour and GPUs 0 (whichever fill); the file may leave
// them out, and must agree where it gives them.
func loadSpotSpec(sf *specFlags, holder common.Address) (service.JobSpec, instrument.Instrument, error) {
	in, id, err := parseSpot(sf.market)
	if err != nil {
		return service.JobSpec{}, in, err
	}
	js, err := readSpec(sf, holder)
	if err != nil {
		return js, in, err
	}
	switch {
	case js.Instrument != (instrument.ID{}) && js.Instrument != id:
		return js, in, sf.conflict("instrument", js.Instrument, in.Symbol())
	case js.Hours != 0 && js.Hours != in.WindowHours:
		return js, in, sf.conflict("hours", js.Hours, fmt.Sprintf("%d (%s's lease length)", in.WindowHours, in.Symbol()))
	case js.StartHour != 0 || js.GPUs != 0:
		return js, in, badInput("--spec %s names start hour %d and %d GPUs: a spot spec leaves them 0 (whichever fill)", sf.spec, js.StartHour, js.GPUs)
	}
	js.Instrument, js.Hours = id, in.WindowHours
	if err := js.Validate(); err != nil {
		return js, in, badInput("--spec %s: %v", sf.spec, err)
	}
	return js, in, nil
}

// setSpotSpec signs the standing spec of --spec and --market with the
// key, under the vault's EIP-712 domain, and puts it at the gateway (the
// user is signed in).
func (u *user) setSpotSpec(ctx context.Context, sf *specFlags) (client.SpotSpec, error) {
	ks, err := u.key()
	if err != nil {
		return client.SpotSpec{}, err
	}
	k, err := loadKeyInput(ks)
	if err != nil {
		return client.SpotSpec{}, err
	}
	js, in, err := loadSpotSpec(sf, crypto.PubkeyToAddress(k.PublicKey))
	if err != nil {
		return client.SpotSpec{}, err
	}
	s, err := u.vaultChain(ctx)
	if err != nil {
		return client.SpotSpec{}, err
	}
	domain := service.Domain{ChainID: new(big.Int).SetUint64(s.ch.ChainID), Vault: s.vault}
	sig, err := service.SignSpec(js, domain, k)
	if err != nil {
		return client.SpotSpec{}, err
	}
	raw, err := json.Marshal(js)
	if err != nil {
		return client.SpotSpec{}, err
	}
	out, err := u.rest.SetSpotSpec(ctx, in.Symbol(), raw, sig)
	if err != nil {
		return client.SpotSpec{}, fmt.Errorf("setting the standing spec of %s: %w", in.Symbol(), err)
	}
	return out, nil
}

// printSpotSpecs writes standing specs for people.
func printSpotSpecs(w io.Writer, ss []client.SpotSpec) {
	if len(ss) == 0 {
		fmt.Fprintf(w, "no standing spot specs\n")
	}
	for _, s := range ss {
		var js service.JobSpec
		_ = json.Unmarshal(s.Spec, &js)
		job := strings.Join(js.Command, " ")
		if js.Image != "" {
			job = js.Image + " " + job
		}
		fmt.Fprintf(w, "%s\tspec %s\t%s\taccepted %s\n", s.Market, s.SpecHash, job, s.AcceptedAt)
	}
}

// spot serves hourglass spot spec set|show|withdraw.
func (u *user) spot(ctx context.Context, args []string) error {
	const usage = "usage: hourglass spot spec set --market SYMBOL --spec FILE | spot spec show | spot spec withdraw --market SYMBOL\n"
	if len(args) < 2 || args[0] != "spec" || (args[1] != "set" && args[1] != "show" && args[1] != "withdraw") {
		fmt.Fprint(u.stderr, usage)
		return errUsage
	}
	action := args[1]
	var sf specFlags
	fs, f := newUserFlags("spot spec "+action, u.env, u.stderr, strings.TrimSpace(strings.TrimPrefix(usage, "usage: hourglass ")))
	u.f = f
	if action != "show" {
		fs.StringVar(&sf.market, "market", "", "the spot market's symbol (e.g. H100SXM-US-T1-SPOT+4h)")
	}
	if action == "set" {
		fs.StringVar(&sf.spec, "spec", "", "the job spec, a JSON file: image (by digest, or empty for the process executor), command, env, sshPublicKey; holder, instrument and hours come from the key and the market, startHour and gpus are 0")
	}
	if pos, err := parseInterspersed(fs, args[2:]); err != nil {
		return err
	} else if len(pos) != 0 {
		return badInput("unexpected arguments %q", pos)
	}
	switch action {
	case "set":
		if sf.spec == "" {
			return badInput("--spec FILE is required: the job spec (docs/delivery.md, \"The job spec\")")
		}
		if _, _, err := parseSpot(sf.market); err != nil {
			return err
		}
	case "withdraw":
		if _, _, err := parseSpot(sf.market); err != nil {
			return err
		}
	}
	if err := u.login(ctx); err != nil {
		return err
	}
	cctx, cancel := context.WithTimeout(ctx, u.f.timeout)
	defer cancel()
	switch action {
	case "set":
		out, err := u.setSpotSpec(cctx, &sf)
		if err != nil {
			return err
		}
		return u.print(out, func(w io.Writer) { printSpotSpecs(w, []client.SpotSpec{out}) })
	case "withdraw":
		in, _, _ := parseSpot(sf.market)
		out, err := u.rest.WithdrawSpotSpec(cctx, in.Symbol())
		if err != nil {
			return err
		}
		return u.print(out, func(w io.Writer) { fmt.Fprintf(w, "%s\tstanding spec withdrawn\n", out.Market) })
	}
	ss, err := u.rest.SpotSpecs(cctx)
	if err != nil {
		return err
	}
	if ss == nil {
		ss = []client.SpotSpec{}
	}
	return u.print(ss, func(w io.Writer) { printSpotSpecs(w, ss) })
}
