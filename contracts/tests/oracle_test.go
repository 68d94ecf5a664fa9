package tests

import (
	"crypto/ecdsa"
	"math/big"
	"math/rand"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
)

// The oracle tests build their reports' trees and digests with the
// reporters' own code (oracle/merkle, oracle/judge) through gasbench's
// helpers, so they also check that the contract accepts what the
// reporters produce.

const (
	guardianAcct = firstProvider + 4 // deliveryHolder + 1
	oracleRate   = 5_000_000         // collateral per GPU-hour: $5
	oracleMark   = 250_000_000       // $2.50 per GPU-hour, 8 decimals
	oraclePrice  = 2_500_000         // the same in stablecoin base units
	oraclePen    = 1_000_000         // the grade's penalty: $1 per GPU-hour
	oracleWindow = 600               // challenge window, seconds
)

// oracleEnv is a deliveryEnv with a MarkPriceFeed for its id (one mark
// posted), a DeliveryOracle holding the vault's SETTLER_ROLE with five
// reporters (threshold 3), a guardian (account guardianAcct), the feed
// registered and the grade's penalty set; provider 0 minted 96 GPU-hours
// at oracleRate and the holder redeemed lease 1: 2 GPUs x 3 hours from
// the window's start.
type oracleEnv struct {
	*deliveryEnv
	o      *bindings.DeliveryOracle
	oInst  *bind.BoundContract
	oAddr  common.Address
	oABI   *abi.ABI
	feed   common.Address
	keys   []*ecdsa.PrivateKey
	s      uint64 // the lease's first hour
	leaves map[uint64][]leafFig
}

type leafFig struct{ lease, d, u, reasons uint64 }

func newOracleEnv(t *testing.T) *oracleEnv {
	t.Helper()
	return newOracleEnvRates(t, oracleRate, oraclePen)
}

// newOracleEnvRates is newOracleEnv with another collateral rate and penalty.
func newOracleEnvRates(t *testing.T, rate, penalty int64) *oracleEnv {
	t.Helper()
	d := newDeliveryEnv(t, 8)
	const p = firstProvider
	d.fund(p, 1_000_000_000)
	d.deposit(p, 1_000_000_000)
	d.setRate(d.grade, rate)
	d.mintTo(p, d.id, 96)
	fb := bindings.NewMarkPriceFeed()
	feed, _, err := d.c.Deploy(adminAcct, &bindings.MarkPriceFeedMetaData, fb.PackConstructor(d.id, d.addr(adminAcct), d.addr(adminAcct)))
	if err != nil {
		t.Fatal(err)
	}
	d.send(adminAcct, fb.Instance(d.c.Client, feed), fb.PackPostMark(big.NewInt(oracleMark)))
	d.redeem(d.id, 2, 3, d.startHour(), [32]byte{1})

	o := &oracleEnv{deliveryEnv: d, o: bindings.NewDeliveryOracle(), feed: feed, keys: gasbench.ReporterKeys(10),
		s: uint64(d.startHour()), leaves: map[uint64][]leafFig{}}
	if o.oAddr, _, err = d.c.Deploy(adminAcct, &bindings.DeliveryOracleMetaData, o.o.PackConstructor(
		d.vaultAddr, d.addr(adminAcct), d.addr(guardianAcct), gasbench.Addresses(o.keys[:5]), big.NewInt(3), oracleWindow)); err != nil {
		t.Fatal(err)
	}
	o.oInst = o.o.Instance(d.c.Client, o.oAddr)
	o.oABI = mustABI(t, &bindings.DeliveryOracleMetaData)
	d.send(adminAcct, d.vaultInst, d.vault.PackGrantRole(roleHash("SETTLER_ROLE"), o.oAddr))
	d.send(adminAcct, o.oInst, o.o.PackSetFeed(d.id, feed))
	d.send(adminAcct, o.oInst, o.o.PackSetPenalty(d.grade, big.NewInt(penalty)))
	return o
}

// tree returns epoch's root and the proof of its i-th leaf.
func (o *oracleEnv) tree(epoch uint64) (common.Hash, [][][32]byte) {
	var hs []common.Hash
	for _, l := range o.leaves[epoch] {
		hs = append(hs, gasbench.OracleLeaf(new(big.Int).SetUint64(l.lease), l.d, l.u, l.reasons))
	}
	return gasbench.MerkleProofs(hs)
}

func (o *oracleEnv) sigs(epoch uint64, root common.Hash, keys ...*ecdsa.PrivateKey) [][]byte {
	o.t.Helper()
	s, err := gasbench.SignReport(keys, gasbench.ReportDigest(o.c.ChainID, o.oAddr, epoch, root))
	if err != nil {
		o.t.Fatal(err)
	}
	return s
}

