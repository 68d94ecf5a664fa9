package wallet

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrNoKey means no key was given.
var ErrNoKey = errors.New("wallet: no key: give --keystore FILE (with --password-file or HOURGLASS_PASSWORD) or set HOURGLASS_KEY")

// KeySource says where a key comes from: a keystore file (Web3 Secret
// Storage, as geth and most wallets write it) and its password, or a hex
// private key.
type KeySource struct {
	Keystore string // file
	Password string // of the keystore
	Hex      string // 0x-prefixed or bare 64 hex digits
}

// LoadKey loads the key of s. Errors never include the key or the
// password.
func LoadKey(s KeySource) (*ecdsa.PrivateKey, error) {
	switch {
	case s.Keystore != "" && s.Hex != "":
		return nil, errors.New("wallet: give a keystore file or a hex key, not both")
	case s.Keystore != "":
		data, err := os.ReadFile(s.Keystore)
		if err != nil {
			return nil, fmt.Errorf("wallet: keystore: %w", err)
		}
		k, err := keystore.DecryptKey(data, s.Password)
		if err != nil {
			return nil, fmt.Errorf("wallet: keystore %s: %w", s.Keystore, err)
		}
		return k.PrivateKey, nil
	case s.Hex != "":
		k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(s.Hex), "0x"))
		if err != nil {
			return nil, errors.New("wallet: the hex key is not a valid secp256k1 private key (64 hex digits)")
		}
		return k, nil
	}
	return nil, ErrNoKey
}

// ReadPassword reads a password file: its first line, without the line
// ending.
func ReadPassword(file string) (string, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("wallet: password file: %w", err)
	}
	line, _, _ := strings.Cut(string(data), "\n")
	return strings.TrimRight(line, "\r"), nil
}
