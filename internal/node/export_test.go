package node

import "github.com/hourglass-exchange/hourglass/exchange"

// EngineConfig is the engine's configuration, for tests that replay a
// journal on their own.
func EngineConfig() exchange.Config { return engineConfig }