// post posts epoch's tree signed by reporters 0..2.
func (o *oracleEnv) post(epoch uint64) *types.Receipt {
	o.t.Helper()
	root, _ := o.tree(epoch)
	return o.send(firstProvider+1, o.oInst, o.o.PackPostReport(epoch, root, o.sigs(epoch, root, o.keys[:3]...)))
}

func (o *oracleEnv) settleData(epoch uint64, i int) []byte {
	_, proofs := o.tree(epoch)
	l := o.leaves[epoch][i]
	return o.o.PackSettleLease(new(big.Int).SetUint64(l.lease), new(big.Int).SetUint64(l.d), new(big.Int).SetUint64(l.u),
		new(big.Int).SetUint64(l.reasons), epoch, proofs[i])
}

func (o *oracleEnv) oErr(name string, args ...any) []byte {
	return packErr(o.t, o.oABI, name, args...)
}

// revert checks an eth_call of data to the oracle by account from
// reverts with want.
func (o *oracleEnv) revert(from int, data, want []byte) {
	o.t.Helper()
	expectCallRevert(o.t, o.c.Client, o.addr(from), o.oAddr, data, want,
		func(b []byte) string { return revertName(b, o.oABI, o.vaultABI) })
}

func (o *oracleEnv) report(epoch uint64) bindings.DeliveryOracleReport {
	o.t.Helper()
	r, err := bind.Call(o.oInst, nil, o.o.PackReport(epoch), o.o.UnpackReport)
	if err != nil {
		o.t.Fatal(err)
	}
	return r
}

// The lease's figures per epoch: hour s delivered, hours s+1 and s+2 not
// (the node was lost), plus other leases' leaves.
func (o *oracleEnv) standardLeaves() {
	s := o.s
	o.leaves[s] = []leafFig{{1, 2, 0, 0}, {77, 1, 0, 0}, {78, 0, 1, 1 << 5}}
	o.leaves[s+1] = []leafFig{{1, 2, 2, 1 << 5}, {77, 2, 0, 0}}
	o.leaves[s+2] = []leafFig{{1, 2, 4, 1 << 5}, {77, 3, 0, 0}, {78, 0, 2, 1 << 5}, {99, 1, 0, 0}, {1, 7, 0, 0}}
}

// TestOracleReportDigest: the EIP-712 digest reporters sign is the fixed
// interface {name "Hourglass Oracle", version "1", chainId, the oracle}
// and Report(uint64 epoch,bytes32 root).
func TestOracleReportDigest(t *testing.T) {
	o := newOracleEnv(t)
	root := common.HexToHash("0x1234")
	got, err := bind.Call(o.oInst, nil, o.o.PackReportDigest(42, root), o.o.UnpackReportDigest)
	if err != nil {
		t.Fatal(err)
	}
	if want := judge.ReportDigest(judge.Domain{ChainID: o.c.ChainID, VerifyingContract: o.oAddr}, 42, root); common.Hash(got) != want {
		t.Fatalf("reportDigest %x, want the reporters' %x", got, want)
	}
	sep, err := bind.Call(o.oInst, nil, o.o.PackDomainSeparator(), o.o.UnpackDomainSeparator)
	if want := (judge.Domain{ChainID: o.c.ChainID, VerifyingContract: o.oAddr}).Separator(); err != nil || common.Hash(sep) != want {
		t.Fatalf("domainSeparator %x %v, want %x", sep, err, want)
	}
	th, err := bind.Call(o.oInst, nil, o.o.PackREPORTTYPEHASH(), o.o.UnpackREPORTTYPEHASH)
	if err != nil || common.Hash(th) != crypto.Keccak256Hash([]byte("Report(uint64 epoch,bytes32 root)")) {
		t.Fatalf("REPORT_TYPEHASH %x %v", th, err)
	}
}

