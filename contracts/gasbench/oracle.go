package gasbench

import (
	"bytes"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/merkle"
)

// The helpers below are what the oracle's gas figures and contract tests
// need of the reporters' side, on the reporters' own code: a report's
// leaves and tree (oracle/merkle, OpenZeppelin's StandardMerkleTree), the
// EIP-712 digest they sign (oracle/judge) and their signatures in the
// order DeliveryOracle.postReport wants.

// OracleLeaf is the StandardMerkleTree leaf of a lease's cumulative
// figures: keccak256(keccak256(abi.encode(leaseId, delivered, undelivered,
// reasons))).
func OracleLeaf(leaseID *big.Int, delivered, undelivered, reasons uint64) common.Hash {
	return merkle.Leaf{LeaseID: leaseID.Uint64(), Delivered: delivered, Undelivered: undelivered, Reasons: reasons}.Hash()
}

// MerkleProofs builds the StandardMerkleTree of leaf hashes (oracle/merkle)
// and returns its root and each leaf's proof, in the order given. There
// must be at least one leaf.
func MerkleProofs(leaves []common.Hash) (common.Hash, [][][32]byte) {
	t, err := merkle.FromHashes(leaves)
	if err != nil {
		panic(err) // no leaves: a caller's bug
	}
	proofs := make([][][32]byte, len(leaves))
	for i := range leaves {
		p, err := t.Proof(i)
		if err != nil {
			panic(err)
		}
		for _, h := range p {
			proofs[i] = append(proofs[i], h)
		}
	}
	return t.Root(), proofs
}

// ReportDigest is the EIP-712 digest of Report(uint64 epoch,bytes32 root)
// in the domain {name "Hourglass Oracle", version "1", chainID, oracle}
// (judge.ReportDigest).
func ReportDigest(chainID *big.Int, oracle common.Address, epoch uint64, root common.Hash) common.Hash {
	return judge.ReportDigest(judge.Domain{ChainID: chainID, VerifyingContract: oracle}, epoch, root)
}

// SignReport signs digest with each key (65 bytes, v = 27 or 28) and
// returns the signatures ordered by signer address, ascending.
func SignReport(keys []*ecdsa.PrivateKey, digest common.Hash) ([][]byte, error) {
	type signed struct {
		addr common.Address
		sig  []byte
	}
	out := make([]signed, len(keys))
	for i, k := range keys {
		sig, err := judge.SignDigest(k, digest)
		if err != nil {
			return nil, err
		}
		out[i] = signed{crypto.PubkeyToAddress(k.PublicKey), sig}
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i].addr[:], out[j].addr[:]) < 0 })
	sigs := make([][]byte, len(out))
	for i, s := range out {
		sigs[i] = s.sig
	}
	return sigs, nil
}

// ReporterKeys are n fixed reporter keys (dev only).
func ReporterKeys(n int) []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte("hourglass gasbench reporter"), []byte{byte(i)}))
		if err != nil {
			panic(err) // a keccak256 output is a valid key but with negligible probability
		}
		keys[i] = k
	}
	return keys
}

// Addresses returns the keys' addresses.
func Addresses(keys []*ecdsa.PrivateKey) []common.Address {
	out := make([]common.Address, len(keys))
	for i, k := range keys {
		out[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	return out
}

// measureOracle appends the oracle's figures to MeasureDelivery's: lease
// leaseID (gpus x hours, its last hour lastHour, over by now) of the vault
// at vault, instrument id with its settled feed.
func (e *Env) measureOracle(vault, feed common.Address, id *big.Int, leaseID int64, gpuHours, lastHour uint64) ([]Figure, error) {
	ob := bindings.NewDeliveryOracle()
	vb := bindings.NewProviderVault()
	keys := ReporterKeys(10)
	addrs := Addresses(keys)
	oracle, _, err := e.Chain.Deploy(Admin, &bindings.DeliveryOracleMetaData,
		ob.PackConstructor(vault, e.Addr(Admin), e.Addr(Admin), addrs[:5], big.NewInt(3), 600))
	if err != nil {
		return nil, fmt.Errorf("deploy oracle: %w", err)
	}
	oi := ob.Instance(e.Chain.Client, oracle)
	vi := vb.Instance(e.Chain.Client, vault)
	grade := new(big.Int).AndNot(id, big.NewInt(1<<48-1))
	for _, data := range [][]byte{
		vb.PackGrantRole(crypto.Keccak256Hash([]byte("SETTLER_ROLE")), oracle),
	} {
		if _, err := e.Send(Admin, vi, data); err != nil {
			return nil, err
		}
	}
	for _, data := range [][]byte{ob.PackSetFeed(id, feed), ob.PackSetPenalty(grade, big.NewInt(500_000))} {
		if _, err := e.Send(Admin, oi, data); err != nil {
			return nil, err
		}
	}
	// Eight leaves: the lease's and seven others (a proof of three hashes).
	delivered, undelivered := gpuHours-gpuHours/4, gpuHours/4
	leaves := []common.Hash{OracleLeaf(big.NewInt(leaseID), delivered, undelivered, 1<<6)}
	for i := range 7 {
		leaves = append(leaves, OracleLeaf(big.NewInt(1000+int64(i)), 10, 0, 0))
	}
	root, proofs := MerkleProofs(leaves)
	post := func(epoch uint64, signers []*ecdsa.PrivateKey) (uint64, error) {
		sigs, err := SignReport(signers, ReportDigest(e.Chain.ChainID, oracle, epoch, root))
		if err != nil {
			return 0, err
		}
		r, err := e.Send(Operator, oi, ob.PackPostReport(epoch, root, sigs))
		if err != nil {
			return 0, fmt.Errorf("postReport %d: %w", epoch, err)
		}
		return r.GasUsed, nil
	}
	var figs []Figure
	if _, err := post(lastHour-2, keys[:3]); err != nil { // the first report writes latestEpoch from zero
		return nil, err
	}
	g, err := post(lastHour-1, keys[:3])
	if err != nil {
		return nil, err
	}
	figs = append(figs, Figure{"gas_oracle_post_report_3of5", g})
	if _, err := e.Send(Admin, oi, ob.PackSetReporters(addrs, big.NewInt(7))); err != nil {
		return nil, err
	}
	if g, err = post(lastHour, keys[:7]); err != nil {
		return nil, err
	}
	figs = append(figs, Figure{"gas_oracle_post_report_7of10", g})
	if err := e.AdvanceTime(601 * time.Second); err != nil {
		return nil, err
	}
	r, err := e.Send(Operator, oi, ob.PackSettleLease(big.NewInt(leaseID), new(big.Int).SetUint64(delivered),
		new(big.Int).SetUint64(undelivered), big.NewInt(1<<6), lastHour, proofs[0]))
	if err != nil {
		return nil, fmt.Errorf("settleLease: %w", err)
	}
	figs = append(figs, Figure{"gas_oracle_settle_lease", r.GasUsed})
	return figs, nil
}
