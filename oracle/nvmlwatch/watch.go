// Package nvmlwatch is the oracle's first evidence layer, NVML on the node:
// a Watcher over nvml.Interface that keeps, for a set of GPUs named by UUID,
// the signals NVIDIA's own tooling judges health by — XID, ECC,
// GPU-unavailable and recovery-action events from a long-lived
// EventSet.Wait loop, and polled ECC counts, remapped rows, recovery action,
// GPU lost, clocks-event reasons, PCIe link, power, energy and compute
// processes — and hands out a Snapshot with each GPU's health by Judge.
//
// A lost GPU and a failing NVML call are evidence, never a crash; memory is
// bounded (MaxXIDs distinct XID numbers and MaxProcesses processes per GPU).
// Tests drive go-nvml's mock/dgxh100; main passes nvml.New().
package nvmlwatch

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"

	"github.com/hourglass-exchange/hourglass/internal/clock"
)

// Defaults for Config.
const (
	DefaultInterval     = 10 * time.Second
	DefaultWaitTimeout  = time.Second
	DefaultMaxXIDs      = 32
	DefaultMaxProcesses = 64
)

// EventMask is the event types the watcher registers on each GPU (masked by
// what the GPU supports): XID critical errors, double- and single-bit ECC,
// GPU unavailable, recovery action, DRAM retirement (row remap) and its
// failure. Clock events are left out: the poll reads the clocks-event
// reasons, and clock changes are frequent.
const EventMask uint64 = nvml.EventTypeXidCriticalError | nvml.EventTypeDoubleBitEccError |
	nvml.EventTypeSingleBitEccError | nvml.EventTypeGpuUnavailableError | nvml.EventTypeGpuRecoveryAction |
	nvml.EventTypeDramRetirementEvent | nvml.EventTypeDramRetirementFailure

// Errors New and Run return.
var (
	ErrConfig = errors.New("nvmlwatch: bad config")
	ErrInit   = errors.New("nvmlwatch: NVML init failed")
)

// Config is a Watcher's setup.
type Config struct {
	NVML nvml.Interface // nvml.New() on a GPU node; go-nvml's mock in tests
	GPUs []string       // the UUIDs to watch ("GPU-..."), at least one, no repeats
	// Interval is the time between polls (DefaultInterval when zero).
	Interval time.Duration
	// WaitTimeout bounds one EventSet.Wait, and so how long Run takes to
	// stop after its context ends (DefaultWaitTimeout when zero).
	WaitTimeout  time.Duration
	MaxXIDs      int // distinct XID numbers kept per GPU (DefaultMaxXIDs when zero)
	MaxProcesses int // processes kept per GPU (DefaultMaxProcesses when zero)
	Clock        clock.Clock
	Log          *slog.Logger
}

// Watcher watches a set of GPUs. Run drives it; Snapshot reads it from any
// goroutine.
type Watcher struct {
	lib          nvml.Interface
	clk          clock.Clock
	log          *slog.Logger
	interval     time.Duration
	waitMs       uint32
	waitTimeout  time.Duration
	maxXIDs      int
	maxProcesses int
	index        map[string]int // UUID -> gpus position; immutable

	// Owned by the Run goroutine (polls): the event set and each GPU's
	// handle and registration.
	set nvml.EventSet

	mu       sync.Mutex // guards what follows and every gpuState's sig, sampledAt, logged
	gpus     []*gpuState
	driver   string
	setErr   nvml.Return // EventSetCreate's failure, SUCCESS when fine
	waitErr  nvml.Return // the last Wait's failure, SUCCESS when fine
	unheard  uint64      // events whose GPU could not be told
	running  bool
	waitNote bool // a Wait failure was logged (log once, and once on recovery)
}

type gpuState struct {
	uuid       string
	dev        nvml.Device // Run goroutine
	registered bool        // Run goroutine
	regErr     nvml.Return // under mu
	sig        Signals     // under mu
	sampledAt  time.Time   // under mu
	logged     string      // under mu: the reason codes last logged
}