// TestOracleReports: k distinct registered signers, strictly increasing
// epochs, one root per epoch, only once the epoch is over.
func TestOracleReports(t *testing.T) {
	o := newOracleEnv(t)
	o.standardLeaves()
	s := o.s
	root, _ := o.tree(s)
	sig := func(keys ...*ecdsa.PrivateKey) [][]byte { return o.sigs(s, root, keys...) }
	end := int64(s+1) * 3600
	// Before the epoch's end.
	o.revert(1, o.o.PackPostReport(s, root, sig(o.keys[:3]...)), o.oErr("EpochNotOver", s, big.NewInt(end)))
	o.setTime(end)

	three := sig(o.keys[:3]...)
	o.revert(1, o.o.PackPostReport(s, common.Hash{}, three), o.oErr("ZeroRoot"))
	// Below the threshold.
	o.revert(1, o.o.PackPostReport(s, root, three[:2]), o.oErr("TooFewSignatures", big.NewInt(2), big.NewInt(3)))
	// The same signer twice, and the right signers out of order.
	dup := [][]byte{three[0], three[0], three[1]}
	o.revert(1, o.o.PackPostReport(s, root, dup), o.oErr("SignerNotAscending", big.NewInt(1), signer(t, o, s, root, three[0])))
	rev := [][]byte{three[2], three[1], three[0]}
	o.revert(1, o.o.PackPostReport(s, root, rev), o.oErr("SignerNotAscending", big.NewInt(1), signer(t, o, s, root, three[1])))
	// A key that is not a reporter (reporter 7 of the ten keys).
	withOutsider := sig(o.keys[0], o.keys[1], o.keys[7])
	bad := -1
	for i, sg := range withOutsider {
		if signer(t, o, s, root, sg) == crypto.PubkeyToAddress(o.keys[7].PublicKey) {
			bad = i
		}
	}
	o.revert(1, o.o.PackPostReport(s, root, withOutsider), o.oErr("NotReporter", big.NewInt(int64(bad)), crypto.PubkeyToAddress(o.keys[7].PublicKey)))
	// A signature of another root, and a malformed one.
	other := o.sigs(s, common.HexToHash("0x99"), o.keys[:3]...)
	if _, err := o.c.Client.CallContract(ctxBG(), callFrom(o.addr(1), o.oAddr, o.o.PackPostReport(s, root, other)), nil); err == nil {
		t.Fatal("signatures of another root accepted")
	}
	short := [][]byte{three[0], three[1], three[2][:64]}
	o.revert(1, o.o.PackPostReport(s, root, short), o.oErr("InvalidSignature", big.NewInt(2)))

	r := o.send(1, o.oInst, o.o.PackPostReport(s, root, three))
	ev := events(r, o.oAddr, o.o.UnpackReportPostedEvent)
	if len(ev) != 1 || ev[0].Epoch != s || ev[0].Root != root || ev[0].Signers.Int64() != 3 || ev[0].FinalAt.Uint64() != o.report(s).FinalAt {
		t.Fatalf("ReportPosted %+v", ev)
	}
	if got := o.report(s); got.Root != root || got.PostedAt != uint64(o.now().Unix()) || got.FinalAt != got.PostedAt+oracleWindow || got.Voided {
		t.Fatalf("report %+v", got)
	}
	// Four of five is more than enough.
	o.setTime(int64(s+2) * 3600)
	root1, _ := o.tree(s + 1)
	// A second root for the same epoch, and an older epoch.
	o.revert(1, o.o.PackPostReport(s, root1, o.sigs(s, root1, o.keys[:3]...)), o.oErr("ReportExists", s, root))
	o.revert(1, o.o.PackPostReport(s-1, root1, o.sigs(s-1, root1, o.keys[:3]...)), o.oErr("EpochNotIncreasing", s-1, s))
	o.send(1, o.oInst, o.o.PackPostReport(s+1, root1, o.sigs(s+1, root1, o.keys[:4]...)))
	if le, _ := bind.Call(o.oInst, nil, o.o.PackLatestEpoch(), o.o.UnpackLatestEpoch); le != s+1 {
		t.Fatalf("latestEpoch %d", le)
	}

	// The reporter set changes only through the admin (the timelock);
	// reports already posted stand, new ones need the new set.
	o.revert(1, o.o.PackSetReporters(gasbench.Addresses(o.keys[5:]), big.NewInt(3)),
		packErr(t, o.oABI, "AccessControlUnauthorizedAccount", o.addr(1), [32]byte{}))
	o.revert(adminAcct, o.o.PackSetReporters(gasbench.Addresses(o.keys[5:]), big.NewInt(2)), o.oErr("BadReporters", big.NewInt(5), big.NewInt(2)))
	o.revert(adminAcct, o.o.PackSetReporters(gasbench.Addresses(o.keys[5:]), big.NewInt(6)), o.oErr("BadReporters", big.NewInt(5), big.NewInt(6)))
	twice := gasbench.Addresses([]*ecdsa.PrivateKey{o.keys[5], o.keys[6], o.keys[5]})
	o.revert(adminAcct, o.o.PackSetReporters(twice, big.NewInt(2)), o.oErr("DuplicateReporter", twice[0]))
	r = o.send(adminAcct, o.oInst, o.o.PackSetReporters(gasbench.Addresses(o.keys[5:]), big.NewInt(3)))
	if ev := events(r, o.oAddr, o.o.UnpackReportersSetEvent); len(ev) != 1 || ev[0].Threshold.Int64() != 3 || len(ev[0].Reporters) != 5 {
		t.Fatalf("ReportersSet %+v", ev)
	}
	o.setTime(int64(s+3) * 3600)
	root2, _ := o.tree(s + 2)
	old := o.sigs(s+2, root2, o.keys[:3]...)
	first := signer(t, o, s+2, root2, old[0])
	o.revert(1, o.o.PackPostReport(s+2, root2, old), o.oErr("NotReporter", big.NewInt(0), first))
	o.send(1, o.oInst, o.o.PackPostReport(s+2, root2, o.sigs(s+2, root2, o.keys[5:8]...)))
	if got := o.report(s); got.Root != root {
		t.Fatalf("epoch %d's report changed: %+v", s, got)
	}
	// No reporters: nothing can be posted.
	o.send(adminAcct, o.oInst, o.o.PackSetReporters(nil, big.NewInt(0)))
	o.setTime(int64(s+4) * 3600)
	o.revert(1, o.o.PackPostReport(s+3, root2, nil), o.oErr("NoReporters"))
}

