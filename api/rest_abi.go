package api

import (
	"github.com/ethereum/go-ethereum/common"
	"net/http"
	"strconv"
	"strings"

	"github.com/hourglass-exchange/hourglass/contracts/artifacts"
)

// CodeUnknownContract: GET /v1/chain/abi/{name} for a name the gateway
// does not serve.
const CodeUnknownContract Code = "unknown_contract"

func init() { codeStatus[CodeUnknownContract] = http.StatusNotFound }

// abiPath is where the contracts' ABIs are served: abiPath lists them,
// abiPath + "/" + name is one.
const abiPath = "/v1/chain/abi"

// ABIContract is a contract whose ABI the gateway serves: its name in the
// URL, its Solidity name and, where the chain says it, its address.
type ABIContract struct {
	Name     string `json:"name"`
	Contract string `json:"contract"`
	// Address is omitted where the gateway has no chain, for the vault,
	// whose address is the token's MINTER(), and for the contracts of
	// which there are many or none (mark_feed and wrapper: one per market,
	// GET /v1/chain's mark_feeds; morpho_oracle: a lender deploys its own).
	Address string `json:"address,omitempty"`
	ABI     string `json:"abi"` // the URL path of its ABI JSON
}

// ABIIndex is GET /v1/chain/abi.
type ABIIndex struct {
	Contracts []ABIContract `json:"contracts"`
	// Compiler is the solc version that built the contracts.
	Compiler string `json:"compiler"`
}

// abiContracts are the contracts clients call, in the index's order: the
// stablecoin's ABI is the demo's MockStablecoin, whose ERC-20 and EIP-2612
// part is what any stablecoin answers (docs/contracts.md).
var abiContracts = []struct{ name, key string }{
	{"exchange", artifacts.Exchange},
	{"stablecoin", artifacts.Stablecoin},
	{"token", artifacts.Token},
	{"vault", artifacts.Vault},
	{"oracle", artifacts.Oracle},
	{"mark_feed", artifacts.MarkFeed},
	{"wrapper_factory", artifacts.WrapperFactory},
	{"wrapper", artifacts.Wrapper},
	{"morpho_oracle", artifacts.MorphoOracle},
}

// ABIURLs are the paths of the ABIs by name, as GET /v1/chain lists them.
func ABIURLs() map[string]string {
	m := make(map[string]string, len(abiContracts))
	for _, c := range abiContracts {
		m[c.name] = abiPath + "/" + c.name
	}
	return m
}

// restABIIndex is GET /v1/chain/abi.
func (s *Server) restABIIndex(w http.ResponseWriter, r *http.Request) *Error {
	idx := ABIIndex{Compiler: artifacts.Compiler()}
	for _, c := range abiContracts {
		e := ABIContract{Name: c.name, Contract: c.key[strings.LastIndexByte(c.key, ':')+1:], ABI: abiPath + "/" + c.name}
		if ch := s.opts.Chain; ch != nil {
			switch c.name {
			case "exchange":
				e.Address = strings.ToLower(ch.Exchange.Hex())
			case "stablecoin":
				e.Address = strings.ToLower(ch.Stablecoin.Hex())
			case "token":
				e.Address = strings.ToLower(ch.Token.Hex())
			case "oracle":
				if ch.Oracle != (common.Address{}) {
					e.Address = strings.ToLower(ch.Oracle.Hex())
				}
			case "wrapper_factory":
				if ch.WrapperFactory != (common.Address{}) {
					e.Address = strings.ToLower(ch.WrapperFactory.Hex())
				}
			}
		}
		idx.Contracts = append(idx.Contracts, e)
	}
	return writeJSON(w, idx)
}

// restABI is GET /v1/chain/abi/{name}: the contract's ABI, the JSON array
// of the committed build (contracts/artifacts/combined.json), compacted.
func (s *Server) restABI(w http.ResponseWriter, r *http.Request) *Error {
	name := strings.TrimPrefix(r.URL.Path, abiPath+"/")
	for _, c := range abiContracts {
		if c.name != name {
			continue
		}
		b, ok := artifacts.ABI(c.key)
		if !ok {
			return errorf(CodeInternal, "the build holds no ABI of "+c.key)
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", strconv.Itoa(len(b)))
		w.Write(b)
		return nil
	}
	names := make([]string, len(abiContracts))
	for i, c := range abiContracts {
		names[i] = c.name
	}
	if len(name) > 64 {
		name = name[:64] + "…"
	}
	return errorf(CodeUnknownContract, "no contract "+strconv.Quote(name)+"; the gateway serves "+strings.Join(names, ", "))
}
