package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// The holder's lease commands (docs/delivery.md, "Tools"): list, status
// with the close reason's meaning, submit the signed spec, read and follow
// the job's logs, stop, complain about an hour. The gateway's lease endpoints through api/client;
// stop also closes the lease on-chain from the holder's wallet, the only
// account the vault lets close it holder_stopped.

const leaseUsageLine = "usage: hourglass lease list | status LEASE_ID | submit --spec FILE [--lease ID] | logs LEASE_ID [--stream stdout|stderr] [--follow] | stop LEASE_ID [--no-chain] | complain LEASE_ID --hour HOUR\n"

// gatewayError is a refusal of the gateway, shown with its code and
// message (errors.As still finds the *client.Error).
type gatewayError struct {
	what string
	e    *client.Error
}

func (g gatewayError) Error() string {
	return fmt.Sprintf("%s: the gateway refuses: %s (%d): %s", g.what, g.e.Code, g.e.Status, g.e.Message)
}

func (g gatewayError) Unwrap() error { return g.e }

// refused names what a gateway error refused.
func refused(what string, err error) error {
	var ce *client.Error
	if errors.As(err, &ce) {
		return gatewayError{what, ce}
	}
	return fmt.Errorf("%s: %w", what, err)
}

// gatewayCode is the gateway's code of err ("" when it is none of the
// gateway's refusals).
func gatewayCode(err error) string {
	var ce *client.Error
	if errors.As(err, &ce) {
		return ce.Code
	}
	return ""
}

// reasonMeanings say what each close reason means for the holder
// (docs/delivery.md, "Lease states"); TestLeaseReasonMeanings checks that
// every reason has one.
var reasonMeanings = map[lease.Reason]string{
	lease.Completed:            "the window ended with the job running; the agent stopped it: every hour was delivered",
	lease.HolderStopped:        "the holder stopped the lease before its end",
	lease.SpecInvalid:          "the job spec cannot run (no command, malformed env, a command that does not exist, a hash that does not match)",
	lease.ImageUnavailable:     "the image could not be found or fetched by its digest",
	lease.NodeLost:             "the node went silent mid-lease (the redeemer's verdict)",
	lease.GPUFault:             "a GPU of the lease failed or is gone from the node",
	lease.ProviderStopped:      "the provider stopped the lease before its end",
	lease.ProviderNeverStarted: "the window began and the provider's agent never started the job (the redeemer's verdict)",
	lease.JobExited:            "the job ended by itself inside the window (the history's detail gives its exit code)",
	lease.StartFailed:          "the executor failed to start the job for a reason of the provider's own",
	lease.SpecMissing:          "the window began and no job spec matching the lease's spec hash had been submitted (hourglass lease submit)",
}

// reasonMeaning is a close reason's meaning, with whose fault it is.
func reasonMeaning(name string) string {
	r, ok := lease.ParseReason(name)
	if !ok {
		return ""
	}
	m := reasonMeanings[r]
	switch {
	case r.ProviderFault():
		m += "; the provider's fault: its collateral pays for the undelivered hours"
	case r != lease.Completed && r != lease.JobExited:
		m += "; the holder's side: the undelivered hours are not paid back"
	}
	return m
}

// leaseMarket names a lease's instrument (decimal token id) by its symbol.
func leaseMarket(inst string) string {
	n, ok := new(big.Int).SetString(inst, 10)
	if !ok {
		return inst
	}
	id, err := instrument.FromBig(n)
	if err != nil {
		return inst
	}
	in, err := instrument.Decode(id)
	if err != nil {
		return "0x" + n.Text(16)
	}
	return in.Symbol()
}

// leaseID reads a LEASE_ID argument.
func leaseID(pos []string) (string, error) {
	if len(pos) != 1 {
		return "", badInput("give one LEASE_ID (hourglass lease list shows them)")
	}
	if !lease.ValidID(pos[0]) {
		return "", badInput("%q is not a lease id (the ids redeem prints: 1, 2, ...)", pos[0])
	}
	return pos[0], nil
}