// signer recovers the address that signed (epoch, root) with sig.
func signer(t *testing.T, o *oracleEnv, epoch uint64, root common.Hash, sig []byte) common.Address {
	t.Helper()
	s := append([]byte{}, sig...)
	s[64] -= 27
	pub, err := crypto.SigToPub(gasbench.ReportDigest(o.c.ChainID, o.oAddr, epoch, root).Bytes(), s)
	if err != nil {
		t.Fatal(err)
	}
	return crypto.PubkeyToAddress(*pub)
}

// TestOracleChallengeWindow: a report settles nothing until its window is
// over; a guardian may void it inside the window (and only there), after
// which the epoch can be reported again, even behind later epochs.
func TestOracleChallengeWindow(t *testing.T) {
	o := newOracleEnv(t)
	o.standardLeaves()
	s := o.s
	o.setTime(int64(s+3) * 3600)
	o.post(s)
	posted := o.report(s)
	o.revert(1, o.settleData(s, 0), o.oErr("ReportNotFinal", s, new(big.Int).SetUint64(posted.FinalAt)))
	if fin, _ := bind.Call(o.oInst, nil, o.o.PackIsFinal(s), o.o.UnpackIsFinal); fin {
		t.Fatal("final inside the window")
	}
	o.revert(1, o.o.PackVoidReport(s), packErr(t, o.oABI, "AccessControlUnauthorizedAccount", o.addr(1), roleHash("GUARDIAN_ROLE")))
	o.revert(guardianAcct, o.o.PackVoidReport(s+1), o.oErr("NoReport", s+1))
	o.post(s + 1)
	r := o.send(guardianAcct, o.oInst, o.o.PackVoidReport(s))
	if ev := events(r, o.oAddr, o.o.UnpackReportVoidedEvent); len(ev) != 1 || ev[0].Epoch != s || ev[0].Root != posted.Root || ev[0].By != o.addr(guardianAcct) {
		t.Fatalf("ReportVoided %+v", ev)
	}
	o.revert(guardianAcct, o.o.PackVoidReport(s), o.oErr("ReportIsVoided", s))
	o.setTime(int64(posted.FinalAt) + 10)
	o.revert(1, o.settleData(s, 0), o.oErr("ReportIsVoided", s))
	// Epoch s+1's window is over: final, and no longer voidable.
	fin := o.report(s + 1).FinalAt
	o.revert(guardianAcct, o.o.PackVoidReport(s+1), o.oErr("ReportFinal", s+1, new(big.Int).SetUint64(fin)))
	// The voided epoch again, with a corrected root, behind epoch s+1.
	o.leaves[s] = []leafFig{{1, 2, 0, 0}}
	o.post(s)
	o.revert(1, o.settleData(s, 0), o.oErr("ReportNotFinal", s, new(big.Int).SetUint64(o.report(s).FinalAt)))
	o.setTime(int64(o.report(s).FinalAt))
	o.send(1, o.oInst, o.settleData(s, 0))
	// A later window applies only to reports posted after the change.
	o.send(adminAcct, o.oInst, o.o.PackSetChallengeWindow(3600))
	o.revert(adminAcct, o.o.PackSetChallengeWindow(31*24*3600), o.oErr("WindowTooLong", big.NewInt(31*24*3600)))
	o.post(s + 2)
	if rep := o.report(s + 2); rep.FinalAt != rep.PostedAt+3600 {
		t.Fatalf("report %+v, want a 3,600 s window", rep)
	}
}

