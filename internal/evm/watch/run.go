package watch

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/health"
)

// Run polls until ctx ends, the watcher meets a deep reorg, or handle
// fails, and hands handle every Update that has events or moves the
// confirmed block. It polls every PollInterval of Config.Clock, at once again
// while catching up, and also on every new head when the node can push
// them (HeadSubscriber, unless PollOnly); a failed subscription falls back
// to polling. A failed Poll other than a deep reorg goes to Config.Health
// (which says once that the node is not answering, and once that it
// answers again) and is retried after a delay that doubles from
// PollInterval up to MaxBackoff while polls fail. Run returns ctx's error, the *DeepReorgError, or
// handle's error; after handle fails the caller must restart from its last
// persisted checkpoint.
func (w *Watcher) Run(ctx context.Context, handle func(context.Context, Update) error) error {
	var heads chan *types.Header
	var subErr <-chan error
	if s, ok := w.node.(HeadSubscriber); ok && !w.cfg.PollOnly {
		ch := make(chan *types.Header, 64)
		sub, err := s.SubscribeNewHead(ctx, ch)
		if err != nil {
			w.log.Info("watch: no head subscription; polling", "err", err)
		} else {
			defer sub.Unsubscribe()
			heads, subErr = ch, sub.Err()
		}
	}
	ticker := w.cfg.Clock.NewTicker(w.cfg.PollInterval)
	defer ticker.Stop()
	backoff := health.Backoff{Base: w.cfg.PollInterval, Max: w.cfg.MaxBackoff}
	last := w.confirmed
	for {
		u, err := w.Poll(ctx)
		switch {
		case ctx.Err() != nil:
			return ctx.Err()
		case errors.Is(err, ErrDeepReorg):
			return err
		case err != nil:
			w.cfg.Health.Failed("watch", err)
			wait := backoff.Next()
			w.log.Debug("watch: poll failed; retrying", "in", wait, "err", err)
			if !clock.Sleep(ctx, w.cfg.Clock, wait) {
				return ctx.Err()
			}
			continue
		}
		backoff.Reset()
		w.cfg.Health.OK()
		if len(u.Events) > 0 || u.Checkpoint.Confirmed.Number != last {
			if err := handle(ctx, u); err != nil {
				return err
			}
			last = u.Checkpoint.Confirmed.Number
		}
		if u.Tip.Number < u.Head {
			continue // catching up: MaxBlocks stopped Poll short of the head
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ticker.C():
		case <-heads:
			drain(heads)
		case err := <-subErr:
			w.log.Warn("watch: head subscription ended; polling", "err", err)
			heads, subErr = nil, nil
		}
	}
}

func drain(ch chan *types.Header) {
	for {
		select {
		case <-ch:
		default:
			return
		}
	}
}
