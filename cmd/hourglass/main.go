// Command hourglass runs the Hourglass exchange's tools. Everything it does
// lives in packages; main only wires the process (arguments, standard
// streams, signals) to Run.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := Run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	switch {
	case err == nil:
	case errors.Is(err, errUsage):
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "hourglass:", err)
		os.Exit(exitCode(err))
	}
}
