package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"time"
	"unicode"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/api/wallet"
	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// The chain side of the delivery commands (provider, redeem, spec): the
// ProviderVault, whose address is the token's MINTER(), and the token and
// stablecoin that GET /v1/chain names. Transactions are sent and waited
// for as api/wallet does for the trader commands, with the same progress
// lines on stderr.

// vaultSession is one delivery command's connection to the chain.
type vaultSession struct {
	u     *user
	b     wallet.Backend
	w     *wallet.Wallet // sends the session's transactions
	key   *ecdsa.PrivateKey
	from  common.Address
	ch    client.Chain
	vault common.Address

	vb         *bindings.ProviderVault
	tb         *bindings.GPUHourToken
	cb         *bindings.MockStablecoin
	vi, ti, ci *bind.BoundContract
}

// vaultChain loads the key, asks the gateway for its chain and connects
// to it, and finds the vault.
func (u *user) vaultChain(ctx context.Context) (*vaultSession, error) {
	b, k, ch, err := u.chain(ctx)
	if err != nil {
		return nil, err
	}
	if ch.Confirmations == 0 {
		ch.Confirmations = 1
	}
	w := wallet.New(b, k, wallet.Contracts{ChainID: new(big.Int).SetUint64(ch.ChainID), Exchange: ch.Exchange,
		Stablecoin: ch.Stablecoin, Token: ch.Token, Confirmations: ch.Confirmations})
	w.Progress, w.Poll = u.stderr, u.env.poll
	s := &vaultSession{u: u, b: b, w: w, key: k, from: crypto.PubkeyToAddress(k.PublicKey), ch: ch,
		vb: bindings.NewProviderVault(), tb: bindings.NewGPUHourToken(), cb: bindings.NewMockStablecoin()}
	s.ti = s.tb.Instance(b, ch.Token)
	s.ci = s.cb.Instance(b, ch.Stablecoin)
	s.vault, err = bind.Call(s.ti, s.opts(ctx), s.tb.PackMINTER(), s.tb.UnpackMINTER)
	if err != nil {
		return nil, fmt.Errorf("reading the token's minter (the ProviderVault) at %s: %w", ch.Token, err)
	}
	s.vi = s.vb.Instance(b, s.vault)
	// A token minted by an account, not a vault (a test harness), has no
	// vault to speak to.
	if _, err := bind.Call(s.vi, s.opts(ctx), s.vb.PackNextLeaseId(), s.vb.UnpackNextLeaseId); err != nil {
		return nil, fmt.Errorf("the token's minter %s is not a ProviderVault: %w", s.vault, err)
	}
	return s, nil
}

func (s *vaultSession) opts(ctx context.Context) *bind.CallOpts {
	return &bind.CallOpts{Context: ctx, From: s.from}
}

// now is the time of the chain's latest block.
func (s *vaultSession) now(ctx context.Context) (time.Time, error) {
	h, err := s.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, fmt.Errorf("reading the chain's latest block: %w", err)
	}
	return time.Unix(int64(h.Time), 0).UTC(), nil
}

// send signs and sends one call, then waits until it is mined and has the
// gateway's confirmations, reporting each step on stderr (api/wallet's
// Transact), with the vault's, the token's and the stablecoin's errors
// named.
func (s *vaultSession) send(ctx context.Context, what string, inst *bind.BoundContract, data []byte) (*types.Receipt, error) {
	return s.w.Transact(ctx, what, inst, data, s.revertReason)
}

// revertReason names a custom error of the vault, the token or the
// stablecoin in a failed estimate or call, if the error carries its data.
func (s *vaultSession) revertReason(err error) string {
	name, v, ok := s.customError(err)
	if !ok {
		return err.Error()
	}
	return fmt.Sprintf("reverted: %s %+v", name, v)
}

