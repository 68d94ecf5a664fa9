package service_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

const walletOwnerAcct = 5 // the contract holder's owner (funded, for its gas)

// TestContractHolderSpec: the holder is a contract wallet (a DAO
// multisig's stand-in, contracts/src/test/TestHolderWallet.sol) that
// holds the tokens and redeems through its owner. Its spec, signed by the
// owner's key, is accepted through the wallet's EIP-1271
// isValidSignature; a signature the wallet refuses is bad_signature and
// changes nothing.
func TestContractHolderSpec(t *testing.T) {
	w := newWorld(t)
	w.provide(w.addr(nodeAcct))
	wb := bindings.NewTestHolderWallet()
	wallet, _, err := w.c.Deploy(walletOwnerAcct, &bindings.TestHolderWalletMetaData, wb.PackConstructor(w.addr(walletOwnerAcct)))
	if err != nil {
		t.Fatal(err)
	}
	p := w.addr(providerAcct)
	w.send(providerAcct, w.ct.Token, tokenB.PackSafeTransferFrom(p, wallet, w.id.Big(), big.NewInt(2), nil))
	w.send(walletOwnerAcct, wallet, wb.PackExecute(w.ct.Token, tokenB.PackSetApprovalForAll(w.ct.Vault, true)))
	w.startService(service.StaticAgents{})

	spec := w.spec("echo from the DAO")
	spec.Holder = wallet
	w.send(walletOwnerAcct, wallet, wb.PackExecute(w.ct.Vault,
		vaultB.PackRedeem(w.id.Big(), spec.GPUs, spec.Hours, spec.StartHour, spec.Hash(w.dom))))
	const id = "1"
	r := w.waitRecord(id, "confirmed", func(r service.Record) bool { return r.Confirmed })
	if r.Lease.Holder != wallet {
		t.Fatalf("lease holder %s, want the wallet %s", r.Lease.Holder, wallet)
	}

	stranger, _ := service.SignSpec(spec, w.dom, w.key(holderAcct))
	for _, c := range []struct {
		name string
		sig  []byte
		want string
	}{
		{"signed by a stranger", stranger, "did not accept"},
		{"garbage", []byte("not a signature at all"), "did not accept"},
		{"too long", make([]byte, service.MaxSignatureBytes+1), "at most"},
	} {
		_, err := w.svc.SubmitSpec(context.Background(), id, spec, c.sig)
		if service.CodeOf(err) != service.CodeBadSignature || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %s (%q)", c.name, err, service.CodeBadSignature, c.want)
		}
		if got, _ := w.svc.Lease(id); got.Spec != nil {
			t.Fatalf("%s: the refusal changed the lease: %+v", c.name, got)
		}
	}

	sig, err := service.SignSpec(spec, w.dom, w.key(walletOwnerAcct))
	if err != nil {
		t.Fatal(err)
	}
	r, err = w.svc.SubmitSpec(context.Background(), id, spec, sig)
	if err != nil {
		t.Fatal(err)
	}
	if r.Spec == nil || r.Spec.Holder != wallet || string(r.Signature) != string(sig) {
		t.Fatalf("accepted spec: %+v", r)
	}
	if recs, _, _ := w.store.Load(); len(recs) != 1 || recs[0].Spec == nil {
		t.Fatalf("store: %+v", recs)
	}
	if _, err := w.svc.SubmitSpec(context.Background(), id, spec, sig); err != nil {
		t.Fatalf("the same spec again: %v", err)
	}
}
