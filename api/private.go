package api

import "github.com/hourglass-exchange/hourglass/api/wire"

// The private channels' records, as package wire declares them for the
// gateway, its client and the publisher (wire.AccountState is what a
// gateway keeps of each followed account).

// PrivateOrder is an order of the orders channel and of GET /v1/orders.
type PrivateOrder = wire.Order

// PrivateFill is one side's view of a fill, on the fills channel and
// GET /v1/fills.
type PrivateFill = wire.Fill

// PrivateBalance is one asset's balance, on the balances channel and
// GET /v1/balances.
type PrivateBalance = wire.Balance

// PrivateSettlement is one side's view of a fill's settlement state, on
// the settlement channel.
type PrivateSettlement = wire.Settlement
