package service

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// walletABI is EIP-1271's one function.
var walletABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(`[{"type":"function","name":"isValidSignature","stateMutability":"view",
		"inputs":[{"name":"hash","type":"bytes32"},{"name":"signature","type":"bytes"}],
		"outputs":[{"name":"","type":"bytes4"}]}]`))
	if err != nil {
		panic(err)
	}
	return a
}()

// WalletReader is what the service asks the chain about a holder that is
// a contract (a DAO's multisig): its code, and its EIP-1271
// isValidSignature. go-ethereum's clients (ethclient, the embedded
// chain's) have both methods.
type WalletReader interface {
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// EIP-1271's limits for a spec signature.
const (
	// Magic1271 is what isValidSignature returns for a valid signature:
	// its own selector, bytes4(keccak256("isValidSignature(bytes32,bytes)")).
	Magic1271 = "\x16\x26\xba\x7e"
	// WalletCallGas is the gas given to one isValidSignature call.
	WalletCallGas = 2_000_000
	// WalletCallTimeout bounds one question to the chain (code, then
	// isValidSignature).
	WalletCallTimeout = 5 * time.Second
	// MaxSignatureBytes bounds a spec's signature: a contract wallet's may
	// be longer than 65 bytes (a multisig's is its owners' signatures
	// together).
	MaxSignatureBytes = 8 << 10
)

// checkHolderSignature accepts sig for the spec digest hash when it is
// holder's own (ecrecover), or, when holder is a contract, when its
// EIP-1271 isValidSignature(hash, sig) returns the magic value. A wallet
// that says no (another value, a revert) is bad_signature; a chain that
// cannot be asked is unavailable, to retry. Called without s.mu.
func (s *Service) checkHolderSignature(ctx context.Context, holder common.Address, hash common.Hash, sig []byte) error {
	if len(sig) > MaxSignatureBytes {
		return newError(CodeBadSignature, "signature is %d bytes, at most %d", len(sig), MaxSignatureBytes)
	}
	signer, err := RecoverSigner(hash, sig)
	if err == nil && signer == holder {
		return nil
	}
	if err == nil {
		err = newError(CodeBadSignature, "signed by %s, not the holder %s", signer, holder)
	}
	if s.cfg.Wallets == nil {
		return err // no chain to ask: an externally owned holder only
	}
	ctx, cancel := context.WithTimeout(ctx, WalletCallTimeout)
	defer cancel()
	code, cerr := s.cfg.Wallets.CodeAt(ctx, holder, nil)
	if cerr != nil {
		return newError(CodeUnavailable, "reading the holder %s's code (EIP-1271): %v; retry", holder, cerr)
	}
	if len(code) == 0 {
		return err // an externally owned account: its own key only
	}
	data, perr := walletABI.Pack("isValidSignature", hash, sig)
	if perr != nil {
		return newError(CodeBadSignature, "%v", perr)
	}
	out, cerr := s.cfg.Wallets.CallContract(ctx, ethereum.CallMsg{To: &holder, Gas: WalletCallGas, Data: data}, nil)
	if cerr != nil {
		// A node's error carries data (the revert reason, maybe empty)
		// only when the call reverted: the wallet said no.
		var reverted interface{ ErrorData() any }
		if errors.As(cerr, &reverted) && reverted.ErrorData() != nil && ctx.Err() == nil {
			return newError(CodeBadSignature, "the holder's wallet %s refused the signature (isValidSignature reverted: %v)", holder, cerr)
		}
		return newError(CodeUnavailable, "asking the holder's wallet %s (EIP-1271 isValidSignature): %v; retry", holder, cerr)
	}
	want := make([]byte, 32)
	copy(want, Magic1271)
	if len(out) < 32 || !bytes.Equal(out[:32], want) {
		return newError(CodeBadSignature, "the holder's wallet %s did not accept the signature (isValidSignature returned %#x)", holder, out)
	}
	return nil
}
