package node

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// openWrappers finds each reservation market's ERC-20 wrapper (docs/defi.md):
// the address the deployment's GPUHourWrapperFactory gives its instrument.
// On the embedded chain the admin key creates them at every start, so that
// `make demo` lists live wrappers; on a node they are created by whoever
// wraps first (anyone may), and a deployment made before the factory
// existed has none (said once at INFO).
func (n *node) openWrappers(ctx context.Context) error {
	c := n.chain.contracts
	n.wrappers = make([]common.Address, len(n.specs))
	if c.WrapperFactory == (common.Address{}) {
		n.log.Info("defi: this deployment has no GPUHourWrapperFactory; no ERC-20 wrappers are listed (redeploy to get one)")
		return nil
	}
	var ids []instrument.ID
	var at []int
	for i, s := range n.specs {
		if in, err := instrument.Decode(s.Instrument); err == nil && in.Kind == instrument.Reservation {
			ids, at = append(ids, s.Instrument), append(at, i)
		}
	}
	if n.chain.embedded && len(ids) > 0 {
		addrs, err := deploy.CreateWrappers(ctx, n.chain.node, n.chain.admin, c, ids)
		if err != nil {
			return fmt.Errorf("wrappers: %w", err)
		}
		for k, i := range at {
			n.wrappers[i] = addrs[k]
		}
		return nil
	}
	for k, i := range at {
		n.wrappers[i] = deploy.WrapperAddress(c.WrapperFactory, c.Token, ids[k])
	}
	return nil
}
