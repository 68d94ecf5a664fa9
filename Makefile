# Hourglass: a tokenized compute-futures exchange.
GO      ?= go
SHARED  ?= ../shared
FLASH1  ?= $(SHARED)/testdata/flash1

# go-nvml's header marks functions deprecated; its cgo build would print
# pages of notes on every cold build.
CGO_CFLAGS ?= -O2 -g -Wno-deprecated-declarations
export CGO_CFLAGS

.PHONY: all build devnet test test-short bench demo fuzz vet fmt check-fmt contracts bindings generate check-generated lint-contracts gas

all: build

# build compiles every package and leaves the command-line tool at
# ./bin/hourglass.
build:
	$(GO) build ./...
	$(GO) build -o bin/hourglass ./cmd/hourglass

# test runs every test, including the full flash1 conformance workload, and
# ends with the tests it skipped (and .ci/install-deps when PostgreSQL,
# Redis or geth was missing); the exit status is go test's.
test: check-fmt vet
	GO=$(GO) $(GO) run ./internal/testsvc/cmd/gotest -count=1 -timeout 15m ./...

# test-short skips the slow full-workload and crash tests.
test-short:
	$(GO) test -count=1 -short ./...

vet:
	$(GO) vet ./...

check-fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go') 2>/dev/null); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

fmt:
	gofmt -w $$(git ls-files '*.go')

# bench prints the engine, journal, gateway and settlement figures the issues
# ask for (the settlement latency needs geth: testsvc.GethInstall).
bench:
	$(GO) run ./cmd/hourglass replay --format flash1 $(FLASH1)/normal.bin.xz
	@for s in static normal swing-25 swing-40 flash-crash; do \
		echo "# scenario $$s (generated)"; \
		$(GO) run ./cmd/hourglass replay --format flash1 --generate $$s || exit 1; \
	done
	$(GO) test -run '^$$' -bench 'Sequencer' -benchtime 3x ./exchange/sequencer/
	@echo "# restart: open time against journal length, with no snapshot and with the default snapshot schedule"
	$(GO) test -run '^$$' -bench 'Restart' -benchtime 3x ./exchange/sequencer/
	@echo "# gateway: order to ack over loopback websocket, and market-data fan-out"
	$(GO) test -run '^$$' -bench 'OrderAck|Fanout' -benchtime 1x ./api/
	@echo "# settlement: sustained fills/s and gas per fill on the embedded chain; fill-to-settled latency on geth --dev"
	$(GO) test -run '^$$' -bench 'SettlementEmbedded|FillToSettledGeth' -benchtime 1x -timeout 15m ./internal/node/
	@echo "# memory: heap per 1,000 accounts' private topics over time"
	$(GO) test -run '^$$' -bench AccountTopicsMemory -benchtime 1x ./internal/bus/
	@echo "# memory: live heap per 1,000 signed-in accounts (websocket, private channels, an order each), 1,000 and 3,000 of them"
	$(GO) test -run '^$$' -bench SignedInMemory -benchtime 1x ./api/
	@echo "# delivery: lease start (Start to the job's first output line) with runc, p50/p99 over 20 leases (root and runc)"
	$(GO) test -run '^$$' -bench LeaseStart -benchtime 20x ./redeemer/executor/oci/
	@echo "# delivery: lease start (the lease's start time to the job's first output line) through the node agent with the process executor, p50/p99 over 104 leases"
	$(GO) test -run '^$$' -bench LeaseStart -benchtime 1x ./redeemer/agent/
	@echo "# spot: a team's spot buy filling on the book to its job's first output line at the gateway, p50/p99 over 100 fills on the embedded chain"
	$(GO) test -run '^$$' -bench SpotFillToOutput -benchtime 100x -timeout 20m ./internal/node/
	@echo "# marks: a trade moving the mark past the poster's 50 bps deviation to the mined MarkPriceFeed round carrying it, p50/p99 over 20 moves on the embedded chain"
	$(GO) test -run '^$$' -bench MarkFeedLatency -benchtime 20x ./internal/node/
	@echo "# oracle: one nonce challenge through the gateway and the redeemer's relay (CPU per challenge); one reporter's epoch of 1,000 nodes; the agent's answer; its NVML watcher's memory over a day; epoch end to report posted"
	$(GO) test -run '^$$' -bench OracleChallenge -benchtime 200x ./internal/node/
	$(GO) test -run '^$$' -bench ReporterEpoch -benchtime 2x ./oracle/reporter/
	$(GO) test -run '^$$' -bench 'AgentAnswer|AnswerVerify' ./oracle/challenge/
	$(GO) test -run '^$$' -bench WatcherMemory -benchtime 2x ./oracle/nvmlwatch/
	$(GO) test -count=1 -run 'TestOracleReorgUnderReport$$' -v ./internal/node/ | grep -E 'epoch end to report posted|^(ok|FAIL|--- FAIL)'
	@echo "# memory: the demo's heap and RSS at its start and each third of a HOURGLASS_SOAK soak (default 30m), on geth --dev: the exchange's own heap (the embedded chain adds go-ethereum's caches; docs/operations.md)"
	HOURGLASS_SOAK_CHAIN=geth $(GO) test -run '^$$' -bench DemoSoak -benchtime 1x -timeout 60m ./internal/node/

# fuzz runs each engine fuzz target briefly.
fuzz:
	$(GO) test -run '^$$' -fuzz FuzzEngine -fuzztime 60s ./exchange/

demo:
	$(GO) run ./cmd/hourglass serve

# devnet runs geth --dev as the contracts' gas figures assume (Osaka, 60M
# gas) with a funded trader key, until Ctrl-C (hourglass devnet; flags in
# DEVNET_FLAGS, e.g. DEVNET_FLAGS='--datadir /tmp/chain').
devnet:
	$(GO) build -o bin/hourglass ./cmd/hourglass
	./bin/hourglass devnet $(DEVNET_FLAGS)

# contracts compiles the Solidity sources with the pinned solc into
# contracts/artifacts/combined.json, and Morpho Blue with its own solc
# (0.8.19) into contracts/artifacts/morpho.json (needs Node.js; npm ci
# installs the pinned compilers, OpenZeppelin and Morpho Blue).
contracts/node_modules: contracts/package.json contracts/package-lock.json
	cd contracts && npm ci --no-audit --no-fund
	@touch $@

contracts: contracts/node_modules
	cd contracts && node build.js

# bindings regenerates the Go bindings from the artifacts with abigen v2 at
# the go.mod version of go-ethereum: the exchange's contracts into package
# bindings, Morpho Blue's (the tests' lending market, morpho.json) into
# package morpho.
bindings:
	$(GO) tool abigen --v2 --combined-json contracts/artifacts/combined.json --pkg bindings --out bindings/bindings.go
	$(GO) tool abigen --v2 --combined-json contracts/artifacts/morpho.json --pkg morpho --out bindings/morpho/morpho.go

generate: contracts bindings

# check-generated fails when the committed artifacts or bindings differ from
# what the sources produce.
check-generated: generate
	@git diff --exit-code --stat -- contracts/artifacts bindings || \
		{ echo "generated code is stale: run 'make generate' and commit"; exit 1; }

# gas prints the Exchange's gas figures (key=value) on the Osaka dev chain.
gas:
	$(GO) run ./cmd/gas

lint-contracts: contracts/node_modules
	cd contracts && npx solhint --max-warnings 0 'src/**/*.sol'
