package service

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/internal/atomicfile"
	"github.com/hourglass-exchange/hourglass/internal/evm/watch"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// Record is one lease as the service keeps it: its terms and history as
// the chain assigned it and the agent moved it, the holder's accepted
// spec, and what the chain says.
type Record struct {
	// Lease is the lease as the service applies it (redeemer/lease): the
	// chain's assignment, then the agent's reported transitions.
	Lease lease.Lease `json:"lease"`
	// Origin is the LeaseAssigned log that created the record: a reorg
	// that removes that log removes the record.
	Origin LogRef `json:"origin"`
	// Confirmed is set once the LeaseAssigned log is final (watch's
	// Depth): only a confirmed lease is handed to an agent.
	Confirmed bool `json:"confirmed"`
	// Spec and Signature are the holder's job spec, once accepted.
	Spec      *JobSpec `json:"spec,omitempty"`
	Signature []byte   `json:"signature,omitempty"`
	// SpecAt is when a spot lease's spec was accepted (zero for other
	// leases): its provider's time to start the job counts from it
	// (verdict.go).
	SpecAt time.Time `json:"specAt,omitzero"`
	// Node is the node key's address of the agent the lease was handed
	// to (zero until dispatched).
	Node common.Address `json:"node,omitzero"`
	// Chain is the lease's on-chain transitions as the service saw them
	// (LeaseStateChanged logs), oldest first.
	Chain []ChainChange `json:"chain,omitempty"`
	// Relayed counts the transitions of Lease.History the chain has been
	// sent (the assignment counts: it came from the chain).
	Relayed int `json:"relayed"`
	// RelayError is the last error the chain gave a relayed transition
	// ("" when none).
	RelayError string `json:"relayError,omitempty"`
	// Stop is the holder's stop (at the gateway or on-chain), kept for a
	// remote node to carry out when it polls.
	Stop *agent.StopOrder `json:"stop,omitempty"`
	// GPUs are the UUIDs of the GPUs the node placed the lease on, as its
	// signed reports say (the oracle judges the lease on them).
	GPUs []string `json:"gpus,omitempty"`
	// AgentSends: the lease's node sends its own transitions to the chain
	// (a remote agent); the service relays only the redeemer's.
	AgentSends bool `json:"agentSends,omitempty"`
	// ClaimsCC: the lease's node claims confidential computing, as its
	// signed reports say (agent.Report.CC); set by the first report that
	// says so and never cleared, so every reporter judges the lease's
	// hours by the same claim (judge.Lease.ClaimsCC).
	ClaimsCC bool `json:"claimsCC,omitempty"`
	// Complaints are the holder's complaints filed for the lease's hours
	// (complaints.go), oldest first, one per hour.
	Complaints []FiledComplaint `json:"complaints,omitempty"`
}

// LogRef names one log.
type LogRef struct {
	Block common.Hash `json:"block"`
	Tx    common.Hash `json:"tx"`
	Index uint        `json:"index"`
}

// ChainChange is one LeaseStateChanged log.
type ChainChange struct {
	Log    LogRef         `json:"log"`
	State  lease.State    `json:"state"`
	Reason lease.Reason   `json:"reason"`
	By     common.Address `json:"by"`
	Time   uint64         `json:"time"`
}

// ChainState is the lease's on-chain state as the service last saw it.
func (r *Record) ChainState() (lease.State, lease.Reason) {
	if len(r.Chain) == 0 {
		return lease.Assigned, lease.NoReason
	}
	c := r.Chain[len(r.Chain)-1]
	return c.State, c.Reason
}

func (r *Record) clone() Record {
	c := *r
	c.Lease.History = append([]lease.Transition(nil), r.Lease.History...)
	c.Chain = append([]ChainChange(nil), r.Chain...)
	if r.Spec != nil {
		s := *r.Spec
		s.Command = append([]string(nil), r.Spec.Command...)
		s.Env = append([]string(nil), r.Spec.Env...)
		c.Spec = &s
	}
	c.Signature = append([]byte(nil), r.Signature...)
	c.GPUs = append([]string(nil), r.GPUs...)
	if r.Complaints != nil {
		c.Complaints = make([]FiledComplaint, len(r.Complaints))
		for i, fc := range r.Complaints {
			fc.Signature = append([]byte(nil), fc.Signature...)
			c.Complaints[i] = fc
		}
	}
	if r.Stop != nil {
		st := *r.Stop
		c.Stop = &st
	}
	return c
}

// Change is what one step of the service changes, written atomically.
type Change struct {
	Put    []Record // records written whole
	Delete []string // lease ids removed (a reorg)
	// Checkpoint, when set, is the chain watcher's checkpoint after the
	// step.
	Checkpoint *watch.Checkpoint
	// PutSpotSpecs (written whole, replacing the key's) and
	// DeleteSpotSpecs (an unknown key is no error) change the standing
	// spot specs; the service sets them only on a SpotSpecStore
	// (spotspec.go). Deletions come first.
	PutSpotSpecs    []SpotSpec
	DeleteSpotSpecs []SpotSpecKey
}

// Store keeps the service's leases and its chain checkpoint. The
// embedded default is FileStore (or MemStore for tests); with PostgreSQL
// it is internal/postgres.LeaseStore. Every Store passes the suite in
// redeemer/service/storetest.
type Store interface {
	// Load returns every record and the checkpoint (nil when none was
	// written yet).
	Load() ([]Record, *watch.Checkpoint, error)
	// Apply writes a change atomically: all of it or nothing.
	Apply(c Change) error
}