// settleState is what a settlement order ends with.
type settleState struct {
	holderCoin, deposited, locked, posMinted, posAssigned, posLocked int64
}

func (o *oracleEnv) state() settleState {
	a := o.account(firstProvider)
	p := o.position(firstProvider, o.id)
	return settleState{o.coinBalance(o.addr(o.holder)).Int64(), a.Deposited.Int64(), a.Locked.Int64(),
		int64(p.Minted.Uint64()), int64(p.Assigned.Uint64()), p.Locked.Int64()}
}

// TestOracleSettlementOrders: whatever order the proofs of epochs s, s+1
// and s+2 arrive in, the holder ends with 4 undelivered GPU-hours x
// (price + penalty), the provider's whole lease collateral leaves its
// locked amount and the rest is freed; every hour is paid once.
func TestOracleSettlementOrders(t *testing.T) {
	const gpuHours = 6
	const leaseColl = gpuHours * oracleRate
	const paid = 4 * (oraclePrice + oraclePen)
	orders := [][]uint64{{0, 1, 2}, {2, 1, 0}, {1, 0, 2}, {2}, {0, 2, 1}}
	var want *settleState
	for _, order := range orders {
		o := newOracleEnv(t)
		o.standardLeaves()
		s := o.s
		o.setTime(int64(s+3) * 3600)
		for e := s; e <= s+2; e++ {
			o.post(e)
		}
		o.setTime(o.now().Unix() + oracleWindow)
		before := o.state()
		var totalPaid, totalReleased int64
		var high uint64 // the highest epoch settled
		for _, k := range order {
			e := s + k
			if high != 0 && e < high {
				fig := o.leaves[high][0]
				o.revert(1, o.settleData(e, 0), o.oErr("FiguresDecreased", big.NewInt(1), new(big.Int).SetUint64(fig.d), new(big.Int).SetUint64(fig.u)))
				continue
			}
			r := o.send(1, o.oInst, o.settleData(e, 0))
			ev := events(r, o.oAddr, o.o.UnpackLeaseSettledEvent)
			vev := events(r, o.vaultAddr, o.vault.UnpackDeliverySettledEvent)
			if len(ev) != 1 || len(vev) != 1 || ev[0].Paid.Cmp(vev[0].Paid) != 0 || ev[0].Released.Cmp(vev[0].Released) != 0 || ev[0].Epoch != e {
				t.Fatalf("order %v epoch %d: events %+v %+v", order, e, ev, vev)
			}
			totalPaid += ev[0].Paid.Int64()
			totalReleased += ev[0].Released.Int64()
			high = e
			// The same proof again pays nothing.
			o.revert(1, o.settleData(e, 0), o.oErr("NothingToSettle", big.NewInt(1)))
		}
		after := o.state()
		if totalPaid != paid || totalReleased != leaseColl-paid {
			t.Fatalf("order %v: paid %d released %d, want %d and %d", order, totalPaid, totalReleased, paid, leaseColl-paid)
		}
		if after.holderCoin-before.holderCoin != paid || before.deposited-after.deposited != paid ||
			before.locked-after.locked != leaseColl || before.posLocked-after.posLocked != leaseColl ||
			before.posMinted-after.posMinted != gpuHours || before.posAssigned-after.posAssigned != gpuHours {
			t.Fatalf("order %v: %+v -> %+v", order, before, after)
		}
		set, err := bind.Call(o.oInst, nil, o.o.PackSettlement(big.NewInt(1)), o.o.UnpackSettlement)
		if err != nil || set.Delivered != 2 || set.Undelivered != 4 || set.Rate.Int64() != oraclePrice+oraclePen ||
			set.Collateral.Int64() != leaseColl || !set.Opened {
			t.Fatalf("settlement %+v %v", set, err)
		}
		if want == nil {
			want = &after
		} else if after != *want {
			t.Fatalf("order %v ends %+v, another order %+v", order, after, *want)
		}
	}
}

