package eip712

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// MarshalSigned returns a signed order as one self-contained byte string:
// its settle record (EncodeOrder) followed, for a Contract signature, by the
// signature itself, which the record then points at from offset 0. The
// gateway journals it with the order (the engine's Command.Meta) so that the
// settlement pipeline can rebuild the order after any crash.
func MarshalSigned(o SignedOrder) ([]byte, error) {
	rec, sigs, err := EncodeOrder(make([]byte, 0, OrderRecordSize+len(o.Signature)), nil, o)
	if err != nil {
		return nil, err
	}
	return append(rec, sigs...), nil
}

// IsContractSigned reports whether a MarshalSigned order is an EIP-1271
// wallet's (SignatureType Contract), without decoding the rest.
func IsContractSigned(b []byte) bool {
	return len(b) >= OrderRecordSize && SignatureType(b[1]) == Contract
}

// UnmarshalSigned is the inverse of MarshalSigned.
func UnmarshalSigned(b []byte) (SignedOrder, error) {
	if len(b) < OrderRecordSize {
		return SignedOrder{}, fmt.Errorf("%w: signed order of %d bytes", ErrField, len(b))
	}
	r := b[:OrderRecordSize]
	o := SignedOrder{Order: Order{
		Side:          Side(r[0]),
		SignatureType: SignatureType(r[1]),
		Maker:         common.BytesToAddress(r[2:22]),
		Market:        new(big.Int).SetBytes(r[22:38]),
		Price:         new(big.Int).SetBytes(r[38:54]),
		Amount:        new(big.Int).SetBytes(r[54:70]),
		MaxFeeBps:     binary.BigEndian.Uint16(r[70:72]),
		Expiry:        binary.BigEndian.Uint64(r[72:80]),
		Nonce:         binary.BigEndian.Uint64(r[80:88]),
		Salt:          new(big.Int).SetBytes(r[88:120]),
	}}
	rest := b[OrderRecordSize:]
	if o.SignatureType == Contract {
		off, n := binary.BigEndian.Uint32(r[120:124]), binary.BigEndian.Uint32(r[124:128])
		if off != 0 || int(n) != len(rest) {
			return SignedOrder{}, fmt.Errorf("%w: contract signature at %d+%d of %d bytes", ErrField, off, n, len(rest))
		}
		o.Signature = append([]byte(nil), rest...)
		return o, nil
	}
	if len(rest) != 0 {
		return SignedOrder{}, fmt.Errorf("%w: %d bytes after an EOA order", ErrField, len(rest))
	}
	o.Signature = append([]byte(nil), r[120:185]...)
	return o, nil
}
