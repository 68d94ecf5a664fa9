package challenge

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestAnswerSignature: an answer signed by its node verifies, whatever the
// evidence's whitespace; a changed field, another key, a malformed
// signature and oversized evidence do not.
func TestAnswerSignature(t *testing.T) {
	key, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	nonce, err := NewNonce()
	if err != nil {
		t.Fatal(err)
	}
	if n2, _ := NewNonce(); n2 == nonce || nonce == (common.Hash{}) {
		t.Fatal("nonces repeat")
	}
	a := Answer{Challenge: Challenge{Reporter: common.HexToAddress("0x7e"), Node: crypto.PubkeyToAddress(key.PublicKey),
		Nonce: nonce, IssuedAt: 1_797_000_000_000}, AnsweredAt: 1_797_000_000_500,
		Evidence: json.RawMessage(`{"gpus": [{"uuid": "GPU-0", "healthy": true}]}`)}
	if err := a.Sign(other); !errors.Is(err, ErrBadAnswer) {
		t.Fatalf("signing with another node's key: %v", err)
	}
	if err := a.Sign(key); err != nil {
		t.Fatal(err)
	}
	if err := a.Verify(); err != nil {
		t.Fatal(err)
	}
	// Through JSON and back, with the evidence re-indented: still the node's.
	b, _ := json.Marshal(a)
	var back Answer
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	back.Evidence = json.RawMessage("{\n  \"gpus\": [ {\"uuid\": \"GPU-0\", \"healthy\": true} ]\n}")
	if err := back.Verify(); err != nil {
		t.Fatalf("re-indented evidence: %v", err)
	}
	for name, mod := range map[string]func(*Answer){
		"another nonce":    func(x *Answer) { x.Challenge.Nonce[0] ^= 1 },
		"another reporter": func(x *Answer) { x.Challenge.Reporter[0] ^= 1 },
		"another node":     func(x *Answer) { x.Challenge.Node[0] ^= 1 },
		"another time":     func(x *Answer) { x.AnsweredAt++ },
		"other evidence":   func(x *Answer) { x.Evidence = json.RawMessage(`{"gpus":[{"uuid":"GPU-0","healthy":false}]}`) },
		"short signature":  func(x *Answer) { x.Signature = x.Signature[:64] },
		"v of 27":          func(x *Answer) { x.Signature = append(append([]byte(nil), x.Signature[:64]...), 27) },
		"huge evidence": func(x *Answer) {
			x.Evidence = json.RawMessage(`"` + string(make([]byte, MaxEvidenceBytes)) + `"`)
		},
	} {
		x := a
		x.Signature = append([]byte(nil), a.Signature...)
		x.Evidence = append(json.RawMessage(nil), a.Evidence...)
		mod(&x)
		if err := x.Verify(); !errors.Is(err, ErrBadAnswer) {
			t.Errorf("%s: %v", name, err)
		}
	}
	// Signed by another key for the same challenge: a forgery.
	f := a
	f.Challenge.Node = crypto.PubkeyToAddress(other.PublicKey)
	if err := f.Sign(other); err != nil {
		t.Fatal(err)
	}
	f.Challenge.Node = a.Challenge.Node
	if err := f.Verify(); !errors.Is(err, ErrBadAnswer) {
		t.Fatalf("an answer signed by another key: %v", err)
	}
}
