package api

import (
	"slices"
	"testing"
)

// FuzzDecodeRequest checks that the request decoder never panics and that
// every rejection carries a documented code, and that the same holds for
// subscribe params.
func FuzzDecodeRequest(f *testing.F) {
	for _, s := range []string{
		`{"id":1,"method":"ping"}`,
		`{"id":"x","method":"subscribe","params":{"channel":"book","markets":["M"],"depth":10}}`,
		`{"id":2,"method":"subscribe","params":{"channel":"candles","markets":["M"],"interval":"1m"}}`,
		`{"id":null,"method":"unsubscribe","params":{"channel":"trades","markets":["M","M"]}}`,
		`{"id":[],"method":1}`, `[]`, `"x"`, ``, `{`, `{"method":"order.place","params":{}}`,
	} {
		f.Add([]byte(s))
	}
	codes := Codes()
	f.Fuzz(func(t *testing.T, data []byte) {
		req, err := decodeRequest(data)
		if err != nil {
			if !slices.Contains(codes, err.Code) || err.Message == "" {
				t.Fatalf("undocumented rejection %+v", err)
			}
			return
		}
		if req.Method == MethodSubscribe || req.Method == MethodUnsubscribe {
			_, err := parseSubscribe(req.Params, []int{10, 50, 500}, func(s string) bool { return s == "M" })
			if err != nil && (!slices.Contains(codes, err.Code) || err.Message == "") {
				t.Fatalf("undocumented rejection %+v", err)
			}
		}
		_ = appendResponse(nil, req.ID, nil, err)
	})
}
