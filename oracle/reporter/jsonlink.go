package reporter

import (
	"context"
	"encoding/json"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/oracle/challenge"
)

// RawLink is a reporter's link that speaks JSON: the gateway's oracle
// endpoints (api/client's ReporterLink).
type RawLink interface {
	Challenge(ctx context.Context, challenge []byte) error
	Answers(ctx context.Context, after uint64) ([]byte, error)
	Nodes(ctx context.Context) ([]byte, error)
	Epochs(ctx context.Context, after uint64) ([]byte, error)
	Verdicts(ctx context.Context, set []byte) error
	Signature(ctx context.Context, sig []byte) error
}

// JSONLink is a Relay and a Board over a RawLink.
type JSONLink struct{ Link RawLink }

var (
	_ Relay = JSONLink{}
	_ Board = JSONLink{}
)

func (j JSONLink) PostChallenge(ctx context.Context, c challenge.Challenge) error {
	b, err := json.Marshal(c)
	if err != nil {
		return err
	}
	return j.Link.Challenge(ctx, b)
}

func (j JSONLink) Answers(ctx context.Context, after uint64) ([]Collected, error) {
	b, err := j.Link.Answers(ctx, after)
	if err != nil {
		return nil, err
	}
	var r struct {
		Answers []Collected `json:"answers"`
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, err
	}
	return r.Answers, nil
}

// Nodes returns the node keys to challenge now.
func (j JSONLink) Nodes(ctx context.Context) ([]common.Address, error) {
	b, err := j.Link.Nodes(ctx)
	if err != nil {
		return nil, err
	}
	var r struct {
		Nodes []common.Address `json:"nodes"`
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, err
	}
	return r.Nodes, nil
}

func (j JSONLink) Epochs(ctx context.Context, after uint64) ([]EpochRecord, error) {
	b, err := j.Link.Epochs(ctx, after)
	if err != nil {
		return nil, err
	}
	var r struct {
		Epochs []EpochRecord `json:"epochs"`
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, err
	}
	return r.Epochs, nil
}

func (j JSONLink) PostVerdicts(ctx context.Context, v VerdictSet) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return j.Link.Verdicts(ctx, b)
}

func (j JSONLink) PostSignature(ctx context.Context, s RootSignature) error {
	b, err := json.Marshal(s)
	if err != nil {
		return err
	}
	return j.Link.Signature(ctx, b)
}