// TestOracleSettlementRules: delivered hours free their collateral as
// they are proven; undelivered ones pay the holder price + penalty each;
// the holder never gets more than the lease's collateral; bad proofs,
// another lease's proof, unknown leases, figures above the lease and a
// missing feed are refused and change nothing; only the oracle moves
// collateral.
func TestOracleSettlementRules(t *testing.T) {
	o := newOracleEnv(t)
	o.standardLeaves()
	s := o.s
	o.setTime(int64(s+3) * 3600)
	for e := s; e <= s+2; e++ {
		o.post(e)
	}
	o.setTime(o.now().Unix() + oracleWindow)

	// Only SETTLER_ROLE moves collateral through the vault.
	o.expectRevert(o.holder, o.vaultAddr, o.vault.PackSettleDelivery(big.NewInt(1), big.NewInt(6), big.NewInt(0), big.NewInt(1)),
		packErr(t, o.vaultABI, "AccessControlUnauthorizedAccount", o.addr(o.holder), roleHash("SETTLER_ROLE")))

	// A proof of another leaf, a lease id that is not the leaf's, a proof
	// of another epoch.
	_, proofs := o.tree(s + 2)
	bad := o.o.PackSettleLease(big.NewInt(1), big.NewInt(2), big.NewInt(4), big.NewInt(1<<5), s+2, proofs[1])
	o.revert(1, bad, o.oErr("InvalidProof", big.NewInt(1), s+2))
	wrongID := o.o.PackSettleLease(big.NewInt(77), big.NewInt(2), big.NewInt(4), big.NewInt(1<<5), s+2, proofs[0])
	o.revert(1, wrongID, o.oErr("InvalidProof", big.NewInt(77), s+2))
	otherEpoch := o.o.PackSettleLease(big.NewInt(1), big.NewInt(2), big.NewInt(4), big.NewInt(1<<5), s+1, proofs[0])
	o.revert(1, otherEpoch, o.oErr("InvalidProof", big.NewInt(1), s+1))
	o.revert(1, o.o.PackSettleLease(big.NewInt(1), big.NewInt(2), big.NewInt(4), big.NewInt(1<<5), s+5, proofs[0]), o.oErr("NoReport", s+5))
	// A lease that does not exist, figures above gpus x hours.
	o.revert(1, o.settleData(s+2, 3), o.oErr("UnknownLease", big.NewInt(99)))
	o.revert(1, o.settleData(s+2, 4), o.oErr("FiguresExceedLease", big.NewInt(1), big.NewInt(7), big.NewInt(0), big.NewInt(6)))

	// Hour s delivered: its 2 GPU-hours free 2 x the rate, nothing paid.
	before := o.state()
	o.send(1, o.oInst, o.settleData(s, 0))
	mid := o.state()
	if before.locked-mid.locked != 2*oracleRate || mid.deposited != before.deposited || mid.holderCoin != before.holderCoin {
		t.Fatalf("delivered hour: %+v -> %+v", before, mid)
	}
	// Hour s+1 undelivered: the holder gets 2 x (price + penalty).
	o.send(1, o.oInst, o.settleData(s+1, 0))
	mid2 := o.state()
	if mid2.holderCoin-mid.holderCoin != 2*(oraclePrice+oraclePen) || mid.deposited-mid2.deposited != 2*(oraclePrice+oraclePen) {
		t.Fatalf("undelivered hours: %+v -> %+v", mid, mid2)
	}

	// A rate is fixed at the lease's first settlement: a new penalty leaves
	// lease 1's unchanged.
	o.setTime(o.now().Unix() + 1)
	o.send(adminAcct, o.oInst, o.o.PackSetPenalty(o.grade, big.NewInt(10_000_000)))
	if set, _ := bind.Call(o.oInst, nil, o.o.PackSettlement(big.NewInt(1)), o.o.UnpackSettlement); set.Rate.Int64() != oraclePrice+oraclePen {
		t.Fatalf("lease 1's rate %v", set.Rate)
	}
	// Another chain: lease 1 under a penalty so high that its undelivered
	// GPU-hours claim more than its collateral: the holder gets the
	// collateral, no more, and the provider nothing back.
	o2 := newOracleEnv(t)
	o2.send(adminAcct, o2.oInst, o2.o.PackSetPenalty(o2.grade, big.NewInt(10_000_000)))
	s2 := o2.s
	o2.leaves[s2] = []leafFig{{1, 0, 2, 1 << 6}}
	o2.leaves[s2+2] = []leafFig{{1, 0, 6, 1 << 6}}
	o2.setTime(int64(s2+3) * 3600)
	o2.post(s2)
	o2.post(s2 + 2)
	o2.setTime(o2.now().Unix() + oracleWindow)
	b := o2.state()
	o2.send(1, o2.oInst, o2.settleData(s2, 0)) // 2 x 12.5 = 25 of the lease's 30
	m := o2.state()
	if m.holderCoin-b.holderCoin != 2*(oraclePrice+10_000_000) || b.locked-m.locked != 2*(oraclePrice+10_000_000) {
		t.Fatalf("capped lease, first: %+v -> %+v", b, m)
	}
	o2.send(1, o2.oInst, o2.settleData(s2+2, 0)) // the last 5 of 30
	a := o2.state()
	if a.holderCoin-b.holderCoin != 6*oracleRate || b.deposited-a.deposited != 6*oracleRate || b.locked-a.locked != 6*oracleRate {
		t.Fatalf("capped lease: %+v -> %+v", b, a)
	}

	// No feed registered for the instrument: refused, nothing moves.
	o3 := newOracleEnv(t)
	o3.send(adminAcct, o3.oInst, o3.o.PackSetFeed(o3.id, o3.feed)) // the same feed again is fine
	fb := bindings.NewMarkPriceFeed()
	otherID := reservation(t, 0x2330, 1, hourAfter(o3.now(), 72*time.Hour), 24)
	other, _, err := o3.c.Deploy(adminAcct, &bindings.MarkPriceFeedMetaData, fb.PackConstructor(otherID, o3.addr(adminAcct), o3.addr(adminAcct)))
	if err != nil {
		t.Fatal(err)
	}
	o3.revert(adminAcct, o3.o.PackSetFeed(o3.id, other), o3.oErr("FeedMismatch", o3.id, other, otherID))
	o3.revert(adminAcct, o3.o.PackSetPenalty(o3.id, big.NewInt(1)), o3.oErr("InvalidGrade", o3.id))
	o3.send(adminAcct, o3.oInst, o3.o.PackSetFeed(otherID, other)) // a feed for another id leaves o3.id's
	o3.leaves[o3.s] = []leafFig{{1, 2, 0, 0}}
	o3.setTime(int64(o3.s+1) * 3600)
	o3.post(o3.s)
	o3.setTime(o3.now().Unix() + oracleWindow)
	o3.send(1, o3.oInst, o3.settleData(o3.s, 0)) // the feed is o3.id's; settle() froze its price on the way
	sp, err := bind.Call(fb.Instance(o3.c.Client, o3.feed), nil, fb.PackSettlementRound(), fb.UnpackSettlementRound)
	if err != nil || sp.Int64() != 1 {
		t.Fatalf("the feed's settlement round %v %v", sp, err)
	}
}

