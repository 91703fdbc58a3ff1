package baseline_test

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/baseline"
	"github.com/awsvet/awsvet/internal/output"
)

// FuzzParse checks the baseline reader on arbitrary bytes: no panic, errors
// that name the file, and for what it accepts, a file that filters without
// panicking and survives Write and Read unchanged.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`{"version":1,"tool":"awsvet","salt":"00ff","entries":[{"rule":"hardcodedkey","path":"a.go","hash":"ab"}]}`,
		`{"version":2,"kdf":"argon2id t=1 m=128KiB p=1","tool":"awsvet","salt":"00ff","entries":[{"rule":"hardcodedkey","path":"a.go","hash":"ab"}]}`,
		`{"version":2,"kdf":"argon2id t=1 m=128KiB p=1","salt":"x","entries":null}`,
		`{"version":2,"kdf":"argon2id t=1 m=128KiB p=1","salt":"x","entries":[{},{},{"rule":"\u0000"}]}`,
		`{"version":2,"kdf":"argon2id t=1 m=128KiB p=1","salt":"x","entries":[{"rule":"r","path":"p","hash":"h"},{"rule":"r","path":"p","hash":"h"}]}`,
		`{"version":1e400,"salt":"x"}`, `{"version":"1","salt":"x"}`, `{"version":2,"kdf":"argon2id t=1 m=128KiB p=1","salt":""}`,
		`[]`, `null`, ``, "\x00\xff", strings.Repeat("[", 20000), `{"version":2,"kdf":"argon2id t=1 m=128KiB p=1","salt":"x","entries":[` + strings.Repeat(`{"rule":"r"},`, 500) + `{}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := baseline.Parse(bytes.NewReader(data), "fuzz.json")
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz.json") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if b.Version != baseline.Version || b.Salt == "" {
			t.Fatalf("accepted version %d salt %q", b.Version, b.Salt)
		}
		probe := []output.Finding{{Rule: "hardcodedkey", Path: "a.go", Match: "x"}, {}}
		for _, e := range b.Entries {
			probe = append(probe, output.Finding{Rule: e.Rule, Path: e.Path, Match: e.Hash})
		}
		if got := b.Filter(probe); len(got) > len(probe) {
			t.Fatalf("Filter returned %d findings of %d", len(got), len(probe))
		}
		path := filepath.Join(t.TempDir(), "b.json")
		want := slices.Clone(b.Entries)
		if err := b.Write(path); err != nil {
			t.Fatal(err)
		}
		back, err := baseline.Read(path)
		if err != nil {
			t.Fatalf("reading back what Write wrote: %v", err)
		}
		if back.Salt != b.Salt || !sameEntries(back.Entries, want) {
			t.Fatalf("round trip changed the baseline: %+v, want %+v", back.Entries, want)
		}
	})
}

func sameEntries(a, b []baseline.Entry) bool {
	key := func(e baseline.Entry) string { return e.Rule + "\x00" + e.Path + "\x00" + e.Hash }
	ka, kb := make([]string, len(a)), make([]string, len(b))
	for i := range a {
		ka[i] = key(a[i])
	}
	for i := range b {
		kb[i] = key(b[i])
	}
	slices.Sort(ka)
	slices.Sort(kb)
	return slices.Equal(ka, kb)
}
