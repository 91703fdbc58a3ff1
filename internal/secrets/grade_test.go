package secrets

import (
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

// gradedTree writes the same kind of key into code, a test fixture and a
// document: the three places grading tells apart.
func gradedTree(t *testing.T) (dir string, keys []string) {
	t.Helper()
	k := newKeygen(11)
	dir = t.TempDir()
	code, fixture, doc := k.secret(), k.secret(), k.secret()
	writeFile(t, dir, "deploy/app.env", "AWS_SECRET_ACCESS_KEY="+code+"\n")
	writeFile(t, dir, "internal/s3/testdata/app.env", "AWS_SECRET_ACCESS_KEY="+fixture+"\n")
	writeFile(t, dir, "docs/setup.md", "Set it:\n\n    export AWS_SECRET_ACCESS_KEY="+doc+"\n")
	return dir, []string{code, fixture, doc}
}

// TestGradingInText: findings in test fixtures and documentation are
// notes, marked "note:" and named by place; the one in code is not.
// -fixtures=full reports all three alike, -fixtures=off only the code's.
func TestGradingInText(t *testing.T) {
	dir, keys := gradedTree(t)
	for _, c := range []struct {
		flag string
		want []string // the output lines' starts, sorted
	}{
		{"", []string{
			"deploy/app.env:1:23: aws secret access key ",
			"docs/setup.md:3:34: note: aws secret access key ",
			"internal/s3/testdata/app.env:1:23: note: aws secret access key ",
		}},
		{"-fixtures=note", []string{
			"deploy/app.env:1:23: aws secret access key ",
			"docs/setup.md:3:34: note: aws secret access key ",
			"internal/s3/testdata/app.env:1:23: note: aws secret access key ",
		}},
		{"-fixtures=full", []string{
			"deploy/app.env:1:23: aws secret access key ",
			"docs/setup.md:3:34: aws secret access key ",
			"internal/s3/testdata/app.env:1:23: aws secret access key ",
		}},
		{"-fixtures=off", []string{
			"deploy/app.env:1:23: aws secret access key ",
		}},
	} {
		args := []string{"."}
		if c.flag != "" {
			args = []string{c.flag, "."}
		}
		code, stdout, stderr := runMain(t, dir, args...)
		noSecrets(t, "text output", stdout+stderr, keys...)
		if code != 1 {
			t.Errorf("%v: exit %d, want 1 (a note is a finding): %s", args, code, stderr)
		}
		lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
		sort.Strings(lines)
		if len(lines) != len(c.want) {
			t.Errorf("%v: %d lines, want %d:\n%s", args, len(lines), len(c.want), stdout)
			continue
		}
		for i, l := range lines {
			if !strings.HasPrefix(l, c.want[i]) {
				t.Errorf("%v: line\n%s\nwant it to start\n%s", args, l, c.want[i])
			}
			graded := strings.Contains(l, " note: ")
			if place := strings.Contains(l, " in a test fixture: ") || strings.Contains(l, " in documentation: "); place != graded {
				t.Errorf("%v: %s: the message names the place only on a note", args, l)
			}
		}
	}
	if _, stdout, _ := runMain(t, dir, "."); !strings.Contains(stdout, "testdata/app.env:1:23: note: aws secret access key "+keys[1][:2]+"…(40 chars) in a test fixture: ") ||
		!strings.Contains(stdout, "docs/setup.md:3:34: note: aws secret access key "+keys[2][:2]+"…(40 chars) in documentation: ") {
		t.Errorf("the notes do not say where the secret sits:\n%s", stdout)
	}
}

func TestFixturesFlagRefusesOtherValues(t *testing.T) {
	dir, _ := gradedTree(t)
	for _, v := range []string{"", "notes", "NOTE", "warning"} {
		code, stdout, stderr := runMain(t, dir, "-fixtures="+v, ".")
		if code != 2 || stdout != "" || !strings.Contains(stderr, `invalid value "`+v+`" for flag -fixtures: want note, full or off`) {
			t.Errorf("-fixtures=%s: exit %d, stderr %q; want 2 and the values it takes", v, code, stderr)
		}
	}
}

// TestGradingInJSONAndSARIF: the note is JSON's category and SARIF's
// level (the report still validates); the rule's default level is the
// rule's, and the fingerprints are the same at every grade.
func TestGradingInJSONAndSARIF(t *testing.T) {
	dir, keys := gradedTree(t)
	_, stdout, _ := runMain(t, dir, "-json", ".")
	noSecrets(t, "JSON output", stdout, keys...)
	var tree map[string]map[string][]struct{ Posn, Category, Message string }
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatal(err)
	}
	levels := map[string]string{}
	for _, d := range tree["secrets"]["secrets/aws-secret-access-key"] {
		levels[d.Posn] = d.Category
	}
	want := map[string]string{"deploy/app.env:1:23": "error", "internal/s3/testdata/app.env:1:23": "note", "docs/setup.md:3:34": "note"}
	for posn, level := range want {
		if levels[posn] != level {
			t.Errorf("JSON %s: category %q, want %q", posn, levels[posn], level)
		}
	}

	sarifRun := func(args ...string) (levels, fingerprints map[string]string) {
		_, stdout, stderr := runMain(t, dir, append([]string{"-format=sarif"}, args...)...)
		noSecrets(t, "SARIF output", stdout, keys...)
		rep, err := sarif.FromBytes([]byte(stdout))
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stderr)
		}
		if err := rep.Validate(); err != nil {
			t.Fatalf("%v: SARIF does not validate: %v", args, err)
		}
		for _, r := range rep.Runs[0].Tool.Driver.Rules {
			if lvl := r.DefaultConfiguration.Level; lvl != "error" {
				t.Errorf("%v: rule %s's default level %q, want the rule's own, error", args, *r.ID, lvl)
			}
		}
		levels, fingerprints = map[string]string{}, map[string]string{}
		for _, res := range rep.Runs[0].Results {
			uri := *res.Locations[0].PhysicalLocation.ArtifactLocation.URI
			levels[uri] = res.Level
			fingerprints[uri] = res.PartialFingerprints["awsvet/v2"]
		}
		return levels, fingerprints
	}
	noteLevels, noteFPs := sarifRun(".")
	fullLevels, fullFPs := sarifRun("-fixtures=full", ".")
	for uri, want := range map[string]string{"deploy/app.env": "error", "internal/s3/testdata/app.env": "note", "docs/setup.md": "note"} {
		if noteLevels[uri] != want {
			t.Errorf("SARIF %s: level %q, want %q", uri, noteLevels[uri], want)
		}
		if fullLevels[uri] != "error" {
			t.Errorf("SARIF -fixtures=full %s: level %q, want error", uri, fullLevels[uri])
		}
		if noteFPs[uri] == "" || noteFPs[uri] != fullFPs[uri] {
			t.Errorf("SARIF %s: the fingerprint changes with the grade (%q, %q)", uri, noteFPs[uri], fullFPs[uri])
		}
	}
}

// TestBaselineIgnoresTheGrade: a baseline written at one grade filters the
// same findings at another, both ways.
func TestBaselineIgnoresTheGrade(t *testing.T) {
	dir, keys := gradedTree(t)
	for _, c := range []struct{ write, read string }{{"-fixtures=full", "-fixtures=note"}, {"-fixtures=note", "-fixtures=full"}} {
		base := filepath.Join(t.TempDir(), "baseline.json")
		if code, _, stderr := runMain(t, dir, c.write, "-write-baseline", base, "."); code != 0 {
			t.Fatalf("%s -write-baseline: exit %d: %s", c.write, code, stderr)
		}
		if code, stdout, _ := runMain(t, dir, c.read, "-baseline", base, "."); code != 0 {
			noSecrets(t, "output", stdout, keys...)
			t.Errorf("written with %s, read with %s: exit %d, want 0:\n%s", c.write, c.read, code, stdout)
		}
	}
}
