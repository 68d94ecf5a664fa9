package exchange

// Reason is the stable code of a rejection or a cancellation. The numeric
// values and the names are part of the API (docs/engine.md, docs/api.md):
// append new codes, never renumber.
type Reason uint8

const (
	ReasonNone Reason = iota
	// Rejections: the command changed nothing.
	ReasonUnknownCommand
	ReasonUnknownMarket
	ReasonUnknownAccount
	ReasonUnknownOrder
	ReasonNotOwner
	ReasonDuplicateOrderID
	ReasonInvalidSide
	ReasonInvalidType
	ReasonInvalidQuantity
	ReasonInvalidPrice
	ReasonPriceOutOfBand
	ReasonBelowMinNotional
	ReasonInsufficientBalance
	ReasonPostOnlyWouldTake
	ReasonFOKNotFillable
	ReasonTooManyOpenOrders
	ReasonMaxFeeTooLow
	ReasonAlreadyExpired
	ReasonInvalidMarketSpec
	ReasonInvalidAmount
	ReasonAccountExists
	ReasonTooManyAccounts
	ReasonNoChange
	ReasonNoLiquidity
	// Cancellations of live orders.
	ReasonUserCancel
	ReasonIOCRemainder
	ReasonExpired
	ReasonSTPCancel
	ReasonMassCancel
	// Appended after the first release; rejections of CmdPlace.
	ReasonDuplicateNonce // the account already used the nonce, or it is below its base
	ReasonNonceTooFar    // the nonce is NonceWindow or more above the account's base
	ReasonMetaTooLarge   // Meta is longer than MaxMetaSize
	// A cancellation: CmdCancelNoncesBelow invalidated the order's nonce.
	ReasonNonceCancel
	// Appended with settlement. Rejections:
	ReasonBadBatchID       // a batch id out of turn (CmdSettleBatch: not the next; CmdSettlementResult: not the oldest open batch)
	ReasonInvalidBatchSize // CmdSettleBatch: a count of 0 or more than the fills in no batch
	ReasonBadResults       // CmdSettlementResult: not one result per fill of the batch
	ReasonNegativeBalance  // the order would hold an asset whose available balance is negative
	ReasonChainEventSeen   // Chain is at or below the engine's chain position
	// Appended with the chain commands; a rejection:
	ReasonUnknownAsset // a chain deposit or withdrawal of an asset no market trades
	// Appended with the settlement horizon and market close (both a
	// rejection of CmdPlace and a cancellation of a resting order):
	// ReasonExpiryWithinHorizon: the order's expiry is within
	// Config.SettlementHorizon of the engine's time, so that a fill of it
	// might reach the chain after the contract holds it expired;
	// ReasonMarketClosed: the market is past its last trading time (less
	// the horizon).
	ReasonExpiryWithinHorizon
	ReasonMarketClosed
	// Appended with spot capacity (docs/engine.md, "Spot capacity"):
	// ReasonCapacityGone cancels a resting spot sell when its account's
	// capacity no longer covers what its resting sells hold;
	// ReasonCapacityAsset rejects a deposit, withdrawal or reconcile of a
	// spot market's base asset (capacity, not a token); ReasonSpotLotSize
	// rejects a spot market whose lot size is not its lease length.
	ReasonCapacityGone
	ReasonCapacityAsset
	ReasonSpotLotSize
	numReasons
)

var reasonNames = [numReasons]string{
	ReasonNone:                "NONE",
	ReasonUnknownCommand:      "UNKNOWN_COMMAND",
	ReasonUnknownMarket:       "UNKNOWN_MARKET",
	ReasonUnknownAccount:      "UNKNOWN_ACCOUNT",
	ReasonUnknownOrder:        "UNKNOWN_ORDER",
	ReasonNotOwner:            "NOT_OWNER",
	ReasonDuplicateOrderID:    "DUPLICATE_ORDER_ID",
	ReasonInvalidSide:         "INVALID_SIDE",
	ReasonInvalidType:         "INVALID_ORDER_TYPE",
	ReasonInvalidQuantity:     "INVALID_QUANTITY",
	ReasonInvalidPrice:        "INVALID_PRICE",
	ReasonPriceOutOfBand:      "PRICE_OUT_OF_BAND",
	ReasonBelowMinNotional:    "BELOW_MIN_NOTIONAL",
	ReasonInsufficientBalance: "INSUFFICIENT_BALANCE",
	ReasonPostOnlyWouldTake:   "POST_ONLY_WOULD_TAKE",
	ReasonFOKNotFillable:      "FOK_NOT_FILLABLE",
	ReasonTooManyOpenOrders:   "TOO_MANY_OPEN_ORDERS",
	ReasonMaxFeeTooLow:        "MAX_FEE_TOO_LOW",
	ReasonAlreadyExpired:      "ALREADY_EXPIRED",
	ReasonInvalidMarketSpec:   "INVALID_MARKET_SPEC",
	ReasonInvalidAmount:       "INVALID_AMOUNT",
	ReasonAccountExists:       "ACCOUNT_EXISTS",
	ReasonTooManyAccounts:     "TOO_MANY_ACCOUNTS",
	ReasonNoChange:            "NO_CHANGE",
	ReasonNoLiquidity:         "NO_LIQUIDITY",
	ReasonUserCancel:          "USER_CANCEL",
	ReasonIOCRemainder:        "IOC_REMAINDER",
	ReasonExpired:             "EXPIRED",
	ReasonSTPCancel:           "STP_CANCEL",
	ReasonMassCancel:          "MASS_CANCEL",
	ReasonDuplicateNonce:      "DUPLICATE_NONCE",
	ReasonNonceTooFar:         "NONCE_TOO_FAR",
	ReasonMetaTooLarge:        "META_TOO_LARGE",
	ReasonNonceCancel:         "NONCE_CANCEL",
	ReasonBadBatchID:          "BAD_BATCH_ID",
	ReasonInvalidBatchSize:    "INVALID_BATCH_SIZE",
	ReasonBadResults:          "BAD_RESULTS",
	ReasonNegativeBalance:     "NEGATIVE_BALANCE",
	ReasonChainEventSeen:      "CHAIN_EVENT_SEEN",
	ReasonUnknownAsset:        "UNKNOWN_ASSET",
	ReasonExpiryWithinHorizon: "EXPIRY_WITHIN_HORIZON",
	ReasonMarketClosed:        "MARKET_CLOSED",
	ReasonCapacityGone:        "CAPACITY_GONE",
	ReasonCapacityAsset:       "CAPACITY_ASSET",
	ReasonSpotLotSize:         "SPOT_LOT_SIZE",
}

// String returns the stable code, e.g. "INSUFFICIENT_BALANCE".
func (r Reason) String() string {
	if r < numReasons {
		return reasonNames[r]
	}
	return "UNKNOWN_REASON"
}

// ParseReason is the inverse of String.
func ParseReason(s string) (Reason, bool) {
	for i, n := range reasonNames {
		if n == s {
			return Reason(i), true
		}
	}
	return 0, false
}
