package node_test

import (
	"os"
	"testing"

	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// TestMain runs the tests, or the crash test's child process.
func TestMain(m *testing.M) {
	if os.Getenv(crashChildEnv) != "" {
		runCrashChild()
		return
	}
	if os.Getenv(campaignChildEnv) != "" {
		runCampaignChild()
		return
	}
	os.Exit(testsvc.Main(m))
}
