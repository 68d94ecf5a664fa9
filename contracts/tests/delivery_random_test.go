package tests

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/redeemer/assign"
)

// TestAssignMatchesGo checks the contract's assignment rule against the Go
// package redeemer/assign on random sequences of mints, burns and
// redemptions by three providers of random capacity, over two instruments
// of one grade whose windows overlap (so they share the per-hour ledger):
// every redemption gets the same parts (or the same NotAssignable), and the
// queues and the ledger stay equal.
func TestAssignMatchesGo(t *testing.T) {
	seeds := 6
	if testing.Short() {
		seeds = 2
	}
	var splits, refused int
	for seed := range seeds {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			s, f := checkAssignRandom(t, uint64(seed))
			splits += s
			refused += f
		})
	}
	if !testing.Short() && (splits == 0 || refused == 0) {
		t.Fatalf("the random cases made %d split redemptions and %d refusals: both must occur", splits, refused)
	}
}

func checkAssignRandom(t *testing.T, seed uint64) (splits, refused int) {
	r := rand.New(rand.NewPCG(seed, 14))
	providers := []int{firstProvider, firstProvider + 1, firstProvider + 2}
	gpus := make([]uint32, len(providers))
	for i := range gpus {
		gpus[i] = uint32(1 + r.IntN(6))
	}
	d := newDeliveryEnv(t, gpus...)
	start := hourAfter(d.now(), 48*time.Hour)
	ids := []*big.Int{d.id, reservation(t, instrument.GPUH100SXM, 1, start.Add(12*time.Hour), 24)}
	ledger := assign.NewLedger()
	books := map[string]*assign.Book{}
	for _, id := range ids {
		books[id.String()] = assign.NewBook()
	}
	for i, p := range providers {
		ledger.SetCapacity(d.addr(p), uint64(gpus[i]))
	}
	own := map[string]int64{} // tokens a provider kept, per provider and id
	key := func(p int, id *big.Int) string { return fmt.Sprint(p, "/", id) }
	minted := func(p int, id *big.Int) uint64 {
		b := books[id.String()]
		return b.Unassigned(d.addr(p)) + b.Assigned(d.addr(p))
	}
	redeemed := 0
	for step := range 80 {
		id := ids[r.IntN(len(ids))]
		b := books[id.String()]
		pi := r.IntN(len(providers))
		p := providers[pi]
		switch op := r.IntN(20); {
		case op < 8: // mint, within capacity x 24 hours
			limit := uint64(gpus[pi])*24 - minted(p, id)
			if limit == 0 {
				continue
			}
			amount := 1 + r.Uint64N(min(limit, 60))
			d.mint(p, id, int64(amount))
			keep := r.Int64N(int64(amount) + 1)
			if give := int64(amount) - keep; give > 0 {
				d.send(p, d.tokInst, d.tok.PackSafeTransferFrom(d.addr(p), d.addr(d.holder), id, big.NewInt(give), nil))
			}
			own[key(p, id)] += keep
			b.Mint(d.addr(p), amount)
		case op < 11: // burn what the provider kept and has unassigned
			n := min(own[key(p, id)], int64(b.Unassigned(d.addr(p))))
			if n == 0 {
				continue
			}
			amount := 1 + r.Int64N(n)
			d.burn(p, id, amount)
			own[key(p, id)] -= amount
			if err := b.Burn(d.addr(p), uint64(amount)); err != nil {
				t.Fatal(err)
			}
		default: // redeem
			hours := 1 + r.Uint64N(8)
			ws := bits(id, instrument.ShiftWindowStart, 32)
			startHour := ws + r.Uint64N(24-hours+1)
			req := assign.Request{GPUs: 1 + r.Uint64N(6), Hours: hours, StartHour: startHour}
			bal := d.tokenBalance(d.holder, id).Uint64()
			if req.GPUs*req.Hours > bal {
				continue
			}
			data := d.vault.PackRedeem(id, uint32(req.GPUs), uint16(req.Hours), uint32(req.StartHour), [32]byte{byte(step)})
			want, err := assign.Assign(b, ledger, req)
			var na *assign.NotAssignableError
			if errors.As(err, &na) {
				d.expectCallRevert(d.holder, d.vaultAddr, data,
					packErr(t, d.vaultABI, "NotAssignable", id, big.NewInt(int64(na.GPUs)), big.NewInt(int64(na.Hours)), big.NewInt(int64(na.Assignable))))
				refused++
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			rc := d.send(d.holder, d.vaultInst, data)
			got := events(rc, d.vaultAddr, d.vault.UnpackLeaseAssignedEvent)
			if len(got) != len(want) {
				t.Fatalf("step %d: %+v: contract %d parts, Go %+v", step, req, len(got), want)
			}
			for i, w := range want {
				if got[i].Provider != w.Provider || got[i].Gpus.Uint64() != w.GPUs {
					t.Fatalf("step %d: %+v: part %d contract %s x%s, Go %s x%d", step, req, i, got[i].Provider, got[i].Gpus, w.Provider, w.GPUs)
				}
			}
			if _, err := assign.Redeem(b, ledger, req); err != nil {
				t.Fatal(err)
			}
			redeemed++
			if len(want) > 1 {
				splits++
			}
		}
		for _, id := range ids {
			q, err := bind.Call(d.vaultInst, nil, d.vault.PackRedemptionQueue(id), d.vault.UnpackRedemptionQueue)
			if err != nil {
				t.Fatal(err)
			}
			if wq := books[id.String()].Queue(); !sameAddrs(q, wq) {
				t.Fatalf("step %d: queue of %#x: contract %v, Go %v", step, id, q, wq)
			}
		}
	}
	ws := uint32(bits(ids[0], instrument.ShiftWindowStart, 32))
	for _, p := range providers {
		for h := ws; h < ws+36; h++ {
			if got, want := d.leased(p, h), ledger.Leased(d.addr(p), uint64(h)); uint64(got) != want {
				t.Fatalf("provider %d hour %d: contract leased %d, Go %d", p, h, got, want)
			}
		}
	}
	t.Logf("seed %d: %d redemptions (%d split), %d refused as not assignable", seed, redeemed, splits, refused)
	return splits, refused
}

func sameAddrs(a, b []common.Address) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
