// Package auth signs clients in to the websocket gateway with Sign-In with
// Ethereum (EIP-4361) and keeps their sessions.
//
// The flow: the gateway asks Verifier.Challenge for a nonce and sends it to
// the client; the client builds the EIP-4361 message (Challenge.Message
// does it for Go clients), has its wallet sign it with personal_sign
// (EIP-191), and sends the text and the signature back; Verifier.Login
// checks them and returns a Session whose Token is the bearer credential
// for REST calls. Logout is SessionStore.Revoke.
//
// Both kinds of account sign in: an EOA by an ECDSA signature of its own
// key, and a contract wallet (a Safe multisig of a DAO, a smart wallet) by
// answering EIP-1271 isValidSignature with the magic value 0x1626ba7e
// through a ContractCaller, within Config.CallTimeout and Config.CallGas.
//
// Messages are parsed strictly (ParseMessage) and the text signed is the
// text received: Message.String reproduces it byte for byte.
//
// Nonces and sessions live in this process's memory, with an expiry read
// from an injected Clock, in stores bounded so that a flood hurts only the
// flooder: a nonce is bound to the Origin (connection and source) that
// asked for it and good for a login from there only; a connection holds
// at most Config.MaxNoncesPerConn pending nonces, an address at most
// Config.MaxSessionsPerAddress sessions and a source at most
// MaxNoncesPerSource and MaxSessionsPerSource, each losing its own oldest
// to a new one; a full store takes from the source holding the most. A
// nonce is consumed by the first Login attempt that reaches it, successful
// or not (see LoginWithOptions), so a replay never succeeds. The gateway
// also rate-limits sign-in requests per source.
//
// Each store has one mutex and never calls out while holding it; no two
// locks are ever held together.
//
// # Error codes
//
// Every error a client can see is an *Error with a stable Code:
//
//	code                              meaning
//	auth_malformed_message            the text is not an EIP-4361 message in the exact grammar
//	                                  (order, blank lines, EIP-55 address, Version 1, chain id,
//	                                  nonce of 8+ letters and digits, RFC 3339 times, URIs)
//	auth_wrong_domain                 the message's domain (or its scheme) is not this server's
//	auth_wrong_uri                    the message's URI is not on this server's scheme and host
//	auth_wrong_chain                  the message's Chain ID is not this server's chain
//	auth_unknown_nonce                the nonce was not issued here or to this connection, was
//	                                  already used (replay), was evicted, or expired; ask for a
//	                                  new challenge
//	auth_expired                      the message's Expiration Time has passed
//	auth_not_yet_valid                Issued At or Not Before lies in the future (beyond the skew)
//	auth_bad_signature                the signature is not the address's ECDSA signature (wrong
//	                                  key, tampered text, bad length or v, malleable high s) and
//	                                  the address has no contract code to ask
//	auth_contract_signature_rejected  the contract wallet's isValidSignature reverted or returned
//	                                  anything but the magic value
//	auth_contract_call_failed         the chain could not be asked: RPC error, timeout, or the
//	                                  call ran out of gas; the client may retry with a new nonce
//	auth_invalid_session              a session token is unknown, revoked, evicted or expired
//
// The nonce is consumed by every attempt that gets past the domain, URI and
// chain checks, whatever error follows: after any later error the client
// needs a new challenge.
package auth