// New checks cfg and returns a Watcher; nothing touches NVML before Run.
func New(cfg Config) (*Watcher, error) {
	if cfg.NVML == nil {
		return nil, fmt.Errorf("%w: no NVML", ErrConfig)
	}
	if len(cfg.GPUs) == 0 {
		return nil, fmt.Errorf("%w: no GPU to watch", ErrConfig)
	}
	if cfg.Interval < 0 || cfg.WaitTimeout < 0 || cfg.MaxXIDs < 0 || cfg.MaxProcesses < 0 {
		return nil, fmt.Errorf("%w: negative interval, timeout or bound", ErrConfig)
	}
	w := &Watcher{lib: cfg.NVML, clk: clock.Or(cfg.Clock), log: cfg.Log, interval: cfg.Interval,
		waitTimeout: cfg.WaitTimeout, maxXIDs: cfg.MaxXIDs, maxProcesses: cfg.MaxProcesses,
		index: make(map[string]int, len(cfg.GPUs))}
	if w.log == nil {
		w.log = slog.New(slog.DiscardHandler)
	}
	if w.interval == 0 {
		w.interval = DefaultInterval
	}
	if w.waitTimeout == 0 {
		w.waitTimeout = DefaultWaitTimeout
	}
	if w.waitTimeout > time.Hour {
		return nil, fmt.Errorf("%w: wait timeout over an hour", ErrConfig)
	}
	w.waitMs = uint32(w.waitTimeout / time.Millisecond)
	if w.maxXIDs == 0 {
		w.maxXIDs = DefaultMaxXIDs
	}
	if w.maxProcesses == 0 {
		w.maxProcesses = DefaultMaxProcesses
	}
	uuids := append([]string(nil), cfg.GPUs...)
	sort.Strings(uuids)
	for i, u := range uuids {
		if !strings.HasPrefix(u, "GPU-") {
			return nil, fmt.Errorf("%w: %q is not a GPU UUID", ErrConfig, u)
		}
		if i > 0 && uuids[i-1] == u {
			return nil, fmt.Errorf("%w: GPU %s twice", ErrConfig, u)
		}
		w.index[u] = i
		w.gpus = append(w.gpus, &gpuState{uuid: u})
	}
	return w, nil
}

// Run initialises NVML, registers the events, polls at once and then every
// Interval, and waits for events until ctx ends; then it frees the event
// set, shuts NVML down and returns nil. Only an NVML that cannot be
// initialised at all is an error (ErrInit); every later failure is
// evidence in the snapshot. Run may be called once.
func (w *Watcher) Run(ctx context.Context) error {
	w.mu.Lock()
	if w.running {
		w.mu.Unlock()
		return errors.New("nvmlwatch: Run called twice")
	}
	w.running = true
	w.mu.Unlock()

	if ret := w.lib.Init(); ret != nvml.SUCCESS {
		return fmt.Errorf("%w: %v", ErrInit, ret)
	}
	defer w.lib.Shutdown()
	if v, ret := w.lib.SystemGetDriverVersion(); ret == nvml.SUCCESS {
		w.mu.Lock()
		w.driver = v
		w.mu.Unlock()
	}
	set, ret := w.lib.EventSetCreate()
	if ret != nvml.SUCCESS {
		w.log.Error("nvmlwatch: cannot create the NVML event set: XID events unwatched", "err", ret)
		w.mu.Lock()
		w.setErr = ret
		w.mu.Unlock()
	} else {
		w.set = set
	}
	ticker := w.clk.NewTicker(w.interval)
	defer ticker.Stop()
	w.pollAll()

	var wg sync.WaitGroup
	if w.set != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.waitEvents(ctx)
		}()
		defer func() {
			wg.Wait()
			w.set.Free()
		}()
	}
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-ticker.C():
			w.pollAll()
		}
	}
}