// customError decodes the contracts' custom error in err.
func (s *vaultSession) customError(err error) (string, any, bool) {
	var de interface{ ErrorData() any }
	if !errors.As(err, &de) {
		return "", nil, false
	}
	str, _ := de.ErrorData().(string)
	raw, derr := hexutil.Decode(str)
	if derr != nil || len(raw) < 4 {
		return "", nil, false
	}
	for _, unpack := range []func([]byte) (any, error){s.vb.UnpackError, s.tb.UnpackError, s.cb.UnpackError} {
		if v, uerr := unpack(raw); uerr == nil {
			t := reflect.TypeOf(v)
			if t.Kind() == reflect.Pointer {
				t = t.Elem()
			}
			name := t.Name()
			for _, c := range []string{"ProviderVault", "GPUHourToken", "MockStablecoin"} {
				name = strings.TrimPrefix(name, c)
			}
			return name, v, true
		}
	}
	return "", nil, false
}

// approveTokens gives the vault the holder's ERC-1155 approval (burn and
// redeem need it), unless it has it.
func (s *vaultSession) approveTokens(ctx context.Context) error {
	ok, err := bind.Call(s.ti, s.opts(ctx), s.tb.PackIsApprovedForAll(s.from, s.vault), s.tb.UnpackIsApprovedForAll)
	if err != nil {
		return fmt.Errorf("reading the token approval: %w", err)
	}
	if ok {
		return nil
	}
	_, err = s.send(ctx, "setApprovalForAll", s.ti, s.tb.PackSetApprovalForAll(s.vault, true))
	return err
}

// tokenBalance is what account holds of token id.
func (s *vaultSession) tokenBalance(ctx context.Context, account common.Address, id *big.Int) (*big.Int, error) {
	b, err := bind.Call(s.ti, s.opts(ctx), s.tb.PackBalanceOf(account, id), s.tb.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("reading the token balance: %w", err)
	}
	return b, nil
}

// logs are the vault's logs of event (by name) from block from on whose
// first indexed argument is topic1 and third is topic3 (nil: any).
func (s *vaultSession) logs(ctx context.Context, event string, from uint64, topic1 *common.Hash, topic3 *common.Hash) ([]types.Log, error) {
	ev, ok := s.vb.GetABI().Events[event]
	if !ok {
		return nil, fmt.Errorf("the vault's ABI has no event %s", event)
	}
	topics := [][]common.Hash{{ev.ID}, nil}
	if topic1 != nil {
		topics[1] = []common.Hash{*topic1}
	}
	if topic3 != nil {
		topics = append(topics, nil, []common.Hash{*topic3})
	}
	ls, err := s.b.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{s.vault}, Topics: topics})
	if err != nil {
		return nil, fmt.Errorf("reading the vault's %s logs: %w", event, err)
	}
	return ls, nil
}

// ---- arguments ----

// reservation is a reservation market named on the command line.
type reservation struct {
	id     instrument.ID
	in     instrument.Instrument
	symbol string
}

// parseReservation reads a reservation's symbol or 0x id.
// parseInstrument reads --market: a symbol or a token id (0x hex).
func parseInstrument(s string) (instrument.Instrument, error) {
	var in instrument.Instrument
	var err error
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		id, perr := instrument.ParseID(s)
		if perr != nil {
			return in, badInput("--market %q: %v", s, perr)
		}
		in, err = instrument.Decode(id)
	} else {
		in, err = instrument.ParseSymbol(s)
	}
	if err != nil {
		return in, badInput("--market %q is not a market: %v", s, err)
	}
	return in, nil
}

func parseReservation(s string) (reservation, error) {
	if s == "" {
		return reservation{}, badInput("--market is required: a reservation's symbol (e.g. H100SXM-US-T1-2027-01-04+168h) or token id")
	}
	in, err := parseInstrument(s)
	if err != nil {
		return reservation{}, err
	}
	if in.Kind != instrument.Reservation {
		return reservation{}, badInput("--market %s is a spot market: it has no tokens to mint or redeem", in.Symbol())
	}
	id, err := in.Encode()
	if err != nil {
		return reservation{}, badInput("--market %q: %v", s, err)
	}
	return reservation{id: id, in: in, symbol: in.Symbol()}, nil
}

// lastTradingTime is the reservation's window start less the vault's lead
// (2 hours, TRADING_CLOSE_LEAD).
func (r reservation) lastTradingTime() time.Time { return r.in.WindowStartTime().Add(-2 * time.Hour) }

