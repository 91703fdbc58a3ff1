package output_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/awsvet/awsvet/internal/output"
)

var secret = strings.Repeat("Zq8", 13) + "x" // a stand-in secret: only ever in Match

func findings() []output.Finding {
	return []output.Finding{
		{Rule: "region", Severity: "warning", Group: "example.com/b", Path: "b/b.go", Line: 9, Col: 2, EndLine: 9, EndCol: 30, Message: "no region", URL: "https://x/region", Match: "config.LoadDefaultConfig(ctx)"},
		{Rule: "hardcodedkey", Severity: "error", Group: "example.com/a", Path: "a/a.go", Line: 3, Col: 5, EndLine: 3, EndCol: 45, Message: "hardcoded AWS secret access key Zq…(40 chars)", URL: "https://x/hardcodedkey", Match: secret},
	}
}

func TestText(t *testing.T) {
	var buf bytes.Buffer
	if err := output.WriteText(&buf, output.Sort(findings())); err != nil {
		t.Fatal(err)
	}
	want := "a/a.go:3:5: hardcoded AWS secret access key Zq…(40 chars) (hardcodedkey)\nb/b.go:9:2: no region (region)\n"
	if buf.String() != want {
		t.Errorf("text:\n%s\nwant:\n%s", buf.String(), want)
	}
}

// TestTextMarksNotes: a finding at the lower level says so, as compilers
// mark a note; errors and warnings keep the plain form.
func TestTextMarksNotes(t *testing.T) {
	fs := []output.Finding{
		{Rule: "secrets/private-key", Severity: "note", Path: "testdata/tls.key", Line: 1, Col: 1, Message: "private key --…(1703 chars) in a test fixture: remove it"},
		{Rule: "secrets/private-key", Severity: "error", Path: "deploy/tls.key", Line: 1, Col: 1, Message: "private key --…(1703 chars): remove it"},
	}
	var buf bytes.Buffer
	if err := output.WriteText(&buf, output.Sort(fs)); err != nil {
		t.Fatal(err)
	}
	want := "deploy/tls.key:1:1: private key --…(1703 chars): remove it (secrets/private-key)\n" +
		"testdata/tls.key:1:1: note: private key --…(1703 chars) in a test fixture: remove it (secrets/private-key)\n"
	if buf.String() != want {
		t.Errorf("text:\n%s\nwant:\n%s", buf.String(), want)
	}
}

func TestJSONShape(t *testing.T) {
	var buf bytes.Buffer
	if err := output.WriteJSON(&buf, findings()); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), secret) {
		t.Fatal("JSON holds the matched secret")
	}
	var tree map[string]map[string][]map[string]any
	if err := json.Unmarshal(buf.Bytes(), &tree); err != nil {
		t.Fatal(err)
	}
	d := tree["example.com/a"]["hardcodedkey"]
	if len(d) != 1 || d[0]["posn"] != "a/a.go:3:5" || d[0]["category"] != "error" || d[0]["fingerprint"] == "" {
		t.Errorf("JSON diagnostic: %v", d)
	}
}

func TestSARIFValidAndStable(t *testing.T) {
	rules := []output.Rule{
		{ID: "hardcodedkey", Short: "keys", Full: "keys in code", HelpURI: "https://x/hardcodedkey", Severity: "error", Tags: []string{"security", "external/cwe/cwe-798"}, SecuritySeverity: "8.0"},
		{ID: "region", Short: "region", Full: "no region", HelpURI: "https://x/region", Severity: "warning", Tags: []string{"aws"}},
	}
	var buf bytes.Buffer
	if err := output.WriteSARIF(&buf, "devel", rules, findings()); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), secret) {
		t.Fatal("SARIF holds the matched secret")
	}
	rep, err := sarif.FromBytes(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Validate(); err != nil {
		t.Fatalf("SARIF does not validate against the 2.1.0 schema: %v", err)
	}
	res := rep.Runs[0].Results
	if len(res) != 2 || *res[1].RuleID != "hardcodedkey" || res[1].Level != "error" {
		t.Fatalf("results: %+v", res)
	}
	fp := res[1].PartialFingerprints["awsvet/v2"]

	// The same finding ten lines lower keeps its fingerprint.
	moved := findings()
	moved[1].Line += 10
	moved[1].EndLine += 10
	buf.Reset()
	output.WriteSARIF(&buf, "devel", rules, moved)
	rep2, _ := sarif.FromBytes(buf.Bytes())
	if got := rep2.Runs[0].Results[1].PartialFingerprints["awsvet/v2"]; got != fp || fp == "" {
		t.Errorf("fingerprint changed when the line moved: %q -> %q", fp, got)
	}
}

