package agent

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/internal/atomicfile"
	"github.com/hourglass-exchange/hourglass/redeemer/executor"
)

// KeyFile is the node key's file name in the agent's directory: the
// secp256k1 private key in hex, mode 0600. Its address is the one the
// provider registers on-chain for this node.
const KeyFile = "node.key"

// LoadOrCreateKey reads the node key at path, or creates one there when
// the file does not exist.
func LoadOrCreateKey(path string) (*ecdsa.PrivateKey, error) {
	key, err := crypto.LoadECDSA(path)
	if err == nil {
		return key, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("agent: node key %s: %w", path, err)
	}
	key, err = crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	hexKey := common.Bytes2Hex(crypto.FromECDSA(key))
	if err := atomicfile.Write(path, []byte(hexKey), 0o600); err != nil {
		return nil, fmt.Errorf("agent: node key %s: %w", path, err)
	}
	return key, nil
}

// GPU is one GPU of the node, as NVML names it.
type GPU struct {
	UUID  string // "GPU-<uuid>": the only name leases use
	Index int    // NVML index, for people only (not stable across reboots)
	Name  string // "NVIDIA H100 80GB HBM3"
}

func (g GPU) executorGPU() executor.GPU { return executor.GPU{UUID: g.UUID, Index: g.Index} }

// OpenNVML returns the real NVML library, loaded (dlopen of
// libnvidia-ml.so.1) when DiscoverGPUs initialises it: for a GPU node's
// main, never for tests, which pass go-nvml's mock/dgxh100 instead.
func OpenNVML() nvml.Interface { return nvml.New() }

// DiscoverGPUs lists the node's GPUs through lib: initialises NVML, reads
// each device's UUID and name, and shuts NVML down again.
func DiscoverGPUs(lib nvml.Interface) ([]GPU, error) {
	if ret := lib.Init(); ret != nvml.SUCCESS {
		return nil, fmt.Errorf("agent: NVML init: %v", ret)
	}
	defer lib.Shutdown()
	n, ret := lib.DeviceGetCount()
	if ret != nvml.SUCCESS {
		return nil, fmt.Errorf("agent: NVML device count: %v", ret)
	}
	if n == 0 {
		return nil, errors.New("agent: NVML sees no GPU on this node")
	}
	gpus := make([]GPU, 0, n)
	seen := map[string]bool{}
	for i := 0; i < n; i++ {
		d, ret := lib.DeviceGetHandleByIndex(i)
		if ret != nvml.SUCCESS {
			return nil, fmt.Errorf("agent: NVML device %d: %v", i, ret)
		}
		uuid, ret := d.GetUUID()
		if ret != nvml.SUCCESS {
			return nil, fmt.Errorf("agent: NVML device %d UUID: %v", i, ret)
		}
		if !strings.HasPrefix(uuid, "GPU-") || seen[uuid] {
			return nil, fmt.Errorf("agent: NVML device %d: bad or repeated UUID %q", i, uuid)
		}
		seen[uuid] = true
		name, ret := d.GetName()
		if ret != nvml.SUCCESS {
			name = "" // a name is for people; its absence stops nothing
		}
		gpus = append(gpus, GPU{UUID: uuid, Index: i, Name: name})
	}
	return gpus, nil
}
