// Command gas prints the Exchange's gas figures as key=value lines
// (make gas). Every figure is measured on the in-process simulated chain
// under Osaka rules (internal/evm/devchain), the fork Ethereum mainnet runs.
package main

import (
	"fmt"
	"os"

	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
)

func main() {
	figs, err := gasbench.Run()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gas:", err)
		os.Exit(1)
	}
	fmt.Println("# Exchange gas, measured on the go-ethereum simulated backend under Osaka rules (internal/evm/devchain); per-fill figures are whole-transaction gas (21,000 base included) divided by fills")
	for _, f := range figs {
		fmt.Printf("%s=%d\n", f.Key, f.Value)
	}
}
