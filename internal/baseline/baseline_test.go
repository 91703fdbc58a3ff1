package baseline_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/baseline"
	"github.com/awsvet/awsvet/internal/output"
)

func TestRoundTrip(t *testing.T) {
	secret := "wJalr" + strings.Repeat("Q7x", 11) + "Zp" // not a real key, built so no literal holds it
	old := []output.Finding{
		{Rule: "hardcodedkey", Path: "a.go", Line: 3, Match: secret},
		{Rule: "region", Path: "b.go", Line: 9, Match: "config.LoadDefaultConfig(ctx)"},
	}
	b := baseline.New()
	for _, f := range old {
		b.Add(f)
	}
	path := filepath.Join(t.TempDir(), "baseline.json")
	if err := b.Write(path); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if strings.Contains(string(data), secret) || strings.Contains(string(data), secret[5:20]) {
		t.Fatal("baseline file holds the secret")
	}

	back, err := baseline.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	now := []output.Finding{
		{Rule: "hardcodedkey", Path: "a.go", Line: 30, Match: secret},                    // moved: still known
		{Rule: "hardcodedkey", Path: "a.go", Line: 31, Match: secret},                    // pasted again: new
		{Rule: "hardcodedkey", Path: "c.go", Line: 1, Match: secret},                     // other file: new
		{Rule: "region", Path: "b.go", Line: 90, Match: "config.LoadDefaultConfig(ctx)"}, // moved: known
	}
	got := back.Filter(now)
	if len(got) != 2 || got[0].Line != 31 || got[1].Path != "c.go" {
		t.Fatalf("Filter = %+v", got)
	}
}

func TestAddAfterRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.json")
	if err := baseline.New().Write(path); err != nil {
		t.Fatal(err)
	}
	b, err := baseline.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	f := output.Finding{Rule: "region", Path: "a.go", Match: "x"}
	b.Add(f)
	if got := b.Filter([]output.Finding{f}); len(got) != 0 {
		t.Fatalf("a finding added after Read is not known: %+v", got)
	}
}

func TestSaltDiffers(t *testing.T) {
	f := output.Finding{Rule: "hardcodedkey", Path: "a.go", Match: "x"}
	if baseline.New().Key(f) == baseline.New().Key(f) {
		t.Fatal("two baselines hash the same finding the same way: the salt is not random")
	}
}

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"garbage.json": "\x00\x01not json",
		"version.json": `{"version": 99, "salt": "aa", "entries": []}`,
		"nosalt.json":  `{"version": 1, "entries": []}`,
	} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(content), 0o644)
		if _, err := baseline.Read(p); err == nil || !strings.Contains(err.Error(), "baseline") {
			t.Errorf("%s: err = %v, want a baseline error", name, err)
		}
	}
	if _, err := baseline.Read(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("missing file: no error")
	}
}
