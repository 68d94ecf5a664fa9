package testsvc

import "testing"

// StartGethDraftForTest is geth --dev on its own genesis (the draft
// schedule), for TestGethOsakaGasSchedule's comparison.
func StartGethDraftForTest(t testing.TB) (string, string) {
	u, w, _ := startGeth(t, false)
	return u, w
}
