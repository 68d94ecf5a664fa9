package auth_test

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api/auth"
)

// A client signs in: the gateway sends a challenge, the client signs the
// message built from it, and the gateway's Login returns the session.
func Example() {
	v, err := auth.New(auth.Config{Domain: "hourglass.exchange", URI: "wss://hourglass.exchange/ws", ChainID: 1})
	if err != nil {
		panic(err)
	}
	key, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	addr := crypto.PubkeyToAddress(key.PublicKey)

	challenge := v.Challenge()                                        // gateway → client
	text := challenge.Message(addr, "Sign in to Hourglass.").String() // client
	sig, _ := auth.SignText(key, text)                                // the wallet's personal_sign
	s, err := v.Login(context.Background(), text, sig)                // client → gateway
	fmt.Println(s.Address.Hex(), err == nil, len(s.Token))
	_, err = v.Login(context.Background(), text, sig) // a replay
	fmt.Println(auth.CodeOf(err))
	// Output:
	// 0x2c7536E3605D9C16a7a3D7b1898e529396a65c23 true 64
	// auth_unknown_nonce
}