// waitEvents is the event loop: one EventSet.Wait at a time, each at most
// WaitTimeout, until ctx ends. A failing Wait marks every GPU's events
// unwatched (NVIDIA's device plugin marks them all unhealthy) until a Wait
// works again.
func (w *Watcher) waitEvents(ctx context.Context) {
	for ctx.Err() == nil {
		e, ret := w.set.Wait(w.waitMs)
		switch ret {
		case nvml.SUCCESS:
			w.setWaitErr(nvml.SUCCESS)
			w.onEvent(e)
		case nvml.ERROR_TIMEOUT:
			w.setWaitErr(nvml.SUCCESS)
		default:
			w.setWaitErr(ret)
			clock.Sleep(ctx, w.clk, w.waitTimeout)
		}
	}
}

func (w *Watcher) setWaitErr(ret nvml.Return) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.waitErr == ret {
		return
	}
	w.waitErr = ret
	switch {
	case ret != nvml.SUCCESS && !w.waitNote:
		w.waitNote = true
		w.log.Error("nvmlwatch: NVML event wait fails: XID events unwatched", "err", ret)
	case ret == nvml.SUCCESS && w.waitNote:
		w.waitNote = false
		w.log.Info("nvmlwatch: NVML event wait works again")
	}
	w.logTransitionsLocked(w.gpus)
}

