package api

import (
	"net/http"

	"github.com/hourglass-exchange/hourglass/api/wire"
)

// ChainInfo is the chain the exchange settles on, as GET /v1/chain tells
// clients: what they need to deposit, withdraw and sign orders.
type ChainInfo = wire.Chain

// MarkFeed is one market's MarkPriceFeed, as ChainInfo.MarkFeeds lists it.
type MarkFeed = wire.MarkFeed

// ChainResponse is GET /v1/chain.
type ChainResponse struct {
	ChainInfo
	// ABI is where the contracts' ABIs are, by name (GET /v1/chain/abi).
	ABI map[string]string `json:"abi"`
}

func (s *Server) restChain(w http.ResponseWriter, r *http.Request) *Error {
	if s.opts.Chain == nil {
		return errorf(CodeChainNotConfigured, "this gateway is not connected to a chain")
	}
	return writeJSON(w, ChainResponse{*s.opts.Chain, ABIURLs()})
}