// TestOracleFeedNotSet: with no feed for the lease's instrument the first
// settlement reverts FeedNotSet.
func TestOracleFeedNotSet(t *testing.T) {
	d := newDeliveryEnv(t, 8)
	d.mintTo(firstProvider, d.id, 10)
	d.redeem(d.id, 1, 2, d.startHour(), [32]byte{1})
	o := &oracleEnv{deliveryEnv: d, o: bindings.NewDeliveryOracle(), keys: gasbench.ReporterKeys(3), s: uint64(d.startHour()), leaves: map[uint64][]leafFig{}}
	var err error
	if o.oAddr, _, err = d.c.Deploy(adminAcct, &bindings.DeliveryOracleMetaData, o.o.PackConstructor(
		d.vaultAddr, d.addr(adminAcct), common.Address{}, gasbench.Addresses(o.keys), big.NewInt(2), 0)); err != nil {
		t.Fatal(err)
	}
	o.oInst = o.o.Instance(d.c.Client, o.oAddr)
	o.oABI = mustABI(t, &bindings.DeliveryOracleMetaData)
	o.leaves[o.s] = []leafFig{{1, 1, 0, 0}}
	o.setTime(int64(o.s+1) * 3600)
	o.post(o.s)
	o.revert(1, o.settleData(o.s, 0), o.oErr("FeedNotSet", d.id))
}

