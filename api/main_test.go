package api_test

import (
	"os"
	"testing"

	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

func TestMain(m *testing.M) {
	if kind := os.Getenv(loadgenEnv); kind != "" {
		loadgenMain(kind) // a benchmark's load generator: never returns
	}
	os.Exit(testsvc.Main(m))
}
