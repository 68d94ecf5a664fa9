package testsvc_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// receipt polls for a transaction's receipt (geth --dev mines it as soon as
// it arrives).
func receipt(ctx context.Context, t *testing.T, c *ethclient.Client, tx *types.Transaction) *types.Receipt {
	t.Helper()
	total := time.Minute
	if d, ok := ctx.Deadline(); ok {
		total = time.Until(d)
	}
	var r *types.Receipt
	testsvc.CheckFor(t, total, 20*time.Millisecond, func() error {
		var err error
		r, err = c.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("transaction %s reverted", tx.Hash())
			}
			return nil
		}
		// Right after start geth answers "transaction indexing is in
		// progress" until its index catches up: not found yet.
		if ctx.Err() == nil && !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			t.Fatal(err)
		}
		return fmt.Errorf("no receipt for %s: %v", tx.Hash(), err)
	})
	return r
}

// mintGas deploys MockStablecoin on the geth at rpcURL and returns the gas
// of a first mint to a fresh holder (it creates a storage slot).
func mintGas(ctx context.Context, t *testing.T, rpcURL string, key *ecdsa.PrivateKey) uint64 {
	t.Helper()
	c, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	id, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	opts := bind.NewKeyedTransactor(key, id)
	opts.Context = ctx
	token := bindings.NewMockStablecoin()
	addr, tx, err := bind.DeployContract(opts, common.FromHex(bindings.MockStablecoinMetaData.Bin), c, token.PackConstructor(from))
	if err != nil {
		t.Fatal(err)
	}
	receipt(ctx, t, c, tx)
	tx, err = bind.Transact(token.Instance(c, addr), opts, token.PackMint(common.HexToAddress("0x1234"), big.NewInt(5)))
	if err != nil {
		t.Fatal(err)
	}
	return receipt(ctx, t, c, tx).GasUsed
}

// TestGethOsakaGasSchedule starts geth --dev, checks both endpoints and the
// funded developer key, and checks that the chain prices a new storage slot
// as mainnet's Osaka does (a mint to a fresh holder is about 70k gas), where
// geth --dev on its own genesis (the draft schedule) charges far more: the
// comparison internal/evm/devchain's TestOsakaGasSchedule makes on the simulated
// backend.
func TestGethOsakaGasSchedule(t *testing.T) {
	rpcURL, wsURL, key := testsvc.Geth(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	ws, err := ethclient.DialContext(ctx, wsURL)
	if err != nil {
		t.Fatalf("websocket: %v", err)
	}
	defer ws.Close()
	id, err := ws.ChainID(ctx)
	if err != nil || id.Int64() != 1337 {
		t.Fatalf("chain id over websocket = %v, %v; want 1337", id, err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	bal, err := ws.BalanceAt(ctx, from, nil)
	if err != nil || bal.Sign() <= 0 {
		t.Fatalf("developer account %s balance = %v, %v", from, bal, err)
	}
	osaka := mintGas(ctx, t, rpcURL, key)
	draftURL, _ := testsvc.StartGethDraftForTest(t)
	draft := mintGas(ctx, t, draftURL, key)
	t.Logf("mint to a fresh holder on geth --dev: %d gas under Osaka, %d on geth's own dev genesis", osaka, draft)
	if osaka < 50_000 || osaka > 80_000 {
		t.Errorf("mint used %d gas; under Osaka rules it is about 70k (a new slot is 22.1k): is geth on the draft schedule?", osaka)
	}
	if draft < osaka+50_000 {
		t.Errorf("geth's own dev genesis (%d) should price new slots far above Osaka (%d)", draft, osaka)
	}
}