// TestOracleSettlementRandom: four leases of one provider with random
// per-hour delivery, random collateral rate and penalty (the holder's
// claim sometimes above the collateral), every epoch reported, then
// proofs of random (lease, epoch) pairs settled in random order. After
// each step the holder's and the provider's totals are the formula's at
// the highest figures settled (every hour paid once), the vault's
// stablecoin balance equals its providers' deposits, and at the end every
// lease settled to its last epoch leaves no collateral locked.
func TestOracleSettlementRandom(t *testing.T) {
	for seed := int64(1); seed <= 3; seed++ {
		rng := rand.New(rand.NewSource(seed))
		rate := []int64{1_000_000, 3_000_000, 5_000_000}[rng.Intn(3)]
		pen := []int64{0, 1_000_000, 10_000_000}[rng.Intn(3)]
		o := newOracleEnvRates(t, rate, pen)
		q := int64(oraclePrice) + pen
		type lease struct {
			id, gpus, hours, start uint64
			cum                    map[uint64][2]uint64 // epoch -> cumulative (D, U)
		}
		shapes := [][3]uint64{{2, 3, 0}, {1, 5, 1}, {3, 2, 2}, {2, 4, 3}} // gpus, hours, start offset
		var leases []*lease
		for i, sh := range shapes {
			l := &lease{id: uint64(2 + i), gpus: sh[0], hours: sh[1], start: o.s + sh[2], cum: map[uint64][2]uint64{}}
			o.redeem(o.id, uint32(l.gpus), uint16(l.hours), uint32(l.start), [32]byte{byte(i)})
			var d, u uint64
			for h := l.start; h < l.start+l.hours; h++ {
				ok := uint64(rng.Intn(int(l.gpus) + 1))
				d, u = d+ok, u+l.gpus-ok
				l.cum[h] = [2]uint64{d, u}
			}
			leases = append(leases, l)
		}
		last := o.s + 6 // the last lease's last hour
		for e := o.s; e <= last; e++ {
			for _, l := range leases {
				if f, ok := l.cum[e]; ok {
					o.leaves[e] = append(o.leaves[e], leafFig{l.id, f[0], f[1], 1 << 5})
				}
			}
		}
		o.setTime(int64(last+1) * 3600)
		for e := o.s; e <= last; e++ {
			o.post(e)
		}
		o.setTime(o.now().Unix() + oracleWindow)

		totals := func(l *lease, f [2]uint64) (paid, released int64) {
			total := int64(l.gpus * l.hours)
			c := total * rate
			d, u := int64(f[0]), int64(f[1])
			paid = min(c, u*q)
			if d+u == total {
				return paid, c - paid
			}
			return paid, min(d*c/total, c-min(c, (total-d)*q))
		}
		settled := map[uint64][2]uint64{}
		opened := map[uint64]bool{}
		start := o.state()
		type pair struct{ l, e uint64 }
		var pairs []pair
		for li, l := range leases {
			for e := l.start; e < l.start+l.hours; e++ {
				pairs = append(pairs, pair{uint64(li), e})
			}
		}
		rng.Shuffle(len(pairs), func(i, j int) { pairs[i], pairs[j] = pairs[j], pairs[i] })
		settlements := 0
		for _, p := range pairs {
			l := leases[p.l]
			idx := -1
			for i, lf := range o.leaves[p.e] {
				if lf.lease == l.id {
					idx = i
				}
			}
			f, s := l.cum[p.e], settled[l.id]
			switch {
			case f == s:
				o.revert(1, o.settleData(p.e, idx), o.oErr("NothingToSettle", new(big.Int).SetUint64(l.id)))
				continue
			case f[0] < s[0] || f[1] < s[1]:
				o.revert(1, o.settleData(p.e, idx), o.oErr("FiguresDecreased", new(big.Int).SetUint64(l.id),
					new(big.Int).SetUint64(s[0]), new(big.Int).SetUint64(s[1])))
				continue
			}
			o.send(1, o.oInst, o.settleData(p.e, idx))
			settlements++
			settled[l.id], opened[l.id] = f, true
			var paid, released, coll int64
			for _, l := range leases {
				if opened[l.id] {
					p, r := totals(l, settled[l.id])
					paid, released, coll = paid+p, released+r, coll+int64(l.gpus*l.hours)*rate
				}
			}
			now := o.state()
			if now.holderCoin-start.holderCoin != paid || start.deposited-now.deposited != paid ||
				start.locked-now.locked != paid+released || start.posLocked-now.posLocked != coll {
				t.Fatalf("seed %d after lease %d epoch %d: paid %d released %d, state %+v -> %+v", seed, l.id, p.e, paid, released, start, now)
			}
			if bal := o.coinBalance(o.vaultAddr); bal.Int64() != now.deposited+o.account(firstProvider+1).Deposited.Int64()+o.account(firstProvider+2).Deposited.Int64() {
				t.Fatalf("seed %d: the vault holds %v, its providers deposited %d", seed, bal, now.deposited)
			}
		}
		// Every pair was tried, so every lease is settled to its last epoch:
		// all its collateral is gone from locked.
		end := o.state()
		var coll int64
		for _, l := range leases {
			coll += int64(l.gpus*l.hours) * rate
		}
		if start.locked-end.locked != coll {
			t.Fatalf("seed %d: locked fell by %d, the leases' collateral is %d", seed, start.locked-end.locked, coll)
		}
		t.Logf("seed %d: rate %d, q %d: %d settlements of %d proofs, holder paid %d of %d locked",
			seed, rate, q, settlements, len(pairs), end.holderCoin-start.holderCoin, coll)
	}
}