// lease runs the lease commands.
func (u *user) lease(ctx context.Context, args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fmt.Fprint(u.stderr, leaseUsageLine)
		return errUsage
	}
	switch args[0] {
	case "list":
		return u.leaseList(ctx, args[1:])
	case "status":
		return u.leaseStatus(ctx, args[1:])
	case "submit":
		return u.leaseSubmit(ctx, args[1:])
	case "logs":
		return u.leaseLogs(ctx, args[1:])
	case "stop":
		return u.leaseStop(ctx, args[1:])
	case "complain":
		return u.leaseComplain(ctx, args[1:])
	}
	fmt.Fprintf(u.stderr, "hourglass lease: unknown action %q\n%s", args[0], leaseUsageLine)
	return errUsage
}

// leaseFlags parses a lease command's flags and returns its positional
// arguments.
func (u *user) leaseFlags(name, usage string, args []string, more func(fs *flag.FlagSet)) ([]string, error) {
	fs, f := newUserFlags(name, u.env, u.stderr, usage)
	u.f = f
	if more != nil {
		more(fs)
	}
	return parseInterspersed(fs, args)
}

func (u *user) leaseList(ctx context.Context, args []string) error {
	pos, err := u.leaseFlags("lease list", "lease list", args, nil)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		return badInput("unexpected arguments %q", pos)
	}
	if err := u.login(ctx); err != nil {
		return err
	}
	cctx, cancel := context.WithTimeout(ctx, u.f.timeout)
	defer cancel()
	ls, err := u.rest.Leases(cctx)
	if err != nil {
		return refused("listing the leases", err)
	}
	if ls == nil {
		ls = []client.Lease{}
	}
	return u.print(map[string]any{"leases": ls}, func(w io.Writer) {
		if len(ls) == 0 {
			fmt.Fprintf(w, "no leases\t(hourglass redeem makes them)\n")
			return
		}
		fmt.Fprintf(w, "lease\tmarket\tgpus\tstart\thours\tspec\tstate\treason\tchain\n")
		for _, l := range ls {
			spec := "missing"
			if l.SpecAccepted {
				spec = "accepted"
			}
			fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%d\t%s\t%s\t%s\t%s\n", l.ID, leaseMarket(l.Instrument), l.GPUs, shortTime(l.WindowStart), l.Hours,
				spec, l.State, dash(l.Reason), chainState(l))
		}
	})
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func chainState(l client.Lease) string {
	if l.ChainReason != "" {
		return l.ChainState + " " + l.ChainReason
	}
	return l.ChainState
}

// shortTime writes the gateway's RFC 3339 time to the second.
func shortTime(s string) string {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return s
	}
	return t.UTC().Format(time.RFC3339)
}

// leaseView is what lease status prints with --json: the gateway's lease
// and the close reason's meaning.
type leaseView struct {
	client.Lease
	Market        string `json:"market"`
	ReasonMeaning string `json:"reason_meaning,omitempty"`
}

