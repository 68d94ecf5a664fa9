package marketdata

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
)

// Envelope is the wire form of every market-data message, as a client
// decodes it. Data is decoded according to Channel into BookData,
// []TradeData, TickerData, []CandleData or HeartbeatData. Clients ignore
// channels, types and fields they do not know.
type Envelope struct {
	Channel  string          `json:"channel"`
	Type     string          `json:"type"`
	Market   string          `json:"market"`
	Seq      uint64          `json:"seq,omitempty"`
	TS       string          `json:"ts"`
	Data     json.RawMessage `json:"data"`
	Checksum *uint32         `json:"checksum,omitempty"`
}

// WireLevel is a book level on the wire: [price, size], both decimal
// strings; a size of "0" deletes the level.
type WireLevel [2]string

// BookData is the data of a book message.
type BookData struct {
	Bids []WireLevel `json:"bids"`
	Asks []WireLevel `json:"asks"`
}

// TradeData is one trade of a trades message.
type TradeData struct {
	TradeID uint64 `json:"trade_id"`
	Price   string `json:"price"`
	Size    string `json:"size"`
	Side    string `json:"side"` // the taker's: "buy" or "sell"
	Time    string `json:"time"`
	TimeMS  int64  `json:"time_ms"`
}

// TickerData is the data of a ticker message; absent values are null.
type TickerData struct {
	Last      *string `json:"last"`
	LastSize  *string `json:"last_size"`
	Bid       *string `json:"bid"`
	BidSize   *string `json:"bid_size"`
	Ask       *string `json:"ask"`
	AskSize   *string `json:"ask_size"`
	Open24h   *string `json:"open_24h"`
	High24h   *string `json:"high_24h"`
	Low24h    *string `json:"low_24h"`
	Volume24h string  `json:"volume_24h"`
	Trades24h int64   `json:"trades_24h"`
	// Spot and SpotMarket: a reservation window's grade's spot reference
	// (absent when the grade has no spot market; Spot null before it
	// trades).
	Spot       *string `json:"spot,omitempty"`
	SpotMarket string  `json:"spot_market,omitempty"`
}

// CandleData is one candle of a candles message.
type CandleData struct {
	Interval string `json:"interval"`
	Start    string `json:"start"`
	StartMS  int64  `json:"start_ms"`
	Open     string `json:"open"`
	High     string `json:"high"`
	Low      string `json:"low"`
	Close    string `json:"close"`
	Volume   string `json:"volume"`
	Trades   int64  `json:"trades"`
}

// HeartbeatData is the data of a heartbeat message.
type HeartbeatData struct {
	BookSeq     uint64 `json:"book_seq"`
	LastTradeID uint64 `json:"last_trade_id"`
	TickerSeq   uint64 `json:"ticker_seq"`
}

// Errors of a client Book. After any of them the book is out of sync and
// refuses updates until the next snapshot: resubscribe.
var (
	ErrNotSynced = errors.New("marketdata: book has no snapshot")
	ErrMessage   = errors.New("marketdata: malformed book message")
)

// GapError reports a book update whose sequence number is not the one
// after the last applied.
type GapError struct{ Want, Got uint64 }

func (e *GapError) Error() string {
	return fmt.Sprintf("marketdata: book sequence gap: want %d, got %d", e.Want, e.Got)
}

// ChecksumError reports a book whose checksum after a message differs from
// the one the message carries.
type ChecksumError struct {
	Seq       uint64
	Want, Got uint32
}

func (e *ChecksumError) Error() string {
	return fmt.Sprintf("marketdata: book checksum mismatch at seq %d: server %d, local %d", e.Seq, e.Want, e.Got)
}

// Level is a level of a client Book: the strings exactly as received.
type Level struct {
	Price string
	Size  string
}

type clientLevel struct {
	price decimal.Decimal
	Level
}

// Book is a client's copy of one market's book, built from a snapshot and
// the updates after it. It checks that every update's sequence number is
// the previous one plus one and that the checksum after each message
// matches. It is what the Go client, the simulator and the tests use.
type Book struct {
	depth      int
	bids, asks []clientLevel // best first
	seq        uint64
	synced     bool
}

// NewBook returns an empty book for a subscription of depth levels per
// side (0: the full book); after each message it keeps only that many.
func NewBook(depth int) *Book { return &Book{depth: depth} }

// Synced reports whether the book has a snapshot and no error since.
func (b *Book) Synced() bool { return b.synced }

// Seq returns the sequence number of the last message applied.
func (b *Book) Seq() uint64 { return b.seq }

// Bids returns the bids, best first.
func (b *Book) Bids() []Level { return levels(b.bids) }

// Asks returns the asks, best first.
func (b *Book) Asks() []Level { return levels(b.asks) }

func levels(ls []clientLevel) []Level {
	out := make([]Level, len(ls))
	for i := range ls {
		out[i] = ls[i].Level
	}
	return out
}

