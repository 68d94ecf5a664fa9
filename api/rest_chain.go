package api

import (
	"net/http"

	"github.com/ethereum/go-ethereum/common"
)

// ChainInfo is the chain the exchange settles on, as GET /v1/chain tells
// clients: what they need to deposit, withdraw and sign orders.
type ChainInfo struct {
	ChainID uint64 `json:"chain_id"`
	// Exchange is the Exchange contract: it holds the deposits and is the
	// verifying contract of the orders' EIP-712 domain.
	Exchange common.Address `json:"exchange"`
	// Stablecoin is the quote asset's ERC-20, Token the ERC-1155 of the
	// reservation tokens (the markets' base assets).
	Stablecoin common.Address `json:"stablecoin"`
	Token      common.Address `json:"token"`
	// Confirmations is the depth at which the exchange takes a chain event
	// (a deposit, a withdrawal request, a batch's outcome) as final.
	Confirmations uint64 `json:"confirmations"`
	// RPCURL is a JSON-RPC endpoint of the chain clients may use ("" when
	// the operator publishes none).
	RPCURL string `json:"rpc_url,omitempty"`
}

// ChainResponse is GET /v1/chain.
type ChainResponse struct {
	ChainInfo
}

func (s *Server) restChain(w http.ResponseWriter, r *http.Request) *Error {
	if s.opts.Chain == nil {
		return errorf(CodeChainNotConfigured, "this gateway is not connected to a chain")
	}
	return writeJSON(w, ChainResponse{*s.opts.Chain})
}
