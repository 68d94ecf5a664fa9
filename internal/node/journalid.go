package node

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/sequencer"
	"github.com/hourglass-exchange/hourglass/internal/postgres"
)

// journalIDFile holds the journal's identity in its directory: a random id
// written once, which the history store records (postgres.Store.BindJournal)
// so that a database is never fed by two journals.
const journalIDFile = "journal-id"

// journalID returns the id of the journal in dir, writing a new one the
// first time, and whether the directory holds no journal yet (fresh).
func journalID(dir string) (id string, fresh bool, err error) {
	segs, err := os.ReadDir(filepath.Join(dir, "journal"))
	switch {
	case errors.Is(err, os.ErrNotExist):
		fresh = true
	case err != nil:
		return "", false, err
	default:
		fresh = len(segs) == 0
	}
	path := filepath.Join(dir, journalIDFile)
	b, err := os.ReadFile(path)
	if err == nil {
		id = strings.TrimSpace(string(b))
		if id == "" {
			return "", false, fmt.Errorf("%s is empty: it names the journal of %s (restore it, or move the journal away)", path, dir)
		}
		return id, fresh, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return "", false, err
	}
	var r [16]byte
	if _, err := rand.Read(r[:]); err != nil {
		return "", false, err
	}
	id = hex.EncodeToString(r[:])
	if err := writeFileSync(path, []byte(id+"\n")); err != nil {
		return "", false, err
	}
	return id, fresh, nil
}

// writeFileSync writes path whole or not at all: a temporary file, synced,
// renamed over it, and the directory synced.
func writeFileSync(path string, b []byte) error {
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	d, err := os.Open(filepath.Dir(path))
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// checkHistoryBehind refuses a history store that holds commands the
// journal does not (a journal cut short, or restored from an older copy):
// its writer would skip the journal's next commands as written.
func checkHistoryBehind(seq *sequencer.Sequencer, f *postgres.Feeder, dir string) error {
	var last uint64
	if err := seq.Query(func(v exchange.View) { last = v.LastSeq() }); err != nil {
		return err
	}
	if pos := f.Durable(); pos > last {
		return fmt.Errorf("history store: the database holds history up to command %d, but the journal in %s ends at %d: "+
			"the journal was cut short or restored from an older copy; restore the journal, or give it a new, empty database (DATABASE_URL)",
			pos, dir, last)
	}
	return nil
}
