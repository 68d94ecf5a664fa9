package oci

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"

	specs "github.com/opencontainers/runtime-spec/specs-go"
)

// LeaseAnnotation is the OCI annotation that carries the lease id in every
// container the executor creates (runc has no labels; the container id is
// also derived from the lease id).
const LeaseAnnotation = "exchange.hourglass.lease-id"

// defaultCaps is Docker's default capability set: enough for ordinary
// jobs (chown, setuid for an sshd, binding low ports), none that reach
// the host (no SYS_ADMIN, SYS_MODULE, NET_ADMIN, SYS_PTRACE).
var defaultCaps = []string{
	"CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FSETID", "CAP_FOWNER", "CAP_MKNOD",
	"CAP_NET_RAW", "CAP_SETGID", "CAP_SETUID", "CAP_SETFCAP", "CAP_SETPCAP",
	"CAP_NET_BIND_SERVICE", "CAP_SYS_CHROOT", "CAP_KILL", "CAP_AUDIT_WRITE",
}

// specInput is what a container's config.json is made of; the CDI cache
// edits the result afterwards (device nodes, their cgroup rules, mounts).
type specInput struct {
	leaseID     string
	hostname    string
	rootfs      string
	args        []string
	env         []string
	hostNetwork bool
	cgroupsPath string
	memoryLimit int64
	pidsLimit   int64
	shmSize     string
}

// newSpec builds the container's runtime spec, close to what `runc spec`
// and Docker produce: its own pid, ipc, uts and mount namespaces, a
// network namespace of its own unless hostNetwork, masked /proc paths,
// no new privileges, root in the container.
func newSpec(in specInput) *specs.Spec {
	namespaces := []specs.LinuxNamespace{
		{Type: specs.PIDNamespace}, {Type: specs.IPCNamespace},
		{Type: specs.UTSNamespace}, {Type: specs.MountNamespace},
	}
	if !in.hostNetwork {
		namespaces = append(namespaces, specs.LinuxNamespace{Type: specs.NetworkNamespace})
	}
	mounts := []specs.Mount{
		{Destination: "/proc", Type: "proc", Source: "proc"},
		{Destination: "/dev", Type: "tmpfs", Source: "tmpfs", Options: []string{"nosuid", "strictatime", "mode=755", "size=65536k"}},
		{Destination: "/dev/pts", Type: "devpts", Source: "devpts", Options: []string{"nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"}},
		{Destination: "/dev/shm", Type: "tmpfs", Source: "shm", Options: []string{"nosuid", "noexec", "nodev", "mode=1777", "size=" + in.shmSize}},
		{Destination: "/dev/mqueue", Type: "mqueue", Source: "mqueue", Options: []string{"nosuid", "noexec", "nodev"}},
		{Destination: "/sys", Type: "sysfs", Source: "sysfs", Options: []string{"nosuid", "noexec", "nodev", "ro"}},
		{Destination: "/sys/fs/cgroup", Type: "cgroup", Source: "cgroup", Options: []string{"nosuid", "noexec", "nodev", "relatime", "ro"}},
		{Destination: "/tmp", Type: "tmpfs", Source: "tmpfs", Options: []string{"nosuid", "nodev", "mode=1777"}},
	}
	if in.hostNetwork {
		// The host's name resolution, read-only: the job shares its network.
		for _, f := range []string{"/etc/resolv.conf", "/etc/hosts"} {
			mounts = append(mounts, specs.Mount{Destination: f, Type: "bind", Source: f, Options: []string{"rbind", "ro"}})
		}
	}
	resources := &specs.LinuxResources{
		Devices: []specs.LinuxDeviceCgroup{{Allow: false, Access: "rwm"}},
	}
	if in.memoryLimit > 0 {
		resources.Memory = &specs.LinuxMemory{Limit: &in.memoryLimit}
	}
	if in.pidsLimit > 0 {
		resources.Pids = &specs.LinuxPids{Limit: &in.pidsLimit}
	}
	return &specs.Spec{
		Version: specs.Version,
		Process: &specs.Process{
			Args: in.args,
			Env:  in.env,
			Cwd:  "/",
			User: specs.User{UID: 0, GID: 0},
			Capabilities: &specs.LinuxCapabilities{
				Bounding: defaultCaps, Effective: defaultCaps, Permitted: defaultCaps,
			},
			NoNewPrivileges: true,
		},
		Root:        &specs.Root{Path: in.rootfs},
		Hostname:    in.hostname,
		Mounts:      mounts,
		Annotations: map[string]string{LeaseAnnotation: in.leaseID},
		Linux: &specs.Linux{
			Namespaces:  namespaces,
			CgroupsPath: in.cgroupsPath,
			Resources:   resources,
			MaskedPaths: []string{
				"/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/proc/latency_stats",
				"/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi",
				"/sys/firmware", "/sys/devices/virtual/powercap",
			},
			ReadonlyPaths: []string{
				"/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger",
			},
		},
	}
}

// mergeEnv returns env with each of over's keys set to over's value (over
// wins, whatever the job asked), in a stable order: the job's entries
// first as given, then over's new keys sorted.
func mergeEnv(env []string, over map[string]string) []string {
	out := make([]string, 0, len(env)+len(over))
	seen := map[string]bool{}
	for _, kv := range env {
		k, _, _ := strings.Cut(kv, "=")
		if v, ok := over[k]; ok {
			kv = k + "=" + v
		}
		if seen[k] {
			// A later duplicate replaces the earlier one, as a shell would.
			for i := range out {
				if strings.HasPrefix(out[i], k+"=") {
					out[i] = kv
				}
			}
			continue
		}
		seen[k] = true
		out = append(out, kv)
	}
	keys := make([]string, 0, len(over))
	for k := range over {
		if !seen[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		out = append(out, k+"="+over[k])
	}
	return out
}

// writeJSON writes v to path atomically (a temporary file renamed).
func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "\t")
	if err != nil {
		return fmt.Errorf("oci: %w", err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return fmt.Errorf("oci: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("oci: %w", err)
	}
	return nil
}
