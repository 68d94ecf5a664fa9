package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/atomicfile"
	"github.com/hourglass-exchange/hourglass/internal/markfeed"
)

// FeedsFile is where a deployment's MarkPriceFeeds are remembered in the
// operator's directory on a node, beside contracts.json: a JSON object
// from instrument id (0x and 64 hex digits) to feed address.
const FeedsFile = "feeds.json"

// openFeeds finds every listed market's MarkPriceFeed (docs/delivery.md,
// "Mark price and settlement price"): on the embedded chain it deploys them
// from the admin key, fresh at every start, and names them to the
// DeliveryOracle (deploy.SetFeeds); on a node it reads them from
// FeedsFile and, with a deployer key, deploys those missing (the operator's
// key as poster) and adds them there. A market left without a feed (a node,
// no deployer key) is said once and gets no marks. It runs before the
// settlement's sender starts: on a node the deployer may be the operator.
func (n *node) openFeeds(ctx context.Context) error {
	operator := crypto.PubkeyToAddress(n.chain.operator.PublicKey)
	n.feeds = make([]common.Address, len(n.specs))
	if n.chain.embedded {
		ids := make([]instrument.ID, len(n.specs))
		for i, s := range n.specs {
			ids[i] = s.Instrument
		}
		addrs, err := deploy.DeployFeeds(ctx, n.chain.node, n.chain.admin, n.chain.contracts, operator, ids)
		if err != nil {
			return fmt.Errorf("mark price feeds: %w", err)
		}
		// The DeliveryOracle prices undelivered hours from them (the
		// admin is the timelock's proposer there, with no delay).
		if n.chain.contracts.Oracle != (common.Address{}) {
			if err := deploy.SetFeeds(ctx, n.chain.node, n.chain.admin, n.chain.contracts, ids, addrs); err != nil {
				return fmt.Errorf("mark price feeds: the oracle's: %w", err)
			}
		}
		copy(n.feeds, addrs)
		return nil
	}
	known, err := readFeeds(n.cfg.Dir)
	if err != nil {
		return err
	}
	var missing []instrument.ID
	var missingAt []int
	for i, s := range n.specs {
		if a, ok := known[instrument.ID(s.Instrument)]; ok {
			n.feeds[i] = a
		} else {
			missing, missingAt = append(missing, s.Instrument), append(missingAt, i)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	if n.cfg.DeployerKey == nil {
		var names []string
		for _, i := range missingAt {
			names = append(names, n.specs[i].Symbol)
		}
		n.log.Warn("mark: no MarkPriceFeed for these markets in "+FeedsFile+"; their marks are not posted (give the deployer key to deploy them)",
			"markets", strings.Join(names, ","), "dir", n.cfg.Dir)
		return nil
	}
	addrs, err := deploy.DeployFeeds(ctx, n.chain.node, n.cfg.DeployerKey, n.chain.contracts, operator, missing)
	if err != nil {
		return fmt.Errorf("mark price feeds: %w", err)
	}
	for k, i := range missingAt {
		n.feeds[i] = addrs[k]
		known[missing[k]] = addrs[k]
	}
	return writeFeeds(n.cfg.Dir, known)
}

// readFeeds reads FeedsFile in dir (empty where there is none).
func readFeeds(dir string) (map[instrument.ID]common.Address, error) {
	out := map[instrument.ID]common.Address{}
	path := filepath.Join(dir, FeedsFile)
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return out, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

func writeFeeds(dir string, feeds map[instrument.ID]common.Address) error {
	b, _ := json.MarshalIndent(feeds, "", "  ")
	return atomicfile.Write(filepath.Join(dir, FeedsFile), append(b, '\n'), 0o644)
}

// startMarks starts the mark poster (internal/markfeed) on the markets that
// have a feed, posting through the operator's sender (a heartbeat of
// MarkInterval, a deviation of MarkDeviationBps, checked every MarkTick):
// it takes the books from the engine on the apply goroutine, then every
// applied command.
func (n *node) startMarks() error {
	var feeds []markfeed.Feed
	for i, s := range n.specs {
		if n.feeds[i] == (common.Address{}) {
			continue
		}
		feeds = append(feeds, markfeed.Feed{Market: exchange.MarketID(i), Symbol: s.Symbol, Instrument: s.Instrument,
			Address: n.feeds[i], TickSize: s.TickSize, LotSize: s.LotSize})
	}
	if len(feeds) == 0 {
		return nil
	}
	p, err := markfeed.New(markfeed.Config{Feeds: feeds, Sender: n.opSender, Chain: n.chain.node,
		Heartbeat: n.cfg.MarkInterval, DeviationBps: n.cfg.MarkDeviationBps, Tick: n.cfg.MarkTick,
		Clock: n.cfg.MarkClock, Log: n.log, Health: n.chain.up, Observe: n.cfg.Marked})
	if err != nil {
		return err
	}
	if err := n.seq.Query(func(v exchange.View) { p.Start(v); n.marks.Store(p) }); err != nil {
		return err
	}
	n.markm = p.Collectors()
	n.goRun(p.Run)
	return nil
}

// markApply hands the poster every applied command, once it has started.
func (n *node) markApply(c *exchange.Command, evs []exchange.Event) {
	if p := n.marks.Load(); p != nil {
		p.OnApply(c, evs)
	}
}

// markFeeds are the markets' feeds as GET /v1/chain lists them, each
// reservation's with its ERC-20 wrapper (openWrappers).
func (n *node) markFeeds() []wire.MarkFeed {
	var out []wire.MarkFeed
	for i, s := range n.specs {
		if i < len(n.feeds) && n.feeds[i] != (common.Address{}) {
			f := wire.MarkFeed{Market: s.Symbol, Instrument: instrument.ID(s.Instrument).String(), Feed: n.feeds[i]}
			if i < len(n.wrappers) {
				f.Wrapper = n.wrappers[i]
			}
			out = append(out, f)
		}
	}
	return out
}
