package api

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/hourglass-exchange/hourglass/api/wire"
)

// docTable returns the first column's backticked names of the table that
// follows heading in docs/api.md.
func docTable(t *testing.T, heading string) []string {
	t.Helper()
	b, err := os.ReadFile("../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	i := strings.Index(doc, "\n"+heading+"\n")
	if i < 0 {
		t.Fatalf("docs/api.md has no %q", heading)
	}
	var out []string
	inTable := false
	cell := regexp.MustCompile("^\\| `([^`]+)`")
	for _, line := range strings.Split(doc[i+len(heading)+2:], "\n") {
		if strings.HasPrefix(line, "|") {
			inTable = true
			if m := cell.FindStringSubmatch(line); m != nil && !slices.Contains(out, m[1]) {
				out = append(out, m[1])
			}
			continue
		}
		if inTable {
			break
		}
	}
	slices.Sort(out)
	return out
}

// TestDocsListEveryChannelAndMethod: docs/api.md's channel and method
// tables list exactly what the gateway serves (a heartbeat channel that
// worked but was in no table is how this test came to be).
func TestDocsListEveryChannelAndMethod(t *testing.T) {
	var channels []string
	for name := range channelsByName {
		channels = append(channels, name)
	}
	channels = append(channels, wire.PrivateChannels[:]...)
	channels = append(channels, ChannelLeases)
	slices.Sort(channels)
	if got := docTable(t, "### Channels"); !slices.Equal(got, channels) {
		t.Errorf("docs/api.md's channels %v; the gateway serves %v", got, channels)
	}
	methods := append([]string{MethodSubscribe, MethodUnsubscribe, MethodPing}, reservedMethods...)
	slices.Sort(methods)
	if got := docTable(t, "### Methods"); !slices.Equal(got, methods) {
		t.Errorf("docs/api.md's methods %v; the gateway serves %v", got, methods)
	}
}
