package judge

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

var domainTypes = []apitypes.Type{
	{Name: "name", Type: "string"},
	{Name: "version", Type: "string"},
	{Name: "chainId", Type: "uint256"},
	{Name: "verifyingContract", Type: "address"},
}

func typedDomain(d Domain) apitypes.TypedDataDomain {
	return apitypes.TypedDataDomain{Name: DomainName, Version: DomainVersion,
		ChainId: (*math.HexOrDecimal256)(d.ChainID), VerifyingContract: d.VerifyingContract.Hex()}
}

// TestDigestsMatchWallets holds the hand-written digests to go-ethereum's
// eth_signTypedData_v4 hashing (apitypes), as a wallet computes them.
func TestDigestsMatchWallets(t *testing.T) {
	domains := []Domain{testDomain, {ChainID: big.NewInt(1), VerifyingContract: common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff")}}
	for _, d := range domains {
		for _, epoch := range []uint64{0, 1, 493827, 1<<64 - 1} {
			root := common.BytesToHash(big.NewInt(int64(epoch%1000) + 12345).Bytes())
			td := apitypes.TypedData{
				Types:       apitypes.Types{"EIP712Domain": domainTypes, "Report": {{Name: "epoch", Type: "uint64"}, {Name: "root", Type: "bytes32"}}},
				PrimaryType: "Report",
				Domain:      typedDomain(d),
				Message:     apitypes.TypedDataMessage{"epoch": new(big.Int).SetUint64(epoch).String(), "root": root.Hex()},
			}
			want, _, err := apitypes.TypedDataAndHash(td)
			if err != nil {
				t.Fatal(err)
			}
			if got := ReportDigest(d, epoch, root); got != common.BytesToHash(want) {
				t.Fatalf("report digest %s, wallet %x", got, want)
			}
			ct := apitypes.TypedData{
				Types:       apitypes.Types{"EIP712Domain": domainTypes, "Complaint": {{Name: "leaseId", Type: "uint256"}, {Name: "hour", Type: "uint64"}}},
				PrimaryType: "Complaint",
				Domain:      typedDomain(d),
				Message:     apitypes.TypedDataMessage{"leaseId": new(big.Int).SetUint64(epoch ^ 0x55).String(), "hour": new(big.Int).SetUint64(epoch).String()},
			}
			want, _, err = apitypes.TypedDataAndHash(ct)
			if err != nil {
				t.Fatal(err)
			}
			if got := ComplaintDigest(d, epoch^0x55, epoch); got != common.BytesToHash(want) {
				t.Fatalf("complaint digest %s, wallet %x", got, want)
			}
		}
	}
}

func TestSignReport(t *testing.T) {
	k := key(t, "reporter")
	rep, err := BuildReport(5, nil, []HourResult{res(1, 5, 1, Delivered, NoReason)})
	if err != nil {
		t.Fatal(err)
	}
	sig, err := rep.Sign(k, testDomain)
	if err != nil {
		t.Fatal(err)
	}
	if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		t.Fatalf("signature %x: want 65 bytes with v 27/28", sig)
	}
	if got, err := RecoverReportSigner(testDomain, rep.Epoch, rep.Root, sig); err != nil || got != addr(k) {
		t.Fatalf("recovered %s, %v; want %s", got, err, addr(k))
	}
	// Another epoch, root or chain recovers someone else.
	other := testDomain
	other.ChainID = big.NewInt(1)
	for _, c := range []struct {
		d     Domain
		epoch uint64
		root  common.Hash
	}{{testDomain, 6, rep.Root}, {testDomain, 5, common.Hash{1}}, {other, 5, rep.Root}} {
		if got, _ := RecoverReportSigner(c.d, c.epoch, c.root, sig); got == addr(k) {
			t.Fatalf("signature of epoch 5 recovers the reporter for %+v", c)
		}
	}
	if _, err := RecoverReportSigner(testDomain, 5, rep.Root, sig[:64]); CodeOf(err) != CodeBadSignature {
		t.Fatalf("short signature: %v", err)
	}
}