func (u *user) leaseStatus(ctx context.Context, args []string) error {
	pos, err := u.leaseFlags("lease status", "lease status LEASE_ID", args, nil)
	if err != nil {
		return err
	}
	id, err := leaseID(pos)
	if err != nil {
		return err
	}
	if err := u.login(ctx); err != nil {
		return err
	}
	cctx, cancel := context.WithTimeout(ctx, u.f.timeout)
	defer cancel()
	l, err := u.rest.Lease(cctx, id)
	if err != nil {
		return refused("lease "+id, err)
	}
	v := leaseView{Lease: l, Market: leaseMarket(l.Instrument), ReasonMeaning: reasonMeaning(l.Reason)}
	return u.print(v, func(w io.Writer) {
		st := l.State
		if l.Reason != "" {
			st += " " + l.Reason
		}
		fmt.Fprintf(w, "lease %s\t%s\n", l.ID, st)
		if v.ReasonMeaning != "" {
			fmt.Fprintf(w, "reason\t%s: %s\n", l.Reason, v.ReasonMeaning)
		}
		fmt.Fprintf(w, "market\t%s\n", v.Market)
		fmt.Fprintf(w, "window\t%d GPUs x %d hours, %s to %s\n", l.GPUs, l.Hours, shortTime(l.WindowStart), shortTime(l.WindowEnd))
		fmt.Fprintf(w, "holder\t%s\n", l.Holder)
		fmt.Fprintf(w, "provider\t%s\n", l.Provider)
		switch {
		case l.SpecAccepted:
			fmt.Fprintf(w, "spec\taccepted (hash %s)\n", l.SpecHash)
		case l.State == "closed":
			fmt.Fprintf(w, "spec\tnone was accepted (hash %s)\n", l.SpecHash)
		default:
			fmt.Fprintf(w, "spec\tnot submitted yet: hourglass lease submit --spec FILE, before the window starts (hash %s)\n", l.SpecHash)
		}
		node := l.Node
		if node == "" {
			node = "not on a node yet (the redeemer hands it to the provider's agent once the spec is accepted)"
		}
		fmt.Fprintf(w, "node\t%s\n", node)
		fmt.Fprintf(w, "chain\t%s\n", chainState(l))
		if l.ChainState == "closed" && l.State != "closed" {
			fmt.Fprintf(w, "note\tthe chain has closed the lease; the redeemer has not (yet)\n")
		}
		if l.State == "assigned" && l.SpecAccepted {
			fmt.Fprintf(w, "next\tthe agent provisions the lease a few minutes before %s and starts the job at it\n", shortTime(l.WindowStart))
		}
		if d := l.Delivery; d != nil {
			fmt.Fprintf(w, "delivery\t%d GPU-hours delivered, %d undelivered", d.DeliveredGPUHours, d.UndeliveredGPUHours)
			if len(d.Reasons) > 0 {
				fmt.Fprintf(w, " (%s)", strings.Join(d.Reasons, ", "))
			}
			fmt.Fprintf(w, ", %d hours judged by the oracle\n", len(d.Hours))
		}
		for _, c := range l.Complaints {
			fmt.Fprintf(w, "complaint\thour %d (%s), filed %s\n", c.Hour, shortTime(c.HourStart), shortTime(c.FiledAt))
		}
		fmt.Fprintf(w, "history\n")
		for _, h := range l.History {
			why := h.Reason
			switch {
			case h.Reason != "" && h.Detail != "":
				why = h.Reason + ": " + h.Detail
			case h.Detail != "":
				why = h.Detail
			}
			fmt.Fprintf(w, "  %s\t%s -> %s\tby %s\t%s\n", shortTime(h.Time), h.From, h.To, h.Actor, why)
		}
	})
}

