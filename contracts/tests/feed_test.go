package tests

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// TestMarkPriceFeed: the operator posts rounds that read as a Chainlink
// feed (8 decimals); marks stop at the last trading time, where anyone
// freezes the latest round as the settlement price, once.
func TestMarkPriceFeed(t *testing.T) {
	e := newEnv(t, 4)
	const operator = firstProvider
	id := reservation(t, instrument.GPUH100SXM, 1, hourAfter(e.now(), 24*time.Hour), 24)
	fb := bindings.NewMarkPriceFeed()
	addr, _, err := e.c.Deploy(adminAcct, &bindings.MarkPriceFeedMetaData, fb.PackConstructor(id, e.addr(adminAcct), e.addr(operator)))
	if err != nil {
		t.Fatal(err)
	}
	f := fb.Instance(e.c.Client, addr)
	fABI := mustABI(t, &bindings.MarkPriceFeedMetaData)
	revert := func(from int, data []byte, name string, args ...any) {
		t.Helper()
		expectCallRevert(t, e.c.Client, e.addr(from), addr, data, packErr(t, fABI, name, args...),
			func(b []byte) string { return revertName(b, fABI) })
	}

	if dec, err := bind.Call(f, nil, fb.PackDecimals(), fb.UnpackDecimals); err != nil || dec != 8 {
		t.Fatalf("decimals %d %v", dec, err)
	}
	if desc, err := bind.Call(f, nil, fb.PackDescription(), fb.UnpackDescription); err != nil || !strings.Contains(desc, id.Text(16)) {
		t.Fatalf("description %q %v", desc, err)
	}
	revert(firstProvider+1, fb.PackLatestRoundData(), "NoData")
	revert(firstProvider+1, fb.PackPostMark(big.NewInt(1)), "AccessControlUnauthorizedAccount", e.addr(firstProvider+1), roleHash("OPERATOR_ROLE"))
	revert(operator, fb.PackPostMark(big.NewInt(0)), "NonPositiveAnswer", big.NewInt(0))

	// $2.50 per GPU-hour, then $2.61.
	r := e.send(operator, f, fb.PackPostMark(big.NewInt(250_000_000)))
	t.Logf("gas MarkPriceFeed.postMark (first round): %d", r.GasUsed)
	first := e.now().Unix()
	r = e.send(operator, f, fb.PackPostMark(big.NewInt(261_000_000)))
	t.Logf("gas MarkPriceFeed.postMark: %d", r.GasUsed)
	second := e.now().Unix()
	got, err := bind.Call(f, nil, fb.PackLatestRoundData(), fb.UnpackLatestRoundData)
	if err != nil || got.RoundId.Int64() != 2 || got.Answer.Int64() != 261_000_000 || got.UpdatedAt.Int64() != second ||
		got.StartedAt.Int64() != second || got.AnsweredInRound.Int64() != 2 {
		t.Fatalf("latestRoundData %+v %v", got, err)
	}
	r1, err := bind.Call(f, nil, fb.PackGetRoundData(big.NewInt(1)), fb.UnpackGetRoundData)
	if err != nil || r1.Answer.Int64() != 250_000_000 || r1.UpdatedAt.Int64() != first {
		t.Fatalf("round 1 %+v %v", r1, err)
	}
	revert(operator, fb.PackGetRoundData(big.NewInt(3)), "NoSuchRound", big.NewInt(3))

	ltt := int64(bits(id, instrument.ShiftWindowStart, 32))*3600 - 7200
	revert(operator, fb.PackSettle(), "TradingOpen", id, big.NewInt(ltt))
	revert(operator, fb.PackSettlementPrice(), "NotSettled")
	e.setTime(ltt)
	revert(operator, fb.PackPostMark(big.NewInt(1)), "TradingClosed", id, big.NewInt(ltt))
	r = e.send(firstProvider+1, f, fb.PackSettle()) // anyone
	t.Logf("gas MarkPriceFeed.settle: %d", r.GasUsed)
	ev := events(r, addr, fb.UnpackSettlementPriceRecordedEvent)
	if len(ev) != 1 || ev[0].Id.Cmp(id) != 0 || ev[0].RoundId.Int64() != 2 || ev[0].Answer.Int64() != 261_000_000 || ev[0].UpdatedAt.Int64() != second {
		t.Fatalf("SettlementPriceRecorded %+v", ev)
	}
	sp, err := bind.Call(f, nil, fb.PackSettlementPrice(), fb.UnpackSettlementPrice)
	if err != nil || sp.RoundId.Int64() != 2 || sp.Answer.Int64() != 261_000_000 || sp.UpdatedAt.Int64() != second {
		t.Fatalf("settlementPrice %+v %v", sp, err)
	}
	revert(operator, fb.PackSettle(), "AlreadySettled", big.NewInt(2))

	// A spot feed has no settlement; a bad id is refused at construction.
	spot, err := spotID(t)
	if err != nil {
		t.Fatal(err)
	}
	sAddr, _, err := e.c.Deploy(adminAcct, &bindings.MarkPriceFeedMetaData, fb.PackConstructor(spot, e.addr(adminAcct), e.addr(operator)))
	if err != nil {
		t.Fatal(err)
	}
	expectCallRevert(t, e.c.Client, e.addr(operator), sAddr, fb.PackSettle(), packErr(t, fABI, "NotReservation", spot),
		func(b []byte) string { return revertName(b, fABI) })
	if _, _, err := e.c.Deploy(adminAcct, &bindings.MarkPriceFeedMetaData, fb.PackConstructor(big.NewInt(1), e.addr(adminAcct), e.addr(operator))); err == nil {
		t.Fatal("a feed for an invalid id deployed")
	}
}

func roleHash(name string) [32]byte { return crypto.Keccak256Hash([]byte(name)) }
