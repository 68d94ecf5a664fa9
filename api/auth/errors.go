package auth

import (
	"errors"
	"fmt"
)

// Code is the stable, machine-readable reason of an authentication failure.
// The gateway sends it to clients unchanged; the table in the package doc
// lists every code.
type Code string

// Codes.
const (
	CodeMalformedMessage          Code = "auth_malformed_message"
	CodeWrongDomain               Code = "auth_wrong_domain"
	CodeWrongURI                  Code = "auth_wrong_uri"
	CodeWrongChain                Code = "auth_wrong_chain"
	CodeUnknownNonce              Code = "auth_unknown_nonce"
	CodeExpired                   Code = "auth_expired"
	CodeNotYetValid               Code = "auth_not_yet_valid"
	CodeBadSignature              Code = "auth_bad_signature"
	CodeContractSignatureRejected Code = "auth_contract_signature_rejected"
	CodeContractCallFailed        Code = "auth_contract_call_failed"
	CodeInvalidSession            Code = "auth_invalid_session"
)

// Codes lists every code, in the order of the package doc's table.
var Codes = []Code{
	CodeMalformedMessage, CodeWrongDomain, CodeWrongURI, CodeWrongChain,
	CodeUnknownNonce, CodeExpired, CodeNotYetValid, CodeBadSignature,
	CodeContractSignatureRejected, CodeContractCallFailed, CodeInvalidSession,
}

// Error is every error this package returns to a caller that a client may
// see. Its Code is stable; its text is for people and may change.
type Error struct {
	code Code
	msg  string
	err  error
}

// Sentinels, one per code, for errors.Is: errors.Is(err, ErrExpired) holds
// for every *Error whose code is CodeExpired, whatever its text.
var (
	ErrMalformedMessage          = &Error{code: CodeMalformedMessage, msg: "malformed sign-in message"}
	ErrWrongDomain               = &Error{code: CodeWrongDomain, msg: "message is for another domain"}
	ErrWrongURI                  = &Error{code: CodeWrongURI, msg: "message is for another URI"}
	ErrWrongChain                = &Error{code: CodeWrongChain, msg: "message is for another chain"}
	ErrUnknownNonce              = &Error{code: CodeUnknownNonce, msg: "nonce unknown, used or expired"}
	ErrExpired                   = &Error{code: CodeExpired, msg: "message expired"}
	ErrNotYetValid               = &Error{code: CodeNotYetValid, msg: "message not yet valid"}
	ErrBadSignature              = &Error{code: CodeBadSignature, msg: "bad signature"}
	ErrContractSignatureRejected = &Error{code: CodeContractSignatureRejected, msg: "contract wallet rejected the signature"}
	ErrContractCallFailed        = &Error{code: CodeContractCallFailed, msg: "contract wallet could not be asked"}
	ErrInvalidSession            = &Error{code: CodeInvalidSession, msg: "session unknown, expired or revoked"}
)

func newError(code Code, err error, format string, args ...any) *Error {
	return &Error{code: code, msg: fmt.Sprintf(format, args...), err: err}
}

// Code returns the stable code.
func (e *Error) Code() Code { return e.code }

func (e *Error) Error() string {
	s := "auth: " + string(e.code) + ": " + e.msg
	if e.err != nil {
		s += ": " + e.err.Error()
	}
	return s
}

// Unwrap returns the cause, if any (a chain client's error, a context error).
func (e *Error) Unwrap() error { return e.err }

// Is reports whether target is an *Error with the same code.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.code == e.code
}

// CodeOf returns the code of the first *Error in err's chain, or "" if there
// is none.
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.code
	}
	return ""
}
