package txsend_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// TestGethEndToEnd sends over JSON-RPC to a real geth --dev: a mint that is
// mined and reported, and a call that reverts in simulation with a custom
// error that arrives decoded.
func TestGethEndToEnd(t *testing.T) {
	rpcURL, _, key := testsvc.Geth(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	id, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	owner := crypto.PubkeyToAddress(key.PublicKey)
	coin := bindings.NewMockStablecoin()
	opts := bind.NewKeyedTransactor(key, id)
	opts.Context = ctx
	addr, tx, err := bind.DeployContract(opts, common.FromHex(bindings.MockStablecoinMetaData.Bin), c, coin.PackConstructor(owner))
	if err != nil {
		t.Fatal(err)
	}
	checkFor(t, 30*time.Second, 20*time.Millisecond, func() error {
		_, err := c.TransactionReceipt(ctx, tx.Hash())
		return err
	})

	j, err := txsend.OpenFileJournal(filepath.Join(t.TempDir(), "journal"))
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	s, err := txsend.New(ctx, txsend.Config{Node: c, Key: key, Journal: j, Logger: testLogger(t), PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	holder := common.HexToAddress("0x7777")
	var ps []*txsend.Pending
	for i := range 3 {
		p, err := s.Send(ctx, txsend.Request{To: addr, Data: coin.PackMint(holder, big.NewInt(3)), Key: fmt.Sprintf("geth-mint-%d", i)})
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
	}
	for _, p := range ps {
		rc, err := p.Wait(ctx)
		if err != nil {
			t.Fatalf("%s: %v", p.Key(), err)
		}
		t.Logf("%s: nonce %d mined in block %d, %d gas", p.Key(), p.Nonce(), rc.BlockNumber, rc.GasUsed)
	}
	bal, err := bind.Call(coin.Instance(c, addr), &bind.CallOpts{Context: ctx}, coin.PackBalanceOf(holder), coin.UnpackBalanceOf)
	if err != nil || bal.Int64() != 9 {
		t.Fatalf("holder balance %v, %v; want 9", bal, err)
	}

	// Not the owner: simulation reverts with OwnableUnauthorizedAccount.
	other, err := txsend.New(ctx, txsend.Config{Node: c, Key: devchain.Key(99), Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	_, err = other.Send(ctx, txsend.Request{To: addr, Data: coin.PackMint(holder, big.NewInt(1)), Key: "not-owner"})
	var rev *txsend.RevertError
	if !errors.As(err, &rev) {
		t.Fatalf("Send from a non-owner = %v, want a *RevertError", err)
	}
	dec, err := coin.UnpackError(rev.Data)
	if err != nil {
		t.Fatalf("decode %x: %v", rev.Data, err)
	}
	if u, ok := dec.(*bindings.MockStablecoinOwnableUnauthorizedAccount); !ok || u.Account != other.Address() {
		t.Fatalf("decoded %#v, want OwnableUnauthorizedAccount(%s)", dec, other.Address())
	}
}
