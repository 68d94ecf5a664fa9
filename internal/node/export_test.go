package node

import (
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
)

// EngineConfig is the engine's configuration, for tests that replay a
// journal on their own.
func EngineConfig() exchange.Config { return engineConfig }

// StopDemoAgent stops the demo provider's node agent as a node that goes
// silent: no more polls, challenge answers or reports (its jobs keep
// running). Nothing without Config.DemoProvider.
func (in Info) StopDemoAgent() {
	if in.stopDemoAgent != nil {
		in.stopDemoAgent()
	}
}

// EmbeddedChain is the embedded chain and its miner (nil on a node):
// tests reorganise it under the operator.
func (in Info) EmbeddedChain() (*devchain.Chain, *devchain.Miner) { return in.devChain, in.devMiner }