// readSignedSpec reads the signed spec file hourglass redeem and spec sign
// write, and checks it as the redeemer will: a valid spec, its EIP-712
// hash in the file's domain, signed by its holder. It returns the spec's
// JSON as the file has it.
func readSignedSpec(file string) (signedSpec, json.RawMessage, error) {
	var ss signedSpec
	if file == "" {
		return ss, nil, badInput("--spec FILE is required: the signed spec hourglass redeem --out (or spec sign) wrote")
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return ss, nil, badInput("--spec: %v", err)
	}
	var raw struct {
		Spec json.RawMessage `json:"spec"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&ss); err != nil {
		return ss, nil, badInput("%s is not a signed spec ({\"spec\", \"spec_hash\", \"signature\", \"chain_id\", \"vault\", \"lease_ids\"}, as hourglass redeem --out writes it): %v", file, err)
	}
	if err := json.Unmarshal(data, &raw); err != nil || len(raw.Spec) == 0 || raw.Spec[0] != '{' {
		return ss, nil, badInput("%s has no spec object", file)
	}
	if len(ss.Signature) == 0 || ss.ChainID == 0 || ss.Vault == (common.Address{}) || ss.SpecHash == (common.Hash{}) {
		return ss, nil, badInput("%s lacks its signature, chain_id, vault or spec_hash", file)
	}
	if err := ss.Spec.Validate(); err != nil {
		return ss, nil, badInput("%s: %v", file, err)
	}
	domain := service.Domain{ChainID: new(big.Int).SetUint64(ss.ChainID), Vault: ss.Vault}
	if h := ss.Spec.Hash(domain); h != ss.SpecHash {
		return ss, nil, badInput("%s: spec_hash_mismatch: the spec hashes to %s in its domain (chain %d, vault %s), the file says %s: the file was changed after signing; sign it again (hourglass spec sign)",
			file, h, ss.ChainID, ss.Vault, ss.SpecHash)
	}
	signer, err := service.RecoverSigner(ss.SpecHash, ss.Signature)
	if err != nil {
		return ss, nil, badInput("%s: spec_bad_signature: %v", file, err)
	}
	if signer != ss.Spec.Holder {
		return ss, nil, badInput("%s: spec_bad_signature: the signature is %s's, not the spec's holder %s", file, signer, ss.Spec.Holder)
	}
	return ss, raw.Spec, nil
}

// submitResult is one lease's answer to lease submit.
type submitResult struct {
	LeaseID string        `json:"lease_id"`
	Lease   *client.Lease `json:"lease,omitempty"`
	Error   *client.Error `json:"error,omitempty"`
}

func (u *user) leaseSubmit(ctx context.Context, args []string) error {
	var file, only string
	var wait time.Duration
	pos, err := u.leaseFlags("lease submit", "lease submit --spec FILE [--lease ID] [--wait D]", args, func(fs *flag.FlagSet) {
		fs.StringVar(&file, "spec", "", "the signed spec file hourglass redeem --out wrote")
		fs.StringVar(&only, "lease", "", "submit for this lease only (default: every lease id of the file)")
		fs.DurationVar(&wait, "wait", 30*time.Second, "how long to wait for the gateway to know the file's leases (a redemption's leases are known once the redeemer sees its block)")
	})
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		return badInput("unexpected arguments %q", pos)
	}
	ss, raw, err := readSignedSpec(file)
	if err != nil {
		return err
	}
	var ids []string
	for _, n := range ss.LeaseIDs {
		ids = append(ids, strconv.FormatUint(n, 10))
	}
	if only != "" {
		if !lease.ValidID(only) {
			return badInput("--lease %q is not a lease id", only)
		}
		ids = []string{only}
	}
	if len(ids) == 0 {
		return badInput("%s names no lease_ids: give --lease ID (the ids hourglass redeem printed)", file)
	}
	// The spec carries its own signature: no sign-in.
	if err := u.connect(ctx); err != nil {
		return err
	}
	var out []submitResult
	var first error
	deadline := time.Now().Add(wait)
	for _, id := range ids {
		var l client.Lease
		for said := false; ; {
			cctx, cancel := context.WithTimeout(ctx, u.f.timeout)
			l, err = u.c.SubmitSpec(cctx, id, raw, ss.Signature)
			cancel()
			// A lease just redeemed is known once the redeemer sees its
			// block: wait for those the file names.
			if gatewayCode(err) != "unknown_lease" || only != "" || !time.Now().Before(deadline) {
				break
			}
			if !said {
				fmt.Fprintf(u.stderr, "lease submit: the gateway does not know lease %s yet (its redemption's block): waiting up to %s\n", id, wait)
				said = true
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(u.env.poll):
			}
		}
		r := submitResult{LeaseID: id}
		var ce *client.Error
		switch {
		case err == nil:
			r.Lease = &l
		case errors.As(err, &ce):
			r.Error = ce
			if first == nil {
				first = refused("submitting the spec for lease "+id, err)
			}
		default:
			return fmt.Errorf("submitting the spec for lease %s: %w", id, err)
		}
		out = append(out, r)
	}
	perr := u.print(map[string]any{"results": out}, func(w io.Writer) {
		for _, r := range out {
			if r.Error != nil {
				fmt.Fprintf(w, "lease %s\trefused: %s (%d): %s\n", r.LeaseID, r.Error.Code, r.Error.Status, r.Error.Message)
				continue
			}
			fmt.Fprintf(w, "lease %s\tspec accepted; %s, window %s to %s\n", r.LeaseID, r.Lease.State,
				shortTime(r.Lease.WindowStart), shortTime(r.Lease.WindowEnd))
		}
		if first == nil {
			fmt.Fprintf(w, "next\thourglass lease logs %s --follow (the job starts at the window's start)\n", ids[0])
		}
	})
	if first != nil {
		return first
	}
	return perr
}

func (u *user) leaseLogs(ctx context.Context, args []string) error {
	var stream string
	var follow bool
	pos, err := u.leaseFlags("lease logs", "lease logs LEASE_ID [--stream stdout|stderr] [--follow]", args, func(fs *flag.FlagSet) {
		fs.StringVar(&stream, "stream", "stdout", "stdout or stderr")
		fs.BoolVar(&follow, "follow", false, "keep reading until the lease is closed and its log read to the end (Ctrl-C stops)")
	})
	if err != nil {
		return err
	}
	id, err := leaseID(pos)
	if err != nil {
		return err
	}
	if stream != "stdout" && stream != "stderr" {
		return badInput("--stream %q: stdout or stderr", stream)
	}
	if err := u.login(ctx); err != nil {
		return err
	}
	write := func(lg client.LeaseLog) error {
		if lg.Data == "" {
			return nil
		}
		if u.f.json {
			return json.NewEncoder(u.stdout).Encode(lg)
		}
		_, err := io.WriteString(u.stdout, lg.Data)
		return err
	}
	get := func(off int64) (client.LeaseLog, error) {
		cctx, cancel := context.WithTimeout(ctx, u.f.timeout)
		defer cancel()
		return u.rest.LeaseLogs(cctx, id, client.LogQuery{Stream: stream, Offset: off, Limit: 1 << 20})
	}
	status := func() (client.Lease, error) {
		cctx, cancel := context.WithTimeout(ctx, u.f.timeout)
		defer cancel()
		return u.rest.Lease(cctx, id)
	}
	var off int64
	if !follow {
		for {
			lg, err := get(off)
			if err != nil {
				return refused("the logs of lease "+id, err)
			}
			if err := write(lg); err != nil {
				return err
			}
			if off = lg.Next; lg.Data == "" || off >= lg.Size {
				return nil
			}
		}
	}
	// Follow: read what there is, then poll; once the lease is closed,
	// read to the end once more and stop.
	closed := false
	said := ""
	say := func(s string) {
		if s != said {
			fmt.Fprintf(u.stderr, "lease logs: %s\n", s)
			said = s
		}
	}
	// A follower outlives its session when the holder signs in elsewhere
	// more often than the gateway keeps sessions per address (16): it
	// signs in again, once per lost session.
	relogged := false
	relogin := func(err error) (bool, error) {
		if !strings.HasPrefix(gatewayCode(err), "auth_") || relogged {
			return false, nil
		}
		relogged = true
		u.c.Close() // a connection signs in once: a new one
		u.c = nil
		if lerr := u.login(ctx); lerr != nil {
			return false, lerr
		}
		fmt.Fprintf(u.stderr, "lease logs: signed in again (%s)\n", gatewayCode(err))
		return true, nil
	}
	for {
		lg, err := get(off)
		if again, lerr := relogin(err); lerr != nil {
			return lerr
		} else if again {
			continue
		}
		if err == nil {
			relogged = false
		}
		switch {
		case ctx.Err() != nil:
			return nil // interrupted: the normal end of following
		case err == nil:
			if err := write(lg); err != nil {
				return err
			}
			off = lg.Next
			if lg.Data != "" && off < lg.Size {
				continue // more to read now
			}
		case gatewayCode(err) == "unavailable":
			// Not on a node yet (or its agent does not answer): wait.
		default:
			return refused("the logs of lease "+id, err)
		}
		if closed {
			l, _ := status()
			fmt.Fprintf(u.stderr, "lease logs: lease %s closed %s: %s\n", id, l.Reason, reasonMeaning(l.Reason))
			return nil
		}
		l, serr := status()
		if again, lerr := relogin(serr); lerr != nil {
			return lerr
		} else if again {
			l, serr = status()
		}
		switch {
		case ctx.Err() != nil:
			return nil
		case serr != nil && gatewayCode(serr) != "unavailable":
			return refused("lease "+id, serr)
		case serr == nil && l.State == "closed":
			closed = true // read to the end once more
			continue
		case serr == nil && l.State == "assigned":
			say(fmt.Sprintf("lease %s is assigned: the job starts at %s (waiting)", id, shortTime(l.WindowStart)))
		case serr == nil:
			say(fmt.Sprintf("lease %s is %s", id, l.State))
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(u.env.poll):
		}
	}
}

// stopResult is what lease stop prints.
type stopResult struct {
	LeaseID string `json:"lease_id"`
	// Gateway: stopping (asked now), already_stopped, or not_on_a_node
	// (nothing runs; the chain's close is what stops the lease).
	Gateway string `json:"gateway"`
	// Chain: closed (sent now), already_closed, skipped (--no-chain).
	Chain       string `json:"chain"`
	ChainReason string `json:"chain_reason,omitempty"`
	Transaction string `json:"transaction,omitempty"`
	Block       uint64 `json:"block,omitempty"`
}

func (u *user) leaseStop(ctx context.Context, args []string) error {
	var noChain bool
	pos, err := u.leaseFlags("lease stop", "lease stop LEASE_ID [--no-chain]", args, func(fs *flag.FlagSet) {
		fs.BoolVar(&noChain, "no-chain", false, "only ask the gateway to stop the job; send no closeLease from the wallet")
	})
	if err != nil {
		return err
	}
	id, err := leaseID(pos)
	if err != nil {
		return err
	}
	var chainID *big.Int
	if !noChain {
		n, perr := strconv.ParseUint(id, 10, 64)
		if perr != nil {
			return badInput("lease %s is not a chain lease (its id is not a number): give --no-chain to only ask the gateway", id)
		}
		chainID = new(big.Int).SetUint64(n)
	}
	if err := u.login(ctx); err != nil {
		return err
	}
	cctx, cancel := context.WithTimeout(ctx, u.f.timeout)
	defer cancel()
	// The lease first: someone else's or an unknown one is refused
	// before anything is asked or sent.
	l, err := u.rest.Lease(cctx, id)
	if err != nil {
		return refused("lease "+id, err)
	}
	if l.State == "closed" && l.Reason != "holder_stopped" {
		return refused("stopping lease "+id, &client.Error{Status: 409, Code: "lease_closed",
			Message: fmt.Sprintf("lease %s is closed %s: %s", id, l.Reason, reasonMeaning(l.Reason))})
	}
	res := stopResult{LeaseID: id, Gateway: "already_stopped", Chain: "skipped"}
	if l.State != "closed" {
		_, err := u.c.StopLease(cctx, id)
		switch code := gatewayCode(err); {
		case err == nil:
			res.Gateway = "stopping"
		case code == "lease_closed":
			res.Gateway = "already_stopped"
		case code == "unavailable" && !noChain && l.Node == "":
			// Not on a node: the chain's close is all there is to do
			// (the redeemer follows it).
			res.Gateway = "not_on_a_node"
		default:
			return refused("stopping lease "+id, err)
		}
	}
	if !noChain {
		s, err := u.vaultChain(ctx)
		if err != nil {
			return fmt.Errorf("the gateway %s; closing lease %s on-chain: %w", res.Gateway, id, err)
		}
		cl, err := bind.Call(s.vi, s.opts(ctx), s.vb.PackLease(chainID), s.vb.UnpackLease)
		if err != nil {
			return fmt.Errorf("reading lease %s on-chain: %w", id, err)
		}
		switch {
		case cl.Holder != s.from:
			return fmt.Errorf("lease %s on-chain is %s's, not %s's: the gateway and the chain disagree", id, cl.Holder, s.from)
		case lease.State(cl.State) == lease.Closed:
			res.Chain, res.ChainReason = "already_closed", lease.Reason(cl.Reason).String()
		default:
			r, err := s.send(ctx, "closeLease", s.vi, s.vb.PackCloseLease(chainID, uint8(lease.HolderStopped)))
			if err != nil {
				return fmt.Errorf("the gateway %s; closing lease %s on-chain: %w", res.Gateway, id, err)
			}
			res.Chain, res.ChainReason, res.Transaction, res.Block = "closed", "holder_stopped", r.TxHash.Hex(), r.BlockNumber.Uint64()
		}
	}
	return u.print(res, func(w io.Writer) {
		switch res.Gateway {
		case "stopping":
			fmt.Fprintf(w, "lease %s\tstopping: the agent stops the job (SIGTERM, grace, SIGKILL) and closes the lease holder_stopped\n", id)
		case "not_on_a_node":
			fmt.Fprintf(w, "lease %s\tnot on a node yet: nothing runs\n", id)
		default:
			fmt.Fprintf(w, "lease %s\talready stopped\n", id)
		}
		switch res.Chain {
		case "closed":
			fmt.Fprintf(w, "chain\tcloseLease(%s, holder_stopped): transaction %s (block %d)\n", id, res.Transaction, res.Block)
		case "already_closed":
			fmt.Fprintf(w, "chain\talready closed %s\n", res.ChainReason)
		default:
			fmt.Fprintf(w, "chain\tnothing sent (--no-chain): hourglass lease stop %s closes it on-chain\n", id)
		}
	})
}

// complainResult is lease complain's --json output: the complaint the
// gateway filed.
type complainResult = client.LeaseComplaint

// parseHour reads --hour: hours since 1970-01-01T00:00Z (lease status's
// start_hour unit, the oracle's epoch) or an RFC 3339 time inside the
// hour.
func parseHour(s string) (uint64, error) {
	if n, err := strconv.ParseUint(s, 10, 64); err == nil {
		return n, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil || t.Unix() < 0 {
		return 0, badInput("--hour %q: give the hour as hours since 1970 (lease status shows the window's first, start_hour) or an RFC 3339 time inside it", s)
	}
	return judge.EpochOf(t), nil
}

// leaseComplain files the holder's complaint that an hour of a lease was
// not delivered (docs/oracle.md, "The holder's word"): it signs
// Complaint(leaseId, hour) with the wallet's key under the DeliveryOracle's
// EIP-712 domain that GET /v1/chain names, and posts it.
func (u *user) leaseComplain(ctx context.Context, args []string) error {
	var hourArg string
	pos, err := u.leaseFlags("lease complain", "lease complain LEASE_ID --hour HOUR", args, func(fs *flag.FlagSet) {
		fs.StringVar(&hourArg, "hour", "", "the lease-hour: hours since 1970-01-01T00:00Z, or an RFC 3339 time inside it (required)")
	})
	if err != nil {
		return err
	}
	id, err := leaseID(pos)
	if err != nil {
		return err
	}
	if hourArg == "" {
		return badInput("--hour is required")
	}
	hour, err := parseHour(hourArg)
	if err != nil {
		return err
	}
	n, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return badInput("lease %s is not a chain lease (its id is not a number): the oracle judges chain leases only", id)
	}
	ks, err := u.key()
	if err != nil {
		return err
	}
	k, err := loadKeyInput(ks)
	if err != nil {
		return err
	}
	if err := u.login(ctx); err != nil {
		return err
	}
	cctx, cancel := context.WithTimeout(ctx, u.f.timeout)
	defer cancel()
	ch, err := u.rest.Chain(cctx)
	if err != nil {
		return refused("the gateway's chain", err)
	}
	if ch.Oracle == (common.Address{}) {
		return fmt.Errorf("the gateway names no DeliveryOracle (GET /v1/chain): no oracle judges the leases")
	}
	dom := judge.Domain{ChainID: new(big.Int).SetUint64(ch.ChainID), VerifyingContract: ch.Oracle}
	c, err := judge.SignComplaint(k, dom, n, hour)
	if err != nil {
		return err
	}
	res, err := u.rest.Complain(cctx, id, hour, c.Signature)
	if err != nil {
		return refused(fmt.Sprintf("complaining about hour %d of lease %s", hour, id), err)
	}
	return u.print(res, func(w io.Writer) {
		fmt.Fprintf(w, "lease %s\thour %d (%s): complaint filed %s\n", id, res.Hour, shortTime(res.HourStart), shortTime(res.FiledAt))
		fmt.Fprintf(w, "oracle\tcounted when the hour is judged: the hour is undelivered only where the reporters' own evidence showed a problem in it\n")
	})
}
