package auth

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/internal/clock"
)

// ContractCaller is what Login needs from the chain to check a contract
// wallet's signature: its code and a read-only call. go-ethereum's
// *ethclient.Client and the simulated backend's client satisfy it.
type ContractCaller interface {
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// Defaults of Config.
const (
	DefaultNonceTTL    = 5 * time.Minute
	DefaultMaxNonces   = 100_000
	DefaultSessionTTL  = 24 * time.Hour
	DefaultMaxSessions = 100_000
	// A connection holds at most 4 pending nonces, a source 1,024.
	DefaultMaxNoncesPerConn   = 4
	DefaultMaxNoncesPerSource = 1024
	// An address holds at most 16 sessions on one gateway, a source 1,024.
	DefaultMaxSessionsPerAddress = 16
	DefaultMaxSessionsPerSource  = 1024
	DefaultClockSkew             = time.Minute
	DefaultCallTimeout           = 5 * time.Second
	DefaultCallGas               = 2_000_000
)

// Config configures a Verifier. Domain and ChainID are required; every zero
// duration or count takes its default.
type Config struct {
	// Domain is the server's own authority ("hourglass.exchange",
	// "localhost:8080"); a message's domain must equal it, ignoring case.
	Domain string
	// Scheme, when set, is the scheme the message's domain must carry
	// ("https" when the message has none, as EIP-4361 says).
	Scheme string
	// URI, when set, gives the scheme and host (with port) that a message's
	// URI must have.
	URI string
	// ChainID is the chain a message must name.
	ChainID uint64

	Clock  clock.Clock  // clock.Real when nil
	Logger *slog.Logger // discards when nil

	NonceTTL  time.Duration // how long a challenge nonce lives
	MaxNonces int           // pending nonces kept; when full, the largest source loses its oldest
	// MaxNoncesPerConn and MaxNoncesPerSource cap the pending nonces of one
	// Origin.Conn and one Origin.Source: a new one evicts their own oldest.
	MaxNoncesPerConn   int
	MaxNoncesPerSource int
	SessionTTL         time.Duration // longest session; a message's Expiration Time can shorten it
	MaxSessions        int           // sessions kept; when full, the largest source loses its oldest
	// MaxSessionsPerAddress and MaxSessionsPerSource cap the sessions of
	// one address and of one source: a new one evicts their own oldest.
	MaxSessionsPerAddress int
	MaxSessionsPerSource  int
	// Shared, when set, shares the sessions with the other gateways
	// (SessionStore.Share): a token granted by one is good on all.
	Shared SharedSessions
	// ClockSkew is how far ahead of ours a client's clock may be: Issued At
	// and Not Before may lie up to ClockSkew in the future.
	ClockSkew time.Duration

	// Caller reaches the chain for EIP-1271 contract wallets. When nil,
	// only EOAs can sign in.
	Caller ContractCaller
	// CallTimeout bounds the chain calls of one Login.
	CallTimeout time.Duration
	// CallGas is the gas given to isValidSignature.
	CallGas uint64
}

// Verifier issues sign-in challenges, checks signed EIP-4361 messages and
// keeps the sessions it grants. It is safe for concurrent use.
type Verifier struct {
	cfg      Config
	uri      *url.URL // nil when Config.URI is empty
	clock    clock.Clock
	log      *slog.Logger
	nonces   *NonceStore
	sessions *SessionStore
}

// New returns a Verifier for cfg.
func New(cfg Config) (*Verifier, error) {
	if !isAuthority(cfg.Domain) {
		return nil, fmt.Errorf("auth: config: bad domain %q", cfg.Domain)
	}
	if cfg.Scheme != "" && !isScheme(cfg.Scheme) {
		return nil, fmt.Errorf("auth: config: bad scheme %q", cfg.Scheme)
	}
	if cfg.ChainID == 0 {
		return nil, errors.New("auth: config: chain id required")
	}
	v := &Verifier{cfg: cfg, clock: clock.Or(cfg.Clock), log: cfg.Logger}
	if cfg.URI != "" {
		u, err := url.Parse(cfg.URI)
		if err != nil || !isURI(cfg.URI) || u.Host == "" {
			return nil, fmt.Errorf("auth: config: bad URI %q", cfg.URI)
		}
		v.uri = u
	}
	if v.log == nil {
		v.log = slog.New(slog.DiscardHandler)
	}
	setDefault(&v.cfg.NonceTTL, DefaultNonceTTL)
	setDefault(&v.cfg.MaxNonces, DefaultMaxNonces)
	setDefault(&v.cfg.SessionTTL, DefaultSessionTTL)
	setDefault(&v.cfg.MaxSessions, DefaultMaxSessions)
	setDefault(&v.cfg.MaxNoncesPerConn, DefaultMaxNoncesPerConn)
	setDefault(&v.cfg.MaxNoncesPerSource, DefaultMaxNoncesPerSource)
	setDefault(&v.cfg.MaxSessionsPerAddress, DefaultMaxSessionsPerAddress)
	setDefault(&v.cfg.MaxSessionsPerSource, DefaultMaxSessionsPerSource)
	setDefault(&v.cfg.ClockSkew, DefaultClockSkew)
	setDefault(&v.cfg.CallTimeout, DefaultCallTimeout)
	setDefault(&v.cfg.CallGas, DefaultCallGas)
	v.nonces = NewNonceStore(v.clock, v.cfg.NonceTTL, v.cfg.MaxNonces, v.cfg.MaxNoncesPerConn, v.cfg.MaxNoncesPerSource)
	v.sessions = NewSessionStore(v.clock, v.cfg.MaxSessions, v.cfg.MaxSessionsPerAddress, v.cfg.MaxSessionsPerSource)
	if cfg.Shared != nil {
		v.sessions.Share(cfg.Shared, v.log)
	}
	return v, nil
}

func setDefault[T comparable](p *T, def T) {
	var zero T
	if *p == zero {
		*p = def
	}
}

// Challenge is what the server hands a client that wants to sign in: the
// nonce to put in its message, and the values the message must carry.
type Challenge struct {
	Domain    string    `json:"domain"`
	URI       string    `json:"uri"`
	ChainID   uint64    `json:"chain_id"`
	Nonce     string    `json:"nonce"`
	IssuedAt  time.Time `json:"issued_at"`
	ExpiresAt time.Time `json:"expires_at"` // the nonce is refused from then on
}

// Challenge is ChallengeFrom the zero Origin.
func (v *Verifier) Challenge() Challenge { return v.ChallengeFrom(Origin{}) }

// ChallengeFrom issues a new single-use nonce, good only for a login from
// the same Origin (LoginFrom).
func (v *Verifier) ChallengeFrom(o Origin) Challenge {
	nonce, expires := v.nonces.Issue(o)
	uri := v.cfg.URI
	if uri == "" {
		scheme := v.cfg.Scheme
		if scheme == "" {
			scheme = defaultScheme
		}
		uri = scheme + "://" + v.cfg.Domain
	}
	return Challenge{
		Domain:    v.cfg.Domain,
		URI:       uri,
		ChainID:   v.cfg.ChainID,
		Nonce:     nonce,
		IssuedAt:  v.clock.Now(),
		ExpiresAt: expires,
	}
}

// Message returns the sign-in message for addr that answers c, for a client
// to sign (statement may be "").
func (c Challenge) Message(addr common.Address, statement string) Message {
	return Message{
		Domain:    c.Domain,
		Address:   addr,
		Statement: statement,
		URI:       c.URI,
		Version:   "1",
		ChainID:   c.ChainID,
		Nonce:     c.Nonce,
		IssuedAt:  NewTime(c.IssuedAt),
	}
}

// DropNonces forgets the pending nonces of connection conn, which closed.
func (v *Verifier) DropNonces(conn string) { v.nonces.Drop(conn) }

// Login is LoginWithOptions with the default Options.
func (v *Verifier) Login(ctx context.Context, message string, signature []byte) (Session, error) {
	return v.LoginWithOptions(ctx, message, signature, Options{})
}

// LoginWithOptions checks a signed EIP-4361 message and, if it holds,
// starts a session for its address with opts. The checks, in order:
//
//  1. the text parses strictly (ParseMessage);
//  2. its domain, scheme, URI and chain id are this server's;
//  3. its nonce was issued by this Verifier and is pending. The nonce is
//     consumed here, before the time and signature checks, whatever their
//     outcome: a nonce is good for exactly one attempt, so a replay can
//     never succeed, two concurrent attempts cannot both pass, and one
//     nonce cannot buy an attacker more than one contract call;
//  4. Issued At and Not Before are not beyond ClockSkew in the future,
//     and Expiration Time has not passed;
//  5. the signature over the EIP-191 hash of the text (see TextHash): an
//     ECDSA signature (65 bytes r ‖ s ‖ v, v 27/28 or 0/1, low s) by the
//     address itself, if the address has no contract code; otherwise, or if
//     the signature is not such, the address's EIP-1271 isValidSignature
//     must return the magic value 0x1626ba7e.
//
// The session ends after SessionTTL or at the message's Expiration Time,
// whichever comes first. Every error is an *Error; see the package doc.
func (v *Verifier) LoginWithOptions(ctx context.Context, message string, signature []byte, opts Options) (Session, error) {
	return v.LoginFrom(ctx, Origin{}, message, signature, opts)
}

// LoginFrom is LoginWithOptions for a client at o: the nonce must have
// been issued to o (ChallengeFrom), and the session counts against o's
// source.
func (v *Verifier) LoginFrom(ctx context.Context, o Origin, message string, signature []byte, opts Options) (Session, error) {
	s, err := v.login(ctx, o, message, signature, opts)
	if err != nil {
		v.log.Debug("auth: sign-in refused", "code", CodeOf(err), "err", err)
		return Session{}, err
	}
	v.log.Info("auth: signed in", "address", s.Address, "contract", s.Contract, "expires", s.ExpiresAt)
	return s, nil
}

func (v *Verifier) login(ctx context.Context, o Origin, text string, sig []byte, opts Options) (Session, error) {
	m, err := ParseMessage(text)
	if err != nil {
		return Session{}, err
	}
	if err := v.checkAudience(m); err != nil {
		return Session{}, err
	}
	if err := v.nonces.Consume(o, m.Nonce); err != nil {
		return Session{}, err
	}
	now := v.clock.Now()
	if t := m.IssuedAt.Time(); t.After(now.Add(v.cfg.ClockSkew)) {
		return Session{}, newError(CodeNotYetValid, nil, "issued at %s, in the future", m.IssuedAt)
	}
	if !m.NotBefore.IsZero() && m.NotBefore.Time().After(now.Add(v.cfg.ClockSkew)) {
		return Session{}, newError(CodeNotYetValid, nil, "not before %s", m.NotBefore)
	}
	expires := now.Add(v.cfg.SessionTTL)
	if !m.ExpirationTime.IsZero() {
		if !now.Before(m.ExpirationTime.Time()) {
			return Session{}, newError(CodeExpired, nil, "expired at %s", m.ExpirationTime)
		}
		if m.ExpirationTime.Time().Before(expires) {
			expires = m.ExpirationTime.Time()
		}
	}
	contract, err := v.checkSignature(ctx, m.Address, TextHash(text), sig)
	if err != nil {
		return Session{}, err
	}
	return v.sessions.CreateFrom(Session{
		Address:   m.Address,
		ChainID:   m.ChainID,
		Contract:  contract,
		ExpiresAt: expires,
		Options:   opts,
	}, o.Source), nil
}

func (v *Verifier) checkAudience(m Message) error {
	if !strings.EqualFold(m.Domain, v.cfg.Domain) {
		return newError(CodeWrongDomain, nil, "domain %q, want %q", m.Domain, v.cfg.Domain)
	}
	if v.cfg.Scheme != "" {
		scheme := m.Scheme
		if scheme == "" {
			scheme = defaultScheme
		}
		if !strings.EqualFold(scheme, v.cfg.Scheme) {
			return newError(CodeWrongDomain, nil, "scheme %q, want %q", scheme, v.cfg.Scheme)
		}
	}
	if v.uri != nil {
		u, err := url.Parse(m.URI)
		if err != nil || !strings.EqualFold(u.Scheme, v.uri.Scheme) || !strings.EqualFold(u.Host, v.uri.Host) {
			return newError(CodeWrongURI, nil, "URI %q is not on %s://%s", m.URI, v.uri.Scheme, v.uri.Host)
		}
	}
	if m.ChainID != v.cfg.ChainID {
		return newError(CodeWrongChain, nil, "chain id %d, want %d", m.ChainID, v.cfg.ChainID)
	}
	return nil
}

// Sessions returns the store of the sessions this Verifier grants, for the
// gateway's bearer-token checks and logouts.
func (v *Verifier) Sessions() *SessionStore { return v.sessions }

// Magic1271 is what isValidSignature returns for a valid signature: its own
// selector, bytes4(keccak256("isValidSignature(bytes32,bytes)")).
var Magic1271 = [4]byte{0x16, 0x26, 0xba, 0x7e}

// checkSignature reports whether sig is addr's signature of hash, and
// whether it was checked through EIP-1271.
func (v *Verifier) checkSignature(ctx context.Context, addr common.Address, hash common.Hash, sig []byte) (contract bool, err error) {
	signer, ecErr := RecoverEOA(hash, sig)
	if v.cfg.Caller == nil {
		if ecErr != nil {
			return false, newError(CodeBadSignature, ecErr, "not a valid EOA signature")
		}
		if signer != addr {
			return false, newError(CodeBadSignature, nil, "signed by %s, not %s", signer.Hex(), addr.Hex())
		}
		return false, nil
	}

	ctx, cancel := context.WithTimeout(ctx, v.cfg.CallTimeout)
	defer cancel()
	code, err := v.cfg.Caller.CodeAt(ctx, addr, nil)
	if err != nil {
		return false, newError(CodeContractCallFailed, err, "reading the code of %s", addr.Hex())
	}
	if ecErr == nil && signer == addr && (len(code) == 0 || isDelegation(code)) {
		// An EOA, or an EIP-7702 account whose key still rules it.
		return false, nil
	}
	if len(code) == 0 {
		if ecErr != nil {
			return false, newError(CodeBadSignature, ecErr, "not a valid EOA signature, and %s has no code", addr.Hex())
		}
		return false, newError(CodeBadSignature, nil, "signed by %s, not %s", signer.Hex(), addr.Hex())
	}
	return true, v.isValidSignature(ctx, addr, hash, sig)
}

// isDelegation reports whether code is an EIP-7702 delegation designator
// (0xef0100 ‖ address).
func isDelegation(code []byte) bool {
	return len(code) == 23 && bytes.HasPrefix(code, []byte{0xef, 0x01, 0x00})
}

// isValidSignature asks addr's EIP-1271 isValidSignature(hash, sig) and
// accepts only a return word of exactly the magic value followed by zeros,
// as OpenZeppelin's SignatureChecker does. A revert is a rejection; an
// error without revert data (out of gas, timeout, transport) is a failed
// call.
func (v *Verifier) isValidSignature(ctx context.Context, addr common.Address, hash common.Hash, sig []byte) error {
	return isValidSignature(ctx, v.cfg.Caller, v.cfg.CallGas, addr, hash, sig)
}

// ContractSignatures asks EIP-1271 wallets about any digest (an order's,
// say) through a node, with the same rules as sign-in: only the exact magic
// word is a yes, a revert is a no, and a call that cannot be made (out of
// gas, timeout, transport) is an error. It satisfies
// orderentry.ContractSignatures.
type ContractSignatures struct {
	Caller  ContractCaller
	Gas     uint64        // gas for one isValidSignature call (default 2,000,000)
	Timeout time.Duration // for one call (default 5 s)
}

// IsValidSignature reports whether wallet accepts sig for digest.
func (c ContractSignatures) IsValidSignature(ctx context.Context, wallet common.Address, digest common.Hash, sig []byte) (bool, error) {
	gas, timeout := c.Gas, c.Timeout
	if gas == 0 {
		gas = 2_000_000
	}
	if timeout == 0 {
		timeout = 5 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	err := isValidSignature(ctx, c.Caller, gas, wallet, digest, sig)
	switch CodeOf(err) {
	case "":
		return true, nil
	case CodeContractSignatureRejected:
		return false, nil
	}
	return false, err
}

func isValidSignature(ctx context.Context, caller ContractCaller, gas uint64, addr common.Address, hash common.Hash, sig []byte) error {
	out, err := caller.CallContract(ctx, ethereum.CallMsg{
		To:   &addr,
		Gas:  gas,
		Data: packIsValidSignature(hash, sig),
	}, nil)
	if err != nil {
		// A JSON-RPC error carries data (the revert reason, maybe empty
		// "0x") only when the call reverted.
		var reverted interface{ ErrorData() any }
		if errors.As(err, &reverted) && reverted.ErrorData() != nil && ctx.Err() == nil {
			return newError(CodeContractSignatureRejected, err, "isValidSignature of %s reverted", addr.Hex())
		}
		return newError(CodeContractCallFailed, err, "calling isValidSignature of %s", addr.Hex())
	}
	var want [32]byte
	copy(want[:], Magic1271[:])
	if len(out) < 32 || !bytes.Equal(out[:32], want[:]) {
		return newError(CodeContractSignatureRejected, nil, "isValidSignature of %s returned %#x", addr.Hex(), out)
	}
	return nil
}

// packIsValidSignature ABI-encodes isValidSignature(bytes32 hash, bytes sig).
func packIsValidSignature(hash common.Hash, sig []byte) []byte {
	padded := (len(sig) + 31) / 32 * 32
	data := make([]byte, 0, 4+32*3+padded)
	data = append(data, Magic1271[:]...)
	data = append(data, hash[:]...)
	data = append(data, common.LeftPadBytes(big.NewInt(64).Bytes(), 32)...)
	data = append(data, common.LeftPadBytes(big.NewInt(int64(len(sig))).Bytes(), 32)...)
	data = append(data, sig...)
	return append(data, make([]byte, padded-len(sig))...)
}

// TextHash returns the EIP-191 personal_sign hash of message:
// keccak256("\x19Ethereum Signed Message:\n" ‖ len(message) ‖ message).
func TextHash(message string) common.Hash {
	return crypto.Keccak256Hash([]byte(fmt.Sprintf("\x19Ethereum Signed Message:\n%d%s", len(message), message)))
}

var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// RecoverEOA returns the address whose key made sig over hash. sig is 65
// bytes r ‖ s ‖ v with v 27 or 28 (0 or 1 accepted too) and s in the lower
// half of the curve order: the malleable twin with high s is refused.
func RecoverEOA(hash common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("signature is %d bytes, not 65", len(sig))
	}
	v := sig[64]
	if v >= 27 {
		v -= 27
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if s.Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, errors.New("signature s is in the upper half (malleable)")
	}
	if !crypto.ValidateSignatureValues(v, r, s, true) {
		return common.Address{}, errors.New("signature values out of range")
	}
	rsv := make([]byte, 65)
	copy(rsv, sig[:64])
	rsv[64] = v
	pub, err := crypto.SigToPub(hash[:], rsv)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// SignText signs message as a wallet's personal_sign does: the 65-byte
// r ‖ s ‖ v, v 27 or 28, over TextHash(message). Go clients, the simulator
// and tests sign in with it.
func SignText(key *ecdsa.PrivateKey, message string) ([]byte, error) {
	h := TextHash(message)
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}
