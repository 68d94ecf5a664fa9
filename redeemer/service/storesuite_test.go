package service_test

import (
	"path/filepath"
	"testing"

	"github.com/hourglass-exchange/hourglass/redeemer/service"
	"github.com/hourglass-exchange/hourglass/redeemer/service/storetest"
)

// TestStoreSuite runs the Store conformance suite on the memory and the
// file store (internal/postgres runs it on PostgreSQL).
func TestStoreSuite(t *testing.T) {
	t.Run("Mem", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) (service.Store, func(*testing.T) service.Store) {
			return service.NewMemStore(), nil
		})
	})
	t.Run("File", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) (service.Store, func(*testing.T) service.Store) {
			path := filepath.Join(t.TempDir(), "leases.json")
			open := func(t *testing.T) service.Store {
				t.Helper()
				s, err := service.OpenFileStore(path)
				if err != nil {
					t.Fatal(err)
				}
				return s
			}
			return open(t), open
		})
	})
}
