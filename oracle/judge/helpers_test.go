package judge

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// key derives a deterministic test key from a name.
func key(t testing.TB, name string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("judge test key " + name)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

var testDomain = Domain{ChainID: big.NewInt(31337), VerifyingContract: common.HexToAddress("0x00000000000000000000000000000000000a11ce")}

// world is a small fixture: a provider with two nodes, a holder, a lease
// of 2 GPUs on node A for hours 100..103, and reporters.
type world struct {
	provider, holder       *ecdsa.PrivateKey
	nodeA, nodeB, stranger *ecdsa.PrivateKey
	otherProvider          *ecdsa.PrivateKey
	nodeC                  *ecdsa.PrivateKey // node of otherProvider
	reporters              []*ecdsa.PrivateKey
	keys                   Keys
	lease                  Lease
	nonces                 uint64
}

const hour0 = 100

func newWorld(t testing.TB, reporters int) *world {
	w := &world{
		provider: key(t, "provider"), holder: key(t, "holder"),
		nodeA: key(t, "node A"), nodeB: key(t, "node B"), stranger: key(t, "stranger"),
		otherProvider: key(t, "other provider"), nodeC: key(t, "node C"),
	}
	for i := range reporters {
		w.reporters = append(w.reporters, key(t, fmt.Sprint("reporter ", i)))
	}
	w.keys = Keys{
		addr(w.nodeA): addr(w.provider),
		addr(w.nodeB): addr(w.provider),
		addr(w.nodeC): addr(w.otherProvider),
	}
	w.lease = Lease{
		ID: 7, Holder: addr(w.holder), Provider: addr(w.provider), Node: addr(w.nodeA),
		GPUs: 2, GPUUUIDs: []string{"GPU-a0", "GPU-a1"}, StartHour: hour0, Hours: 4,
		RunningAt: EpochStart(hour0).Add(2 * time.Minute),
	}
	return w
}

// healthy is node A's snapshot with every GPU healthy and lease 7's job
// on its GPUs.
func healthy() Snapshot {
	return Snapshot{
		GPUs: []GPUHealth{{UUID: "GPU-a0", Health: Healthy}, {UUID: "GPU-a1", Health: Healthy}, {UUID: "GPU-a2", Health: Healthy}},
		Jobs: []JobSeen{{Lease: 7, OnGPUs: true}},
	}
}

// snapshotDigest stands in for the challenge layer's digest: any hash of
// bytes that carry the nonce.
func snapshotDigest(n Nonce, s Snapshot) common.Hash {
	return crypto.Keccak256Hash(n[:], fmt.Appendf(nil, "%+v", s))
}

func (w *world) nonce() Nonce {
	w.nonces++
	var n Nonce
	binary.BigEndian.PutUint64(n[24:], w.nonces)
	return n
}

// challenge is reporter r's challenge to node A at minute m of hour h.
func (w *world) challenge(r int, h uint64, m int) Challenge {
	return Challenge{Reporter: addr(w.reporters[r]), Node: w.lease.Node, Nonce: w.nonce(),
		SentAt: EpochStart(h).Add(time.Duration(m) * time.Minute)}
}

// answer is signer's answer to ch after delay, carrying snap.
func (w *world) answer(t testing.TB, ch Challenge, signer *ecdsa.PrivateKey, delay time.Duration, snap Snapshot) *Answer {
	d := snapshotDigest(ch.Nonce, snap)
	sig, err := SignDigest(signer, d)
	if err != nil {
		t.Fatal(err)
	}
	return &Answer{Nonce: ch.Nonce, ReceivedAt: ch.SentAt.Add(delay), Digest: d, Signature: sig, Snapshot: snap}
}

// observe is a checked observation: node A answers in 2 s with snap (nil
// snap: no answer).
func (w *world) observe(t testing.TB, r int, h uint64, m int, snap *Snapshot) Observation {
	ch := w.challenge(r, h, m)
	o := Observation{Challenge: ch}
	if snap != nil {
		o.Answer = w.answer(t, ch, w.nodeA, 2*time.Second, *snap)
	}
	o.Status = CheckAnswer(ch, o.Answer, DefaultAnswerDeadline, w.lease.Provider, w.keys, Seen{})
	return o
}

// hourOf is reporter r's observations of hour h: healthy answers at
// minutes 5, 20, 35, 50.
func (w *world) hourOf(t testing.TB, r int, h uint64) []Observation {
	var obs []Observation
	for _, m := range []int{5, 20, 35, 50} {
		s := healthy()
		obs = append(obs, w.observe(t, r, h, m, &s))
	}
	return obs
}

func (w *world) input(r int, h uint64, obs []Observation) HourInput {
	return HourInput{Reporter: addr(w.reporters[r]), Lease: w.lease, Hour: h, Observations: obs}
}
