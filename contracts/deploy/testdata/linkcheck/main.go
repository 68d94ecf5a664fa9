// Command linkcheck links what the hourglass binary links of the contracts
// (the artifacts the gateway serves, the deployment of the exchange) without
// calling any Morpho function: TestMorphoNotLinked checks that none of Morpho
// Blue's code ends up in it.
package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/hourglass-exchange/hourglass/contracts/artifacts"
	"github.com/hourglass-exchange/hourglass/contracts/deploy"
)

func main() {
	abi, _ := artifacts.ABI(artifacts.Exchange)
	fmt.Println(len(abi), artifacts.Contracts(), artifacts.Compiler())
	if len(os.Args) > 1 {
		_, err := deploy.Deploy(context.Background(), nil, nil, deploy.Roles{}, time.Hour)
		fmt.Println(err)
	}
}
