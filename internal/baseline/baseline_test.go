package baseline_test

import (
	"os"
	"path/filepath"
	"strconv"
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
		"nosalt.json":  `{"version": 2, "kdf": "` + baseline.KDF + `", "entries": []}`,
		"format1.json": `{"version": 1, "salt": "aa", "entries": []}`,
		"kdf.json":     `{"version": 2, "kdf": "sha256", "salt": "aa", "entries": []}`,
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

// TestFormat1IsRefused: a format-1 baseline (fast salted SHA-256) is
// refused with a message that says what to do, not read as empty.
func TestFormat1IsRefused(t *testing.T) {
	p := filepath.Join(t.TempDir(), "old.json")
	os.WriteFile(p, []byte(`{"version": 1, "tool": "awsvet", "salt": "5f2a", "entries": [{"rule": "r", "path": "p", "hash": "9c1d"}]}`), 0o644)
	_, err := baseline.Read(p)
	if err == nil || !strings.Contains(err.Error(), "old.json") || !strings.Contains(err.Error(), "re-create it with -write-baseline") {
		t.Fatalf("err = %v, want a refusal naming the file and saying to re-create it", err)
	}
}

// TestKeyIsArgon2id pins the hash of format 2: argon2id over the rule,
// the path and the match, salted with the file's salt. A change here
// silently orphans every committed baseline, so it must be a new format.
func TestKeyIsArgon2id(t *testing.T) {
	b := &baseline.File{Version: baseline.Version, Salt: "00112233445566778899aabbccddeeff", KDF: baseline.KDF}
	got := b.Key(output.Finding{Rule: "hardcodedkey", Path: "a.go", Match: "not a secret"}).Hash
	if want := "34a231f0443489831416a520397b5ee1d6c3b4b3643cb4c9596fee8937ada67f"; got != want {
		t.Errorf("Key = %s, want %s", got, want)
	}
}

// TestKeysMatchKey: the parallel Keys gives each finding its own Key, in order.
func TestKeysMatchKey(t *testing.T) {
	b := baseline.New()
	var fs []output.Finding
	for i := range 50 {
		fs = append(fs, output.Finding{Rule: "region", Path: "p.go", Match: strings.Repeat("x", i)})
	}
	for i, k := range b.Keys(fs) {
		if k != b.Key(fs[i]) {
			t.Fatalf("Keys[%d] = %v, want Key = %v", i, k, b.Key(fs[i]))
		}
	}
}

// BenchmarkKey is the price of one guess against a committed baseline,
// on one core: the guesses/s metric is what an attacker gets per core of
// this machine (and what awsvet pays per finding).
func BenchmarkKey(b *testing.B) {
	f := baseline.New()
	finding := output.Finding{Rule: "secrets/generic-api-key", Path: "conf/app.env", Match: "hunter2hunter2"}
	for b.Loop() {
		f.Key(finding)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "guesses/s")
}

// BenchmarkFilter5000 is a run with a baseline of 5,000 findings.
func BenchmarkFilter5000(b *testing.B) {
	f := baseline.New()
	var fs []output.Finding
	for i := range 5000 {
		fs = append(fs, output.Finding{Rule: "region", Path: "p.go", Match: strconv.Itoa(i)})
	}
	f.Add(fs...)
	for b.Loop() {
		f.Filter(fs)
	}
}
