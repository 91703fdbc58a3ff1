package main

// The command line as Go users expect it (go vet, staticcheck and x/tools'
// multichecker): help and version subcommands, -help on stdout, one-line
// flag errors, -tags, contradictory flags refused, and the rule named in
// every go vet finding.

import (
	"crypto/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/analyzers"
)

func TestHelpListsEveryRule(t *testing.T) {
	out, errOut, code := run(t, t.TempDir(), awsvetBin, "help")
	if code != 0 || len(errOut) > 0 {
		t.Fatalf("awsvet help exited %d, stderr %q", code, errOut)
	}
	for _, r := range analyzers.All() {
		if !regexp.MustCompile(`(?m)^\s+` + r.Name + `\s+(error|warning)\s+\S`).Match(out) {
			t.Errorf("awsvet help: no line for rule %s with its severity and summary:\n%s", r.Name, out)
		}
	}
}

func TestHelpRulePrintsItsSpec(t *testing.T) {
	for _, r := range analyzers.All() {
		out, _, code := run(t, t.TempDir(), awsvetBin, "help", r.Name)
		if code != 0 {
			t.Errorf("awsvet help %s exited %d", r.Name, code)
			continue
		}
		if !strings.Contains(string(out), r.Doc) || !strings.Contains(string(out), r.URL) {
			t.Errorf("awsvet help %s does not print the rule's doc and URL:\n%s", r.Name, out)
		}
	}
	_, errOut, code := run(t, t.TempDir(), awsvetBin, "help", "regoin")
	if code != 2 || !strings.Contains(string(errOut), `unknown rule "regoin"`) {
		t.Errorf("awsvet help regoin: exit %d, stderr %q; want 2 and the unknown rule named", code, errOut)
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"-version"}} {
		out, _, code := run(t, t.TempDir(), awsvetBin, args...)
		if code != 0 || !regexp.MustCompile(`^awsvet \S+\n$`).Match(out) {
			t.Errorf("awsvet %s: exit %d, %q; want 0 and one line 'awsvet VERSION'", args[0], code, out)
		}
	}
}

func TestDashHelpGoesToStdout(t *testing.T) {
	for _, flag := range []string{"-help", "-h", "--help"} {
		out, errOut, code := run(t, t.TempDir(), awsvetBin, flag)
		if code != 0 || len(errOut) > 0 || !strings.Contains(string(out), "Usage:") {
			t.Errorf("awsvet %s: exit %d, stderr %q, stdout %d bytes; want 0, the usage on stdout, nothing on stderr", flag, code, errOut, len(out))
		}
		// The rule switches say what they do, since every rule is on.
		if !strings.Contains(string(out), "every rule runs by default") || !strings.Contains(string(out), "=false turns one off") {
			t.Errorf("awsvet %s does not say that rules are on by default and how -RULE works", flag)
		}
	}
}

func TestMisspeltFlagIsOneLine(t *testing.T) {
	out, errOut, code := run(t, t.TempDir(), awsvetBin, "-regoin", "./...")
	want := "awsvet: flag provided but not defined: -regoin (did you mean -region?)\nrun 'awsvet -help' for the flags and rules\n"
	if code != 2 || len(out) > 0 || string(errOut) != want {
		t.Errorf("awsvet -regoin: exit %d, stdout %q, stderr %q; want 2 and\n%s", code, out, errOut, want)
	}
}

func TestContradictoryFlagsAreRefused(t *testing.T) {
	for _, args := range [][]string{
		{"-json", "-format=sarif"},
		{"-format=text", "-json"},
		{"-baseline=a.json", "-write-baseline=b.json"},
	} {
		_, errOut, code := run(t, t.TempDir(), awsvetBin, args...)
		if code != 2 || !strings.Contains(string(errOut), "contradict") {
			t.Errorf("awsvet %s: exit %d, stderr %q; want 2 and the contradiction named", strings.Join(args, " "), code, errOut)
		}
	}
	// -json with -format=json says the same thing twice: accepted.
	dir := taggedModule(t)
	if _, errOut, code := run(t, dir, awsvetBin, "-json", "-format=json", "./..."); code != 0 {
		t.Errorf("awsvet -json -format=json: exit %d, %s", code, errOut)
	}
}