// MemStore is a Store in memory.
type MemStore struct {
	mu      sync.Mutex
	records map[string]Record
	spot    map[SpotSpecKey]SpotSpec
	cp      *watch.Checkpoint
}

var _ SpotSpecStore = (*MemStore)(nil)
var _ SpotSpecStore = (*FileStore)(nil)

// NewMemStore returns an empty MemStore.
func NewMemStore() *MemStore {
	return &MemStore{records: map[string]Record{}, spot: map[SpotSpecKey]SpotSpec{}}
}

// LoadSpotSpecs returns the standing spot specs, by holder and instrument.
func (m *MemStore) LoadSpotSpecs() ([]SpotSpec, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.sortedSpot(), nil
}

func (m *MemStore) sortedSpot() []SpotSpec {
	out := make([]SpotSpec, 0, len(m.spot))
	for _, ss := range m.spot {
		out = append(out, ss.clone())
	}
	SortSpotSpecs(out)
	return out
}

// Load returns the records, by lease id, and the checkpoint.
func (m *MemStore) Load() ([]Record, *watch.Checkpoint, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.sorted(), cloneCheckpoint(m.cp), nil
}

func (m *MemStore) sorted() []Record {
	out := make([]Record, 0, len(m.records))
	for _, r := range m.records {
		out = append(out, r.clone())
	}
	sort.Slice(out, func(i, j int) bool { return lessID(out[i].Lease.ID, out[j].Lease.ID) })
	return out
}

// Apply applies c.
func (m *MemStore) Apply(c Change) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.apply(c)
	return nil
}

func (m *MemStore) apply(c Change) {
	for _, id := range c.Delete {
		delete(m.records, id)
	}
	for _, r := range c.Put {
		m.records[r.Lease.ID] = r.clone()
	}
	if m.spot == nil {
		m.spot = map[SpotSpecKey]SpotSpec{}
	}
	for _, k := range c.DeleteSpotSpecs {
		delete(m.spot, k)
	}
	for _, ss := range c.PutSpotSpecs {
		m.spot[ss.Key()] = ss.clone()
	}
	if c.Checkpoint != nil {
		m.cp = cloneCheckpoint(c.Checkpoint)
	}
}

func cloneCheckpoint(cp *watch.Checkpoint) *watch.Checkpoint {
	if cp == nil {
		return nil
	}
	c := *cp
	c.Unconfirmed = append([]watch.BlockRef(nil), cp.Unconfirmed...)
	return &c
}

// lessID orders lease ids numerically when they are decimal (the chain's),
// else as strings.
func lessID(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// FileStore is a Store in one JSON file, rewritten atomically (temporary
// file, fsync, rename, directory fsync) on every Apply: the embedded
// default, for the few leases a single operator's node holds.
type FileStore struct {
	path string
	mem  MemStore
}

type fileState struct {
	Version    int               `json:"version"`
	Checkpoint *watch.Checkpoint `json:"checkpoint,omitempty"`
	Leases     []Record          `json:"leases"`
	// SpotSpecs are the standing spot specs (absent in files written
	// before them: none).
	SpotSpecs []SpotSpec `json:"spotSpecs,omitempty"`
}

const fileVersion = 1

// OpenFileStore opens the store at path, creating it when absent.
func OpenFileStore(path string) (*FileStore, error) {
	s := &FileStore{path: path, mem: MemStore{records: map[string]Record{}, spot: map[SpotSpecKey]SpotSpec{}}}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, fmt.Errorf("redeemer: store %s: %w", path, err)
		}
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("redeemer: store %s: %w", path, err)
	}
	var st fileState
	if err := json.Unmarshal(b, &st); err != nil {
		return nil, fmt.Errorf("redeemer: store %s: %w", path, err)
	}
	if st.Version != fileVersion {
		return nil, fmt.Errorf("redeemer: store %s: version %d, want %d", path, st.Version, fileVersion)
	}
	for _, r := range st.Leases {
		s.mem.records[r.Lease.ID] = r
	}
	for _, ss := range st.SpotSpecs {
		s.mem.spot[ss.Key()] = ss
	}
	s.mem.cp = st.Checkpoint
	return s, nil
}

// Load returns the records and the checkpoint.
func (s *FileStore) Load() ([]Record, *watch.Checkpoint, error) { return s.mem.Load() }

// LoadSpotSpecs returns the standing spot specs.
func (s *FileStore) LoadSpotSpecs() ([]SpotSpec, error) { return s.mem.LoadSpotSpecs() }

// Apply writes c: the file holds either the state before it or after it.
func (s *FileStore) Apply(c Change) error {
	s.mem.mu.Lock()
	defer s.mem.mu.Unlock()
	next := MemStore{records: make(map[string]Record, len(s.mem.records)), spot: make(map[SpotSpecKey]SpotSpec, len(s.mem.spot)), cp: s.mem.cp}
	for id, r := range s.mem.records {
		next.records[id] = r
	}
	for k, ss := range s.mem.spot {
		next.spot[k] = ss
	}
	next.apply(c)
	b, err := json.MarshalIndent(fileState{Version: fileVersion, Checkpoint: next.cp, Leases: next.sorted(), SpotSpecs: next.sortedSpot()}, "", " ")
	if err != nil {
		return err
	}
	if err := atomicfile.Write(s.path, b, 0o600); err != nil {
		return fmt.Errorf("redeemer: store %s: %w", s.path, err)
	}
	s.mem.records, s.mem.spot, s.mem.cp = next.records, next.spot, next.cp
	return nil
}
