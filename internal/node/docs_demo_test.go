package node

import (
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// TestDocsDemoDeployment: docs/contracts.md's worked example (run by
// contracts/deploy's TestDocsWorkedExample on a deployment from devchain key
// 0, a one-minute withdrawal delay and 100,000 mUSDC in the wallet of key 5)
// describes the demo's embedded chain: the same deployer, delay, wallet and
// cash as openEmbedded and openChain use.
func TestDocsDemoDeployment(t *testing.T) {
	var c Config
	c.defaults()
	if keyAdmin != 0 || c.WithdrawalDelay != time.Minute || UserCash.Cmp(big.NewInt(100_000_000_000)) != 0 {
		t.Errorf("the demo deploys from devchain key %d with a %s withdrawal delay and gives the wallet %s base units; "+
			"docs/contracts.md's worked example and TestDocsWorkedExample say key 0, 1m0s, 100000000000", keyAdmin, c.WithdrawalDelay, UserCash)
	}
	doc, err := os.ReadFile("../../docs/contracts.md")
	if err != nil {
		t.Fatal(err)
	}
	wallet := strings.ToLower(crypto.PubkeyToAddress(UserKey().PublicKey).Hex())
	if !strings.Contains(string(doc), "| the demo wallet | `"+wallet+"` |") {
		t.Errorf("docs/contracts.md's worked example does not name the demo wallet %s", wallet)
	}
}