// ApplyJSON applies one encoded book message (snapshot or update).
func (b *Book) ApplyJSON(msg []byte) error {
	var env Envelope
	if err := json.Unmarshal(msg, &env); err != nil {
		return fmt.Errorf("%w: %v", ErrMessage, err)
	}
	return b.ApplyEnvelope(&env)
}

// ApplyEnvelope applies a decoded book message.
func (b *Book) ApplyEnvelope(env *Envelope) error {
	if env.Channel != ChannelBook.String() || env.Checksum == nil {
		return fmt.Errorf("%w: channel %q", ErrMessage, env.Channel)
	}
	var d BookData
	if err := json.Unmarshal(env.Data, &d); err != nil {
		return fmt.Errorf("%w: %v", ErrMessage, err)
	}
	switch env.Type {
	case Snapshot.String():
		return b.ApplySnapshot(env.Seq, &d, *env.Checksum)
	case Update.String():
		return b.ApplyUpdate(env.Seq, &d, *env.Checksum)
	}
	return fmt.Errorf("%w: type %q", ErrMessage, env.Type)
}

// ApplySnapshot replaces the book.
func (b *Book) ApplySnapshot(seq uint64, d *BookData, sum uint32) error {
	b.bids, b.asks = b.bids[:0], b.asks[:0]
	b.synced = false
	if err := b.set(d); err != nil {
		return err
	}
	b.seq, b.synced = seq, true
	return b.verify(seq, sum)
}

// ApplyUpdate applies the update with sequence number seq.
func (b *Book) ApplyUpdate(seq uint64, d *BookData, sum uint32) error {
	if !b.synced {
		return ErrNotSynced
	}
	if seq != b.seq+1 {
		b.synced = false
		return &GapError{Want: b.seq + 1, Got: seq}
	}
	if err := b.set(d); err != nil {
		b.synced = false
		return err
	}
	b.seq = seq
	return b.verify(seq, sum)
}

func (b *Book) verify(seq uint64, sum uint32) error {
	if got := b.Checksum(); got != sum {
		b.synced = false
		return &ChecksumError{Seq: seq, Want: sum, Got: got}
	}
	return nil
}

func (b *Book) set(d *BookData) error {
	var err error
	if b.bids, err = setLevels(b.bids, d.Bids, true, b.depth); err != nil {
		return err
	}
	b.asks, err = setLevels(b.asks, d.Asks, false, b.depth)
	return err
}

func setLevels(ls []clientLevel, in []WireLevel, bid bool, depth int) ([]clientLevel, error) {
	for _, w := range in {
		p, err := decimal.NewFromString(w[0])
		if err != nil || p.Sign() <= 0 {
			return ls, fmt.Errorf("%w: price %q", ErrMessage, w[0])
		}
		q, err := decimal.NewFromString(w[1])
		if err != nil || q.Sign() < 0 {
			return ls, fmt.Errorf("%w: size %q", ErrMessage, w[1])
		}
		// best first: bids descending, asks ascending
		i, found := slices.BinarySearchFunc(ls, p, func(l clientLevel, p decimal.Decimal) int {
			if bid {
				return p.Cmp(l.price)
			}
			return l.price.Cmp(p)
		})
		switch {
		case q.IsZero() && found:
			ls = slices.Delete(ls, i, i+1)
		case q.IsZero():
		case found:
			ls[i].Level = Level{w[0], w[1]}
		default:
			ls = slices.Insert(ls, i, clientLevel{p, Level{w[0], w[1]}})
		}
	}
	if depth > 0 && len(ls) > depth {
		ls = ls[:depth]
	}
	return ls, nil
}

// Checksum computes the checksum of the book as it stands, from the strings
// as received (see ChecksumString).
func (b *Book) Checksum() uint32 {
	n := ChecksumLevels
	return crc32.ChecksumIEEE([]byte(ChecksumString(levels(b.asks[:min(n, len(b.asks))]), levels(b.bids[:min(n, len(b.bids))]))))
}

// ChecksumString returns the input of the book checksum: for the best
// ChecksumLevels asks in ascending price order and then the best
// ChecksumLevels bids in descending price order, the price string and then
// the size string of each level, each with the decimal point removed and
// leading zeros stripped, concatenated with no separator. The checksum is
// the CRC-32 (IEEE) of these bytes, as an unsigned 32-bit integer.
func ChecksumString(asks, bids []Level) string {
	var sb strings.Builder
	for _, side := range [2][]Level{asks, bids} {
		for i := 0; i < len(side) && i < ChecksumLevels; i++ {
			sb.WriteString(checksumPart(side[i].Price))
			sb.WriteString(checksumPart(side[i].Size))
		}
	}
	return sb.String()
}

func checksumPart(s string) string {
	return strings.TrimLeft(strings.ReplaceAll(s, ".", ""), "0")
}
