package txsend

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Journal keeps a Sender's history durably, so that a restarted Sender
// re-broadcasts what was pending instead of sending a request again with a
// new nonce. Append must be durable when it returns; Load returns every
// record appended so far, in order.
type Journal interface {
	Load() ([]Record, error)
	Append(Record) error
}

// Op is what a journal record says.
type Op string

// Journal operations.
const (
	// OpTx: Raw is a signed transaction for Key at Nonce, written before it
	// is broadcast. Later OpTx records of one (Key, Nonce) are replacements.
	OpTx Op = "tx"
	// OpDrop: Key no longer owns Nonce (the node refused it before it
	// reached any pool, or another transaction took the nonce).
	OpDrop Op = "drop"
	// OpDone: Key is finished: mined as Hash with Status, or failed with Err
	// (a failed Key may be sent again).
	OpDone Op = "done"
)

// Record is one line of the journal.
type Record struct {
	Op     Op            `json:"op"`
	Key    string        `json:"key"`
	Nonce  uint64        `json:"nonce"`
	Raw    hexutil.Bytes `json:"raw,omitempty"`
	Hash   common.Hash   `json:"hash,omitzero"`
	Status uint64        `json:"status,omitempty"`
	Err    string        `json:"err,omitempty"`
	// Payload identifies what a done Key sent (keccak256 of to, value and
	// data), so a later Send of the Key with another payload is refused.
	Payload common.Hash `json:"payload,omitzero"`
}

// MemJournal is a Journal in memory: it survives a Sender, not the process.
type MemJournal struct {
	mu   sync.Mutex
	recs []Record
}

// Load returns a copy of the records.
func (j *MemJournal) Load() ([]Record, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	return append([]Record(nil), j.recs...), nil
}

// Append adds a record.
func (j *MemJournal) Append(r Record) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	r.Raw = append(hexutil.Bytes(nil), r.Raw...)
	j.recs = append(j.recs, r)
	return nil
}

// FileJournal is a Journal in an append-only file of JSON lines; each
// Append is written and fsynced before it returns. A torn last line (a
// crash in the middle of a write) is cut off when the file is opened. It
// keeps no record in memory: Load reads the file (the signed transactions
// it holds, a settle transaction of a full batch tens of kilobytes each,
// would otherwise grow the heap by every batch for as long as it runs).
type FileJournal struct {
	mu     sync.Mutex
	f      *os.File
	size   int64 // bytes of complete lines
	broken error // a failed write may have left half a line: refuse more
}

// OpenFileJournal opens or creates the journal at path.
func OpenFileJournal(path string) (*FileJournal, error) {
	_, statErr := os.Stat(path)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("txsend: open journal: %w", err)
	}
	if os.IsNotExist(statErr) {
		// Make the new file's directory entry durable too.
		if d, err := os.Open(filepath.Dir(path)); err == nil {
			_ = d.Sync()
			_ = d.Close()
		}
	}
	j := &FileJournal{f: f}
	if err := j.open(); err != nil {
		_ = f.Close()
		return nil, err
	}
	return j, nil
}

// open checks every line, cuts a torn last one off and places the file's
// offset after the last good one.
func (j *FileJournal) open() error {
	data, err := io.ReadAll(j.f)
	if err != nil {
		return fmt.Errorf("txsend: read journal: %w", err)
	}
	_, good, err := parseJournal(data)
	if err != nil {
		return err
	}
	if good != len(data) {
		if err := j.f.Truncate(int64(good)); err != nil {
			return fmt.Errorf("txsend: truncate torn journal: %w", err)
		}
	}
	if _, err := j.f.Seek(int64(good), io.SeekStart); err != nil {
		return err
	}
	j.size = int64(good)
	return nil
}

// parseJournal decodes the complete lines of data and returns them with
// their length in bytes; a torn last line is left out, a bad line before
// the last is an error.
func parseJournal(data []byte) (recs []Record, good int, err error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 64<<20)
	for sc.Scan() {
		line := sc.Bytes()
		end := good + len(line) + 1
		if end > len(data) { // no newline: torn
			break
		}
		var r Record
		if err := json.Unmarshal(line, &r); err != nil {
			if end == len(data) { // a torn last line
				break
			}
			return nil, 0, fmt.Errorf("txsend: journal line at byte %d: %w", good, err)
		}
		recs = append(recs, r)
		good = end
	}
	return recs, good, nil
}

// Load reads every record from the file.
func (j *FileJournal) Load() ([]Record, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	data := make([]byte, j.size)
	if _, err := j.f.ReadAt(data, 0); err != nil {
		return nil, fmt.Errorf("txsend: read journal: %w", err)
	}
	recs, _, err := parseJournal(data)
	return recs, err
}

// Append writes one line and fsyncs the file.
func (j *FileJournal) Append(r Record) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.broken != nil {
		return fmt.Errorf("txsend: journal unusable after an earlier failure (reopen it): %w", j.broken)
	}
	if _, err := j.f.Write(append(b, '\n')); err != nil {
		j.broken = err
		return fmt.Errorf("txsend: journal write: %w", err)
	}
	if err := j.f.Sync(); err != nil {
		j.broken = err
		return fmt.Errorf("txsend: journal fsync: %w", err)
	}
	j.size += int64(len(b)) + 1
	return nil
}

// Close closes the file.
func (j *FileJournal) Close() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.f.Close()
}
