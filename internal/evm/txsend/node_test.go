package txsend_test

import (
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
)

// The simulated backend's client is a Node: the tests send through it.
var _ txsend.Node = simulated.Client(nil)
