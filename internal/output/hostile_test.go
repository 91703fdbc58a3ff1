package output_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/awsvet/awsvet/internal/output"
)

// TestTextCannotBeForgedByAFileName: a newline in a path used to write a
// whole line of its own ("x.yaml:1:1: all clear (none)"), and an escape
// sequence reached the terminal raw.
func TestTextCannotBeForgedByAFileName(t *testing.T) {
	fs := []output.Finding{
		{Rule: "secrets/aws-access-token", Path: "a\nx.yaml:1:1: all clear (none)", Line: 1, Col: 1, Message: "key"},
		{Rule: "secrets/aws-access-token", Path: "\x1b]0;pwned\x07\x1b[2Jb.env", Line: 2, Col: 3, Message: "key \x1b[31m\r"},
		{Rule: "secrets/x", Path: "c.env", Line: 4, Col: 5, Message: "plain", Commit: "abc\n", Date: "2024"},
	}
	var buf bytes.Buffer
	if err := output.WriteText(&buf, fs); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != len(fs) {
		t.Fatalf("%d findings wrote %d lines:\n%s", len(fs), len(lines), buf.String())
	}
	if strings.ContainsAny(buf.String(), "\x1b\x07\r") {
		t.Errorf("raw control characters reach the output: %q", buf.String())
	}
	want := `"a\nx.yaml:1:1: all clear (none)":1:1: key (secrets/aws-access-token)`
	if lines[0] != want {
		t.Errorf("line 1 = %s\nwant     %s", lines[0], want)
	}
}

func TestSARIFURIsArePercentEncoded(t *testing.T) {
	for path, want := range map[string]string{
		"conf/app.yaml":          "conf/app.yaml",
		"sp ace#frag?.yaml":      "sp%20ace%23frag%3F.yaml",
		"c:x.yaml":               "c%3Ax.yaml",
		"100%.env":               "100%25.env",
		"données/clé.env":        "donn%C3%A9es/cl%C3%A9.env",
		"a\nb.yaml":              "a%0Ab.yaml",
		`dir\win.env`:            `dir%5Cwin.env`,
		"keep-._~!$&'()*+,;=@.x": "keep-._~!$&'()*+,;=@.x",
	} {
		if got := output.URI(path); got != want {
			t.Errorf("URI(%q) = %s, want %s", path, got, want)
		}
	}
	fs := []output.Finding{{Rule: "secrets/x", Severity: "error", Path: "sp ace#frag?.yaml", Line: 1, Col: 1, Message: "m"}}
	var buf bytes.Buffer
	if err := output.WriteSARIF(&buf, "devel", nil, fs); err != nil {
		t.Fatal(err)
	}
	rep, err := sarif.FromBytes(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Validate(); err != nil {
		t.Fatalf("SARIF does not validate: %v", err)
	}
	uri := rep.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI
	if uri == nil || *uri != "sp%20ace%23frag%3F.yaml" {
		t.Errorf("artifactLocation.uri = %v, want the percent-encoded path", uri)
	}
}