// taggedModule writes a module whose only finding, a random access key ID,
// sits in a file behind the build tag awsvettag, and returns its directory.
// The key is made at run time, so no key is written in this repository.
func taggedModule(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	key := randomKeyID(t)
	files := map[string]string{
		"go.mod":    "module tagged\n\ngo 1.26\n",
		"plain.go":  "package tagged\n",
		"tagged.go": "//go:build awsvettag\n\npackage tagged\n\nconst id = \"" + key + "\"\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// randomKeyID returns an access key ID of random base32 characters.
func randomKeyID(t *testing.T) string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return "AKIA" + string(b)
}

func TestTagsReachTheLoader(t *testing.T) {
	dir := taggedModule(t)
	if out, errOut, code := run(t, dir, awsvetBin, "./..."); code != 0 {
		t.Fatalf("without -tags: exit %d, %s%s; want 0 (the key is behind the tag)", code, out, errOut)
	}
	out, errOut, code := run(t, dir, awsvetBin, "-tags=awsvettag", "./...")
	if code != 1 || !strings.Contains(string(out), "tagged.go:5:") || !strings.Contains(string(out), "(hardcodedkey)") {
		t.Errorf("with -tags=awsvettag: exit %d, %s%s; want 1 and the key in tagged.go", code, out, errOut)
	}
}

// TestVetNamesTheRule: go vet prints "position: message"; each awsvet
// message ends with its rule, as the standalone text output does, so the
// user knows what to name in //awsvet:ignore or awsvet help.
func TestVetNamesTheRule(t *testing.T) {
	dir := e2eDir(t)
	_, errOut, code := run(t, dir, "go", "vet", "-vettool="+awsvetBin, "./keys/...")
	if code == 0 {
		t.Fatalf("go vet on ./keys found nothing:\n%s", errOut)
	}
	n := 0
	finding := regexp.MustCompile(`^\S+\.go:\d+:\d+: `)
	named := regexp.MustCompile(`\((` + strings.Join(ruleNames(), "|") + `)\)$`)
	for _, line := range strings.Split(string(errOut), "\n") {
		if !finding.MatchString(line) {
			continue
		}
		n++
		if !named.MatchString(line) {
			t.Errorf("go vet finding without its rule: %s", line)
		}
	}
	if n == 0 {
		t.Fatalf("no finding lines in go vet's output:\n%s", errOut)
	}
}

func ruleNames() []string {
	var names []string
	for _, a := range analyzers.All() {
		names = append(names, a.Name)
	}
	return names
}

// TestTypeErrorsNeverPrintAKey: go/types quotes the source in its errors;
// a key on a line that does not type-check is masked in every driver's
// output (under go vet, unitchecker prints type errors itself: awsvet
// serves vet through a child whose stderr it redacts).
func TestTypeErrorsNeverPrintAKey(t *testing.T) {
	dir := t.TempDir()
	key := randomKeyID(t)
	files := map[string]string{
		"go.mod": "module typeerr\n\ngo 1.26\n",
		"p.go":   "package p\n\nvar x int = \"" + key + "\"\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range [][]string{
		{awsvetBin, "./..."},
		{"go", "vet", "-vettool=" + awsvetBin, "./..."},
	} {
		out, errOut, code := run(t, dir, args[0], args[1:]...)
		all := string(out) + string(errOut)
		if code == 0 || !strings.Contains(all, "cannot use") {
			t.Errorf("%s: exit %d, want a failure that reports the type error:\n%s", strings.Join(args[:2], " "), code, strings.ReplaceAll(all, key, "<KEY>"))
		}
		if strings.Contains(all, key) || strings.Contains(all, key[4:]) {
			t.Errorf("%s printed the key in full:\n%s", strings.Join(args[:2], " "), strings.ReplaceAll(all, key, "<KEY>"))
		}
	}
}
