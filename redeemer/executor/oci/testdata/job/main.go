// Command job is the program the OCI executor's tests run inside a
// container: a static binary (CGO_ENABLED=0) alone in a rootfs the test
// builds. It runs its arguments as a little script of steps:
//
//	env NAME         print NAME=value (or NAME unset)
//	dev PATH         print "PATH char MAJOR:MINOR" for a device node
//	cat PATH         print the file
//	hostname         print the hostname
//	ignore-term      ignore SIGTERM from here on
//	term-exit N      exit N on SIGTERM
//	ready            print "ready" (a test waits for it in the log)
//	sleep DURATION   sleep
//	stderr TEXT      print TEXT to stderr
//	exit N           exit with status N
package main

import (
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"
)

func main() {
	args := os.Args[1:]
	for len(args) > 0 {
		step := args[0]
		args = args[1:]
		arg := func() string {
			if len(args) == 0 {
				fmt.Fprintf(os.Stderr, "job: %s needs an argument\n", step)
				os.Exit(100)
			}
			a := args[0]
			args = args[1:]
			return a
		}
		switch step {
		case "env":
			name := arg()
			if v, ok := os.LookupEnv(name); ok {
				fmt.Printf("%s=%s\n", name, v)
			} else {
				fmt.Printf("%s unset\n", name)
			}
		case "dev":
			p := arg()
			var st syscall.Stat_t
			if err := syscall.Stat(p, &st); err != nil {
				fmt.Printf("%s %v\n", p, err)
				continue
			}
			kind := "other"
			if st.Mode&syscall.S_IFMT == syscall.S_IFCHR {
				kind = "char"
			}
			fmt.Printf("%s %s %d:%d\n", p, kind, (st.Rdev>>8)&0xfff, (st.Rdev&0xff)|((st.Rdev>>12)&0xfff00))
		case "cat":
			b, err := os.ReadFile(arg())
			if err != nil {
				fmt.Println(err)
				continue
			}
			os.Stdout.Write(b)
		case "hostname":
			h, _ := os.Hostname()
			fmt.Println(h)
		case "ignore-term":
			signal.Ignore(syscall.SIGTERM)
		case "term-exit":
			code, _ := strconv.Atoi(arg())
			c := make(chan os.Signal, 1)
			signal.Notify(c, syscall.SIGTERM)
			go func() {
				<-c
				fmt.Println("got SIGTERM")
				os.Exit(code)
			}()
		case "ready":
			fmt.Println("ready")
		case "sleep":
			d, _ := time.ParseDuration(arg())
			time.Sleep(d)
		case "stderr":
			fmt.Fprintln(os.Stderr, arg())
		case "exit":
			code, _ := strconv.Atoi(arg())
			os.Exit(code)
		default:
			fmt.Fprintf(os.Stderr, "job: unknown step %q\n", step)
			os.Exit(100)
		}
	}
}