func TestFingerprintsTellDuplicatesApart(t *testing.T) {
	f := findings()[1]
	fps := output.Fingerprints([]output.Finding{f, f})
	if fps[0] == fps[1] {
		t.Error("two identical matches in one file share a fingerprint")
	}
}

// TestFingerprintIsNoGuessingOracle: the fingerprint is published, so it
// must not depend on the secret beyond its redacted form. Two findings
// whose secrets differ only in their hidden middle share it; a finding
// whose redacted form or surrounding code differs does not.
func TestFingerprintIsNoGuessingOracle(t *testing.T) {
	base := findings()[1]
	base.Around = `awsSecretAccessKey = "` + "\x00" + `"`
	other := base
	other.Match = secret[:2] + strings.Repeat("Q", len(secret)-2) // same redacted form
	if base.Fingerprint(0) != other.Fingerprint(0) {
		t.Error("the fingerprint depends on the hidden part of the secret: it can be used to test guesses")
	}
	for name, change := range map[string]func(f *output.Finding){
		"redacted form": func(f *output.Finding) { f.Match = "Ab" + secret[2:] },
		"length":        func(f *output.Finding) { f.Match = secret + "x" },
		"code around":   func(f *output.Finding) { f.Around = `backupSecretKey = "` + "\x00" + `"` },
		"rule":          func(f *output.Finding) { f.Rule = "hardcodedsecret" },
		"path":          func(f *output.Finding) { f.Path = "a/b.go" },
	} {
		f := base
		change(&f)
		if f.Fingerprint(0) == base.Fingerprint(0) {
			t.Errorf("findings differing in their %s share a fingerprint", name)
		}
	}
}

// TestFingerprintMasksSecretsAround: a second secret on the finding's line
// (a key ID beside the secret key) feeds the fingerprint only redacted.
func TestFingerprintMasksSecretsAround(t *testing.T) {
	f, g := findings()[1], findings()[1]
	f.Around = strings.Join([]string{`p := creds("AKIA`, "UJZDEGXDNCF32EPF", `", "`, "\x00", `")`}, "")
	g.Around = strings.Join([]string{`p := creds("AKIA`, "UJZDEGXDNCF3XXXX", `", "`, "\x00", `")`}, "")
	if f.Fingerprint(0) != g.Fingerprint(0) {
		t.Error("the fingerprint depends on the hidden part of a key ID beside the finding")
	}
}

func TestAround(t *testing.T) {
	text := "line one\nkey := \"SECRET\" // note\nline three"
	start := strings.Index(text, "SECRET")
	if got, want := output.Around(text, start, start+6), "key := \"\x00\" // note"; got != want {
		t.Errorf("Around = %q, want %q", got, want)
	}
	long := strings.Repeat("x", 10_000) + "SECRET" + strings.Repeat("y", 10_000)
	if got := output.Around(long, 10_000, 10_006); len(got) != 2*output.AroundMax+1 {
		t.Errorf("Around on a 20 kB line returned %d bytes, want %d", len(got), 2*output.AroundMax+1)
	}
	if got := output.Around("abc", 2, 9); got != "" {
		t.Errorf("Around out of range = %q", got)
	}
}