// onEvent records one event on its GPU; an event whose GPU cannot be told
// counts on every watched GPU, as NVIDIA's device plugin does.
func (w *Watcher) onEvent(e nvml.EventData) {
	now := w.clk.Now().UTC()
	var targets []*gpuState
	uuid, ret := "", nvml.ERROR_INVALID_ARGUMENT
	if e.Device != nil {
		uuid, ret = e.Device.GetUUID()
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if ret == nvml.SUCCESS {
		i, ok := w.index[uuid]
		if !ok {
			return // not ours
		}
		targets = w.gpus[i : i+1]
	} else {
		w.unheard++
		targets = w.gpus
	}
	for _, g := range targets {
		s := &g.sig
		switch e.EventType {
		case nvml.EventTypeXidCriticalError:
			w.addXID(s, e.EventData, now)
		case nvml.EventTypeDoubleBitEccError:
			s.DBEEvents++
		case nvml.EventTypeSingleBitEccError:
			s.SBEEvents++
		case nvml.EventTypeGpuUnavailableError:
			s.UnavailableEvents++
			s.Lost = true
		case nvml.EventTypeGpuRecoveryAction:
			a := uint32(e.EventData)
			s.RecoveryAction = &a
		case nvml.EventTypeDramRetirementEvent:
			s.RemapEvents++
		case nvml.EventTypeDramRetirementFailure:
			s.RemapFailureEvents++
		}
	}
	w.logTransitionsLocked(targets)
}

// addXID counts one XID in s.XIDs, kept sorted by number and bounded.
func (w *Watcher) addXID(s *Signals, xid uint64, now time.Time) {
	i := sort.Search(len(s.XIDs), func(i int) bool { return s.XIDs[i].XID >= xid })
	if i < len(s.XIDs) && s.XIDs[i].XID == xid {
		s.XIDs[i].Count++
		s.XIDs[i].Last = now
		return
	}
	if len(s.XIDs) >= w.maxXIDs {
		s.XIDsDropped++
		return
	}
	s.XIDs = append(s.XIDs, XIDCount{})
	copy(s.XIDs[i+1:], s.XIDs[i:])
	s.XIDs[i] = XIDCount{XID: xid, Count: 1, First: now, Last: now}
}

// pollAll samples every GPU once. Run's goroutine only.
func (w *Watcher) pollAll() {
	now := w.clk.Now().UTC()
	for _, g := range w.gpus {
		w.pollGPU(g, now)
	}
	w.mu.Lock()
	w.logTransitionsLocked(w.gpus)
	w.mu.Unlock()
}

// poller records the calls of one GPU's poll: the failing ones, and
// whether one said the GPU is lost (then the poll stops).
type poller struct {
	lost bool
	errs []CallError
}

// ok reports whether ret is SUCCESS; ERROR_NOT_SUPPORTED is no evidence,
// any other failure is recorded.
func (p *poller) ok(call string, ret nvml.Return) bool {
	switch ret {
	case nvml.SUCCESS:
		return true
	case nvml.ERROR_NOT_SUPPORTED:
		return false
	case nvml.ERROR_GPU_IS_LOST:
		p.lost = true
	}
	p.errs = append(p.errs, CallError{Call: call, Return: int(ret)})
	return false
}

// polled is one poll's values, on the stack until merged.
type polled struct {
	eccU, eccC          uint64
	eccUOK, eccCOK      bool
	rows                RemappedRows
	rowsOK              bool
	action              uint32
	actionOK            bool
	clocks              uint64
	clocksOK            bool
	pcie                PCIeLink
	pcieOK              bool
	power               uint32
	powerOK             bool
	energy              uint64
	energyOK            bool
	procs               []nvml.ProcessInfo
	procsOK             bool
	missing, registered bool
	mask                uint64
	regErr              nvml.Return
}

func (w *Watcher) pollGPU(g *gpuState, now time.Time) {
	var p poller
	var v polled
	if g.dev == nil {
		d, ret := w.lib.DeviceGetHandleByUUID(g.uuid)
		switch ret {
		case nvml.SUCCESS:
			g.dev = d
		case nvml.ERROR_GPU_IS_LOST:
			p.lost = true
		default:
			v.missing = true
			if ret != nvml.ERROR_INVALID_ARGUMENT && ret != nvml.ERROR_NOT_FOUND {
				p.ok("DeviceGetHandleByUUID", ret)
			}
		}
	}
	d := g.dev
	if d != nil && !g.registered && w.set != nil {
		v.registered = true
		supported, ret := d.GetSupportedEventTypes()
		if ret == nvml.ERROR_GPU_IS_LOST {
			p.lost = true
		} else if ret != nvml.SUCCESS && ret != nvml.ERROR_NOT_SUPPORTED {
			v.regErr = ret
		} else if v.mask = EventMask & supported; v.mask != 0 {
			if ret := d.RegisterEvents(v.mask, w.set); ret != nvml.SUCCESS {
				v.regErr, v.mask = ret, 0
				p.lost = ret == nvml.ERROR_GPU_IS_LOST
			}
		}
		g.registered = v.regErr == nvml.SUCCESS && !p.lost
	}
	if d != nil && !p.lost {
		w.readSignals(d, &p, &v)
	}

	w.mu.Lock()
	defer w.mu.Unlock()
	s := &g.sig
	s.Polls++
	s.Missing = v.missing
	s.Lost = s.Lost || p.lost
	s.Errors = p.errs
	if v.registered {
		g.regErr = v.regErr
		s.EventMask = v.mask
	}
	setU64(&s.ECCUncorrected, v.eccU, v.eccUOK)
	setU64(&s.ECCCorrected, v.eccC, v.eccCOK)
	setU64(&s.ClocksEventReasons, v.clocks, v.clocksOK)
	setU64(&s.EnergyMillijoules, v.energy, v.energyOK)
	if v.clocksOK && v.clocks&HWSlowdownMask != 0 {
		s.SlowdownPolls++
	}
	if v.powerOK {
		if s.PowerMilliwatts == nil {
			s.PowerMilliwatts = new(uint32)
		}
		*s.PowerMilliwatts = v.power
	} else {
		s.PowerMilliwatts = nil
	}
	if v.rowsOK {
		if s.RemappedRows == nil {
			s.RemappedRows = new(RemappedRows)
		}
		*s.RemappedRows = v.rows
	} else {
		s.RemappedRows = nil
	}
	if v.pcieOK {
		if s.PCIe == nil {
			s.PCIe = new(PCIeLink)
		}
		*s.PCIe = v.pcie
	} else {
		s.PCIe = nil
	}
	if v.actionOK { // a failed read keeps the last value (an event's, perhaps)
		if s.RecoveryAction == nil {
			s.RecoveryAction = new(uint32)
		}
		*s.RecoveryAction = v.action
	}
	s.Processes, s.ProcessesDropped = s.Processes[:0], 0
	if v.procsOK {
		sort.Slice(v.procs, func(i, j int) bool { return v.procs[i].Pid < v.procs[j].Pid })
		if len(v.procs) > w.maxProcesses {
			s.ProcessesDropped = len(v.procs) - w.maxProcesses
			v.procs = v.procs[:w.maxProcesses]
		}
		for _, pi := range v.procs {
			s.Processes = append(s.Processes, Process{PID: pi.Pid, UsedMemoryBytes: pi.UsedGpuMemory})
		}
	}
	if len(s.Processes) == 0 {
		s.Processes = nil
	}
	g.sampledAt = now
}

// readSignals makes the poll's NVML calls on one GPU, stopping at the first
// that says the GPU is lost.
func (w *Watcher) readSignals(d nvml.Device, p *poller, v *polled) {
	var ret nvml.Return
	v.eccU, ret = d.GetTotalEccErrors(nvml.MEMORY_ERROR_TYPE_UNCORRECTED, nvml.VOLATILE_ECC)
	v.eccUOK = p.ok("GetTotalEccErrors(uncorrected)", ret)
	if p.lost {
		return
	}
	v.eccC, ret = d.GetTotalEccErrors(nvml.MEMORY_ERROR_TYPE_CORRECTED, nvml.VOLATILE_ECC)
	v.eccCOK = p.ok("GetTotalEccErrors(corrected)", ret)
	if p.lost {
		return
	}
	var r RemappedRows
	r.Correctable, r.Uncorrectable, r.Pending, r.Failure, ret = d.GetRemappedRows()
	if v.rowsOK = p.ok("GetRemappedRows", ret); v.rowsOK {
		v.rows = r
	}
	if p.lost {
		return
	}
	fv := []nvml.FieldValue{{FieldId: nvml.FI_DEV_GET_GPU_RECOVERY_ACTION}}
	const fvCall = "GetFieldValues(GPU_RECOVERY_ACTION)"
	if p.ok(fvCall, d.GetFieldValues(fv)) {
		v.action, v.actionOK = fieldUint32(fvCall, fv[0], p)
	}
	if p.lost {
		return
	}
	v.clocks, ret = d.GetCurrentClocksEventReasons()
	v.clocksOK = p.ok("GetCurrentClocksEventReasons", ret)
	if p.lost {
		return
	}
	v.pcieOK = true
	for _, c := range []struct {
		name string
		f    func() (int, nvml.Return)
		dst  *int
	}{
		{"GetCurrPcieLinkGeneration", d.GetCurrPcieLinkGeneration, &v.pcie.Gen},
		{"GetMaxPcieLinkGeneration", d.GetMaxPcieLinkGeneration, &v.pcie.MaxGen},
		{"GetCurrPcieLinkWidth", d.GetCurrPcieLinkWidth, &v.pcie.Width},
		{"GetMaxPcieLinkWidth", d.GetMaxPcieLinkWidth, &v.pcie.MaxWidth},
	} {
		n, ret := c.f()
		if !p.ok(c.name, ret) {
			v.pcieOK = false
			if p.lost {
				return
			}
			continue
		}
		*c.dst = n
	}
	v.power, ret = d.GetPowerUsage()
	v.powerOK = p.ok("GetPowerUsage", ret)
	if p.lost {
		return
	}
	v.energy, ret = d.GetTotalEnergyConsumption()
	v.energyOK = p.ok("GetTotalEnergyConsumption", ret)
	if p.lost {
		return
	}
	v.procs, ret = d.GetComputeRunningProcesses()
	v.procsOK = p.ok("GetComputeRunningProcesses", ret)
}

// fieldUint32 reads one field value's own return and its value.
func fieldUint32(call string, f nvml.FieldValue, p *poller) (uint32, bool) {
	if !p.ok(call, nvml.Return(f.NvmlReturn)) {
		return 0, false
	}
	switch nvml.ValueType(f.ValueType) {
	case nvml.VALUE_TYPE_UNSIGNED_LONG, nvml.VALUE_TYPE_UNSIGNED_LONG_LONG, nvml.VALUE_TYPE_SIGNED_LONG_LONG:
		return uint32(binary.NativeEndian.Uint64(f.Value[:])), true
	case nvml.VALUE_TYPE_UNSIGNED_SHORT:
		return uint32(binary.NativeEndian.Uint16(f.Value[:2])), true
	}
	return binary.NativeEndian.Uint32(f.Value[:4]), true
}

func setU64(dst **uint64, v uint64, ok bool) {
	if !ok {
		*dst = nil
		return
	}
	if *dst == nil {
		*dst = new(uint64)
	}
	**dst = v
}

// signalsLocked is g's signals as a snapshot shows them: a deep copy, with
// the watcher-wide event errors folded in.
func (w *Watcher) signalsLocked(g *gpuState) Signals {
	s := g.sig.clone()
	s.EventWatchError = w.eventErrLocked(g)
	return s
}

// eventErrLocked is why g's events are not watched: the event set's
// creation, g's registration or the last Wait failed; 0 when watched.
func (w *Watcher) eventErrLocked(g *gpuState) int {
	switch {
	case w.setErr != nvml.SUCCESS:
		return int(w.setErr)
	case g.regErr != nvml.SUCCESS:
		return int(g.regErr)
	case w.waitErr != nvml.SUCCESS:
		return int(w.waitErr)
	}
	return 0
}

func (s Signals) clone() Signals {
	c := s
	c.XIDs = append([]XIDCount(nil), s.XIDs...)
	c.Processes = append([]Process(nil), s.Processes...)
	c.Errors = append([]CallError(nil), s.Errors...)
	c.ECCUncorrected = clonePtr(s.ECCUncorrected)
	c.ECCCorrected = clonePtr(s.ECCCorrected)
	c.RemappedRows = clonePtr(s.RemappedRows)
	c.RecoveryAction = clonePtr(s.RecoveryAction)
	c.ClocksEventReasons = clonePtr(s.ClocksEventReasons)
	c.PCIe = clonePtr(s.PCIe)
	c.PowerMilliwatts = clonePtr(s.PowerMilliwatts)
	c.EnergyMillijoules = clonePtr(s.EnergyMillijoules)
	return c
}

func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	c := *p
	return &c
}

// logTransitionsLocked logs each of gpus whose reason codes changed since the
// last log: once when it turns unhealthy or degraded, once when it is
// healthy again.
func (w *Watcher) logTransitionsLocked(gpus []*gpuState) {
	for _, g := range gpus {
		s := g.sig // Judge only reads: no deep copy needed
		s.EventWatchError = w.eventErrLocked(g)
		h := Judge(s)
		var b strings.Builder
		for i, r := range h.Reasons {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(r.Code)
			if r.XID != 0 {
				fmt.Fprintf(&b, ":%d", r.XID)
			}
		}
		codes := b.String()
		if codes == g.logged || (g.logged == "" && codes == ReasonNoSample) {
			continue
		}
		g.logged = codes
		switch {
		case !h.Healthy:
			w.log.Warn("nvmlwatch: GPU unhealthy", "gpu", g.uuid, "reasons", codes)
		case h.Degraded:
			w.log.Warn("nvmlwatch: GPU degraded", "gpu", g.uuid, "reasons", codes)
		default:
			w.log.Info("nvmlwatch: GPU healthy", "gpu", g.uuid)
		}
	}
}
