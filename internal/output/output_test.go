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
	fp := res[1].PartialFingerprints["awsvet/v1"]

	// The same finding ten lines lower keeps its fingerprint.
	moved := findings()
	moved[1].Line += 10
	moved[1].EndLine += 10
	buf.Reset()
	output.WriteSARIF(&buf, "devel", rules, moved)
	rep2, _ := sarif.FromBytes(buf.Bytes())
	if got := rep2.Runs[0].Results[1].PartialFingerprints["awsvet/v1"]; got != fp || fp == "" {
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