// gradeSuffix is what a grade's name lacks of a reservation symbol.
const gradeSuffix = "-1970-01-01+1h"

// parseGrade reads a grade: MODEL-REGION-TIER (H100SXM-US-T1), any of its
// reservations' symbols, or its 0x grade key.
func parseGrade(s string) (*big.Int, string, error) {
	if s == "" {
		return nil, "", badInput("--grade is required: MODEL-REGION-TIER (e.g. H100SXM-US-T1), a reservation's symbol, or a grade key")
	}
	var in instrument.Instrument
	var err error
	switch {
	case strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X"):
		id, perr := instrument.ParseID(s)
		if perr != nil {
			return nil, "", badInput("--grade %q: %v", s, perr)
		}
		if id.GradeKey() != id {
			return nil, "", badInput("--grade %s is not a grade key (its window bits are set): give the market's symbol instead", s)
		}
		id[31] = 1 // one hour, so that it decodes
		in, err = instrument.Decode(id)
	case strings.Count(s, "-") == 2:
		in, err = instrument.ParseSymbol(s + gradeSuffix)
	default:
		in, err = instrument.ParseSymbol(s)
	}
	if err != nil {
		return nil, "", badInput("--grade %q is not a grade: want MODEL-REGION-TIER (e.g. H100SXM-US-T1), a reservation's symbol or a grade key: %v", s, err)
	}
	if in.Kind != instrument.Reservation {
		return nil, "", badInput("--grade %q: spot markets have no grade to register", s)
	}
	id, err := in.Encode()
	if err != nil {
		return nil, "", badInput("--grade %q: %v", s, err)
	}
	g := id.GradeKey()
	return g.Big(), gradeName(g.Big()), nil
}

// gradeName names a grade key MODEL-REGION-TIER (its hex when it does not
// decode).
func gradeName(key *big.Int) string {
	id, err := instrument.FromBig(key)
	if err != nil {
		return key.Text(16)
	}
	id[31] |= 1
	in, err := instrument.Decode(id)
	if err != nil || in.Kind != instrument.Reservation {
		return "0x" + key.Text(16)
	}
	in.WindowStart, in.WindowHours = 0, 1
	return strings.TrimSuffix(in.Symbol(), gradeSuffix)
}

// parseNodeID reads a node id: 0x and 64 hex digits, or a name of at most
// 32 bytes (left-aligned, zero-padded, as Solidity's bytes32 of a string).
func parseNodeID(s string) ([32]byte, error) {
	var id [32]byte
	switch {
	case s == "":
		return id, badInput("--node-id is required: a name of at most 32 bytes, or 0x and 64 hex digits")
	case strings.HasPrefix(s, "0x") && len(s) == 66:
		b, err := hexutil.Decode(s)
		if err != nil {
			return id, badInput("--node-id %q: %v", s, err)
		}
		copy(id[:], b)
	case len(s) > 32:
		return id, badInput("--node-id %q is %d bytes: at most 32 (or 0x and 64 hex digits)", s, len(s))
	default:
		copy(id[:], s)
	}
	if id == ([32]byte{}) {
		return id, badInput("--node-id is all zero")
	}
	return id, nil
}

// nodeIDString is the name of a node id when it is printable text, else
// its hex.
func nodeIDString(id [32]byte) string {
	name := strings.TrimRight(string(id[:]), "\x00")
	for _, r := range name {
		if r == 0 || r > unicode.MaxASCII || !unicode.IsPrint(r) {
			return hexutil.Encode(id[:])
		}
	}
	return name
}

// parseCount reads a positive whole number of at most max.
func parseCount(flag string, v int64, max int64) error {
	if v <= 0 {
		return badInput("--%s %d: want a positive whole number", flag, v)
	}
	if v > max {
		return badInput("--%s %d: at most %d", flag, v, max)
	}
	return nil
}

var nodeStatusNames = []string{"none", "proposed", "approved", "rejected", "retired"}

func nodeStatus(s uint8) string {
	if int(s) < len(nodeStatusNames) {
		return nodeStatusNames[s]
	}
	return fmt.Sprintf("status(%d)", s)
}
