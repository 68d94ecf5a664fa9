package nvmlwatch

import "time"

// Snapshot is the NVML evidence of a node's watched GPUs at one time: what
// the agent signs and sends (layer 2). Its JSON is deterministic: fields in
// a fixed order, GPUs sorted by UUID, XIDs by number, processes by PID,
// reasons by code, times in UTC, no maps.
type Snapshot struct {
	Time   time.Time     `json:"time"`             // when the snapshot was taken
	Driver string        `json:"driver,omitempty"` // NVML's driver version
	GPUs   []GPUSnapshot `json:"gpus"`
	// UnattributedEvents counts events whose GPU NVML could not name:
	// each counted on every watched GPU.
	UnattributedEvents uint64 `json:"unattributed_events,omitempty"`
}

// GPUSnapshot is one GPU: its health by Judge and the signals it was
// judged on.
type GPUSnapshot struct {
	UUID      string    `json:"uuid"`
	SampledAt time.Time `json:"sampled_at"` // the last poll (zero before the first)
	Health
	Signals Signals `json:"signals"`
}

// GPU returns the snapshot of the GPU with this UUID.
func (s Snapshot) GPU(uuid string) (GPUSnapshot, bool) {
	for _, g := range s.GPUs {
		if g.UUID == uuid {
			return g, true
		}
	}
	return GPUSnapshot{}, false
}

// Snapshot returns the current evidence and health of every watched GPU.
// Safe from any goroutine; the result shares nothing with the watcher.
func (w *Watcher) Snapshot() Snapshot {
	now := w.clk.Now().UTC()
	w.mu.Lock()
	defer w.mu.Unlock()
	snap := Snapshot{Time: now, Driver: w.driver, GPUs: make([]GPUSnapshot, len(w.gpus)),
		UnattributedEvents: w.unheard}
	for i, g := range w.gpus {
		s := w.signalsLocked(g)
		snap.GPUs[i] = GPUSnapshot{UUID: g.uuid, SampledAt: g.sampledAt, Health: Judge(s), Signals: s}
	}
	return snap
}
