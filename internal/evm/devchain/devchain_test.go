package devchain

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/hourglass-exchange/hourglass/bindings"
)

// TestOsakaGasSchedule checks that the chain prices a new storage slot as
// mainnet does (22,100 gas for the SSTORE), not as the draft schedule the
// simulated backend defaults to (about 110k).
func TestOsakaGasSchedule(t *testing.T) {
	mint := func(c *Chain) uint64 {
		defer c.Close()
		token := bindings.NewMockStablecoin()
		addr, _, err := c.Deploy(0, &bindings.MockStablecoinMetaData, token.PackConstructor(c.Addrs[0]))
		if err != nil {
			t.Fatal(err)
		}
		inst := token.Instance(c.Client, addr)
		// A first mint to a fresh holder creates its balance slot.
		r, err := c.Mine(bind.Transact(inst, c.Opts(0), token.PackMint(common.HexToAddress("0x1234"), big.NewInt(5))))
		if err != nil {
			t.Fatal(err)
		}
		return r.GasUsed
	}
	osaka := mint(New(1))
	draft := mint(New(1, func(_ *node.Config, e *ethconfig.Config) {
		g := *e.Genesis
		g.Config = params.AllDevChainProtocolChanges
		e.Genesis = &g
	}))
	t.Logf("mint to a fresh holder: %d gas under Osaka, %d under the draft default", osaka, draft)
	if osaka < 50_000 || osaka > 80_000 {
		t.Errorf("mint used %d gas; under Osaka rules it is about 70k (a new slot is 22.1k)", osaka)
	}
	if draft < osaka+50_000 {
		t.Errorf("the draft schedule (%d) should price new slots far above Osaka (%d): is the option applied?", draft, osaka)
	}
}
