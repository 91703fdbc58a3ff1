package detect_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/awsvet/awsvet/internal/detect"
	"github.com/awsvet/awsvet/internal/detect/detecttest"
	"github.com/awsvet/awsvet/internal/hostile"
)

func TestReadConfigHostileFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	link := func(name, target string) string { return hostile.Symlink(t, target, filepath.Join(dir, name)) }
	fifo := hostile.FIFO(t, filepath.Join(dir, "fifo.toml"))
	self := filepath.Join(dir, "self.toml")
	write("self.toml", "[extend]\npath = \""+filepath.ToSlash(self)+"\"\n")
	a, b := filepath.Join(dir, "a.toml"), filepath.Join(dir, "b.toml")
	write("a.toml", "[extend]\npath = \""+filepath.ToSlash(b)+"\"\n")
	write("b.toml", "[extend]\npath = \""+filepath.ToSlash(a)+"\"\n")
	notTOML := write("rules.json", `{"rules": [{"id": "x"}]}`)
	extendsJSON := write("extends-json.toml", "[extend]\npath = \""+filepath.ToSlash(notTOML)+"\"\n")
	zero := link("zero.toml", "/dev/zero")
	extendsZero := write("extends-zero.toml", "[extend]\npath = \""+filepath.ToSlash(zero)+"\"\n")
	extendsFIFO := write("extends-fifo.toml", "[extend]\npath = \""+filepath.ToSlash(fifo)+"\"\n")
	big := write("big.toml", "# "+strings.Repeat("x", detect.MaxConfigSize)+"\n")

	for _, tc := range []struct{ file, want string }{
		{zero, zero + ": not a regular file (a device)"},
		{link("urandom.toml", "/dev/urandom"), "urandom.toml: not a regular file (a device)"},
		{fifo, fifo + ": not a regular file (a named pipe)"},
		{dir, dir + ": not a regular file (a directory)"},
		{big, big + ": larger than the 4 MB limit"},
		{self, "extend.path " + self + ": extends itself"},
		{a, "extend.path " + a + ": extends itself"},
		{extendsJSON, "extend.path " + notTOML + ": "},
		{extendsZero, "extend.path " + zero + ": not a regular file (a device)"},
		{extendsFIFO, "extend.path " + fifo + ": not a regular file (a named pipe)"},
	} {
		// A configuration that blocks the read fails the test instead
		// of hanging it.
		err := hostile.Within(t, 10*time.Second, "ReadConfig("+filepath.Base(tc.file)+")", func() error {
			_, err := detect.ReadConfig(tc.file)
			return err
		})
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("ReadConfig(%s): %v\nwant one line with %q", filepath.Base(tc.file), err, tc.want)
		}
	}
}

// TestForConfig: no file is the default rules, the very detector Default
// returns; a file is its own rules; a missing file is an error naming it.
func TestForConfig(t *testing.T) {
	def := detecttest.Default(t)
	if d, err := detect.ForConfig(""); err != nil || d != def {
		t.Errorf(`ForConfig("") = %p, %v; want Default's detector %p`, d, err, def)
	}
	file := filepath.Join(t.TempDir(), "own.toml")
	own := "[[rules]]\nid = \"acme-token\"\nregex = '''acme_[a-z0-9]{24}'''\nkeywords = [\"acme_\"]\n"
	if err := os.WriteFile(file, []byte(own), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := detect.ForConfig(file)
	if err != nil {
		t.Fatal(err)
	}
	if rules := d.Rules(); len(rules) != 1 || rules[0].ID != "acme-token" {
		t.Errorf("ForConfig(%s) rules %v, want only acme-token", filepath.Base(file), rules)
	}
	missing := filepath.Join(t.TempDir(), "missing.toml")
	if _, err := detect.ForConfig(missing); err == nil || !strings.Contains(err.Error(), "missing.toml") {
		t.Errorf("ForConfig(missing.toml): %v, want an error naming the file", err)
	}
}
