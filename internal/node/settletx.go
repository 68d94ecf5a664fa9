package node

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/postgres"
)

// batchSettledTopic is the Exchange's BatchSettled event; its first
// indexed argument is the batch id.
var batchSettledTopic = crypto.Keccak256Hash([]byte("BatchSettled(uint64,uint256,uint256,bytes)"))

// backfillSettleTxs gives the history store the settle transactions it
// lacks: batches that became final while the node was down or stopping,
// or a history rebuilt from the journal (which does not hold them). Once
// the feeder has written what the journal held at start, it reads each such
// batch's BatchSettled log from the chain by batch id and records its
// transaction. New batches are recorded as the pipeline sees them final.
func (n *node) backfillSettleTxs(ctx context.Context) {
	st, ok := n.history.(*postgres.Store)
	if !ok || n.feeder == nil {
		return
	}
	var last uint64
	if err := n.seq.Query(func(v exchange.View) { last = v.LastSeq() }); err != nil {
		return
	}
	for n.feeder.Durable() < last {
		if !clock.Sleep(ctx, n.cfg.Clock, 200*time.Millisecond) {
			return
		}
	}
	var after uint64
	found := 0
	for {
		ids, err := st.BatchesWithoutTx(ctx, after, 100)
		if err != nil || len(ids) == 0 {
			if err != nil && ctx.Err() == nil {
				n.log.Warn("store: settle transactions not looked up", "err", err)
			}
			break
		}
		after = ids[len(ids)-1]
		topics := make([]common.Hash, len(ids))
		for i, id := range ids {
			topics[i] = common.BigToHash(new(big.Int).SetUint64(id))
		}
		logs, err := n.chain.node.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(n.chain.contracts.Block),
			Addresses: []common.Address{n.chain.contracts.Exchange}, Topics: [][]common.Hash{{batchSettledTopic}, topics}})
		if err != nil {
			if ctx.Err() == nil {
				n.log.Warn("store: settle transactions not looked up", "err", err, "batches_from", ids[0])
			}
			break
		}
		for _, l := range logs {
			d, err := settlement.Decode(l)
			if b, ok := d.(settlement.BatchSettled); err == nil && ok && !l.Removed {
				n.feeder.RecordBatchTx(b.BatchID, l.TxHash) // the last log of a batch wins
				found++
			}
		}
	}
	if found > 0 {
		n.log.Info("store: settle transactions read from the chain", "batches", found)
	}
}
