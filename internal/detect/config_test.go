package detect_test

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/detect"
	"github.com/awsvet/awsvet/internal/detect/detecttest"
)

func ruleIDs(fs []detect.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.RuleID)
	}
	return out
}

func TestDefault(t *testing.T) {
	d, err := detect.Default()
	if err != nil {
		t.Fatal(err)
	}
	d2, _ := detect.Default()
	if d != d2 {
		t.Error("Default builds a new detector per call")
	}
	var ids []string
	for _, r := range d.Rules() {
		ids = append(ids, r.ID)
	}
	for _, id := range []string{"github-pat", "private-key", "generic-api-key", "aws-access-token",
		"aws-secret-access-key", "aws-secret-key-in-context", "aws-secret-access-key-app-settings", "aws-session-token"} {
		if !slices.Contains(ids, id) {
			t.Errorf("rule %s missing", id)
		}
	}
	if slices.Contains(ids, "aws-context") {
		t.Error("the aws-context helper rule is listed as reportable")
	}
	if len(ids) < 200 {
		t.Errorf("only %d rules", len(ids))
	}
}

func TestWithConfigExtend(t *testing.T) {
	d, err := detect.WithConfig(`
[extend]
useDefault = true
disabledRules = ["generic-api-key"]

[[rules]]
id = "acme-token"
description = "ACME internal token"
regex = '''acme_[a-z0-9]{24}'''
keywords = ["acme_"]

# Override a default rule: only add an allowlist (no regex).
[[rules]]
id = "github-pat"
[[rules.allowlists]]
regexes = ['''^ghp_WK59''']

# A global allowlist aimed at a default rule.
[[allowlists]]
targetRules = ["slack-bot-token"]
regexes = ['''^xoxb-524485628643-''']

[awsvet]
rawRules = ["acme-token"]
`)
	if err != nil {
		t.Fatal(err)
	}
	text := "token acme_" + "k3j9x2m5q8w1e4r7t0y6u3i9" + "\n" +
		"api_key: " + genericVal + "\n" +
		ghToken + "\n" +
		"xoxb-" + "524485628643-906307131050-zDp8mFmQp5zvqYMtrb1uvZwn\n" +
		"AWS_SECRET_ACCESS_KEY=" + secretKey + "\n"
	got := ruleIDs(d.Scan("", text))
	want := []string{"acme-token", "aws-secret-access-key"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v (custom rule and AWS rule; generic disabled; github and slack allowlisted)", got, want)
	}
}

func TestWithConfigStandalone(t *testing.T) {
	// Without [extend], a configuration stands alone, as in gitleaks.
	d, err := detect.WithConfig(`
[[rules]]
id = "acme-token"
regex = '''acme_[a-z0-9]{24}'''
keywords = ["acme_"]
`)
	if err != nil {
		t.Fatal(err)
	}
	got := ruleIDs(d.Scan("", "acme_k3j9x2m5q8w1e4r7t0y6u3i9 "+ghToken))
	if !slices.Equal(got, []string{"acme-token"}) {
		t.Errorf("got %v, want only the configuration's rule", got)
	}
}

func TestWithConfigPath(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "base.toml")
	if err := os.WriteFile(base, []byte(`
[[rules]]
id = "acme-token"
regex = '''acme_[a-z0-9]{24}'''
keywords = ["acme_"]
`), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := detect.WithConfig("[extend]\npath = \"" + filepath.ToSlash(base) + "\"\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := ruleIDs(d.Scan("", "acme_k3j9x2m5q8w1e4r7t0y6u3i9")); !slices.Equal(got, []string{"acme-token"}) {
		t.Errorf("got %v, want the extended file's rule", got)
	}
}

func TestWithConfigRepeatable(t *testing.T) {
	// gitleaks' own [extend] goes through a global viper and a global
	// depth counter that is never reset: a second load in the same process
	// used to lose the targeted allowlists. Each load here stands alone.
	cfg := "[extend]\nuseDefault = true\n[[allowlists]]\ntargetRules = [\"github-pat\"]\nregexes = ['''^ghp_WK59''']\n"
	for i := range 3 {
		d, err := detect.WithConfig(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Scan("", ghToken); len(got) != 0 {
			t.Fatalf("load %d: allowlist lost, got %v", i, ruleIDs(got))
		}
	}
}

func TestWithConfigErrors(t *testing.T) {
	for name, cfg := range map[string]string{
		"bad toml":        "[[rules]\nid=",
		"bad regex":       "[[rules]]\nid = \"x\"\nregex = '''([a-z'''\n",
		"no pattern":      "[[rules]]\nid = \"x\"\n",
		"unknown target":  "[extend]\nuseDefault = true\n[[allowlists]]\ntargetRules = [\"no-such-rule\"]\nregexes = ['''x''']\n",
		"both extends":    "[extend]\nuseDefault = true\npath = \"x.toml\"\n",
		"missing file":    "[extend]\npath = \"/nonexistent/awsvet.toml\"\n",
		"unknown require": "[[rules]]\nid = \"x\"\nregex = '''x'''\n[[rules.required]]\nid = \"y\"\n",
	} {
		if _, err := detect.WithConfig(cfg); err == nil {
			t.Errorf("%s: no error", name)
		} else if strings.Contains(err.Error(), "panic") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestPathRulesAndAllowlists(t *testing.T) {
	d := detecttest.Default(t)
	// gitleaks' path-only rule: the file itself is the finding.
	if got := ruleIDs(d.Scan("certs/client.p12", "")); !slices.Equal(got, []string{"pkcs12-file"}) {
		t.Errorf("pkcs12 file: got %v", got)
	}
	// gitleaks' global path allowlist: go.sum is skipped.
	if got := d.Scan("go.sum", ghToken); len(got) != 0 {
		t.Errorf("go.sum: got %v", ruleIDs(got))
	}
	// Test code and lock files: high-confidence rules only.
	text := "api_key: " + genericVal + "\n" + ghToken + "\n"
	for _, p := range []string{"testdata/app.yaml", "pkg/app_test.go", "web/app.spec.ts", "Gemfile.lock", "go.tool.sum"} {
		if got := ruleIDs(d.Scan(p, text)); !slices.Equal(got, []string{"github-pat"}) {
			t.Errorf("%s: got %v, want only github-pat", p, got)
		}
	}
	if got := ruleIDs(d.Scan("config/app.yaml", text)); !slices.Equal(got, []string{"generic-api-key", "github-pat"}) {
		t.Errorf("config/app.yaml: got %v", got)
	}
}

func TestRawRules(t *testing.T) {
	// rawRules turns awsvet's filters off: gitleaks' own finding comes back.
	text := `"NextToken": "U1FsdGVkX1Qa8bZ3kLm9Xw2Pq7Rn4Vc6"` + "\n"
	d := detecttest.Default(t)
	if got := d.Scan("", text); len(got) != 0 {
		t.Fatalf("default: got %v", ruleIDs(got))
	}
	raw, err := detect.WithConfig("[extend]\nuseDefault = true\n[awsvet]\nrawRules = [\"generic-api-key\"]\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := ruleIDs(raw.Scan("", text)); !slices.Equal(got, []string{"generic-api-key"}) {
		t.Errorf("raw: got %v", got)
	}
}

func TestMayMatchDefault(t *testing.T) {
	d := detecttest.Default(t)
	for _, s := range []string{"", "hello world", "nothing to see", "the key", ghToken, "s.x", "-----BEGIN"} {
		if got, want := detect.MayMatchDefault(s), d.MayMatch(s); got != want {
			t.Errorf("MayMatchDefault(%q) = %v, detector says %v", s, got, want)
		}
	}
}

func TestDefaultRulesCompile(t *testing.T) {
	d := detecttest.Default(t)
	if err := detect.CompileAll(d); err != nil {
		t.Fatal(err)
	}
}

// The lazy default detector and the compiled one that a configuration
// extends are the same rules.
func TestDefaultMatchesExtendedDefault(t *testing.T) {
	lazy := detecttest.Default(t)
	eager, err := detect.WithConfig("[extend]\nuseDefault = true\n")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(lazy.Rules(), eager.Rules()) {
		t.Errorf("rules differ:\n%v\n%v", lazy.Rules(), eager.Rules())
	}
	lk, ek := lazy.Keywords(), eager.Keywords()
	slices.Sort(lk)
	slices.Sort(ek)
	if !slices.Equal(lk, ek) {
		t.Error("keywords differ")
	}
	files, _ := loadCorpus(t, 1<<20)
	for _, s := range caseTexts() {
		files = append(files, corpusFile{path: "x.txt", text: s})
	}
	for _, f := range files {
		if a, b := lazy.Scan(f.path, f.text), eager.Scan(f.path, f.text); !slices.Equal(a, b) {
			t.Errorf("%s: lazy %v, eager %v", f.path, ruleIDs(a), ruleIDs(b))
		}
	}
}

// Direct TOML decoding gives what viper's gives, on gitleaks' default
// configuration, aws.toml and a configuration using every feature.
func TestParseConfigMatchesViper(t *testing.T) {
	full := `
title = "all features"
[extend]
useDefault = true
disabledRules = ["generic-api-key"]
[[rules]]
id = "a"
description = "d"
regex = '''a+'''
path = '''\.txt$'''
secretGroup = 1
entropy = 3.5
keywords = ["A"]
tags = ["t"]
skipReport = false
[[rules.allowlists]]
description = "x"
condition = "AND"
commits = ["abc"]
paths = ['''p''']
regexTarget = "line"
regexes = ['''r''']
stopwords = ["s"]
[[rules.required]]
id = "b"
withinLines = 3
withinColumns = 10
[[rules]]
id = "b"
regex = '''b'''
[rules.allowlist]
regexes = ['''q''']
[[allowlists]]
targetRules = ["a"]
regexes = ['''z''']
`
	for name, src := range map[string]string{"gitleaks default": detect.DefaultTOML(), "aws.toml": detect.AWSTOML(), "full": full} {
		direct, viaViper, err := detect.ParseBoth(src)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(direct, viaViper) {
			t.Errorf("%s: direct decoding differs from viper's", name)
		}
	}
}

// TestPrewarm: the rule Prewarm names is compiled before any scan, and an
// unknown name is ignored.
func TestPrewarm(t *testing.T) {
	d := detecttest.Default(t)
	if detect.IsCompiled(d, "adobe-client-secret") {
		t.Fatal("adobe-client-secret is compiled before anything asked for it: the detector is not lazy")
	}
	detect.Prewarm("adobe-client-secret", "no-such-rule")
	if !detect.IsCompiled(d, "adobe-client-secret") {
		t.Error("Prewarm did not compile adobe-client-secret")
	}
}

// TestAndAllowlists: an AND allowlist skips a finding only when every
// condition it has matches (gitleaks' checkFindingAllowed and
// checkCommitOrPathAllowed); one with only paths and commits skips whole
// files.
func TestAndAllowlists(t *testing.T) {
	const rule = "[[rules]]\nid = \"acme-token\"\nregex = '''acme_[a-z0-9]{24}'''\nkeywords = [\"acme_\"]\n"
	plain, stopped := "acme_k3j9x2m5q8w1e4r7t0y6u3i9", "acme_k3j9x2m5q8w1e4qz7vy6u3i9"
	for _, c := range []struct {
		name, allowlist string
		fragment        detect.Fragment
		reported        bool
	}{
		{"paths only, path matches", "paths = ['''^fixtures/''']", detect.Fragment{Path: "fixtures/a.txt", Text: plain}, false},
		{"paths only, path differs", "paths = ['''^fixtures/''']", detect.Fragment{Path: "src/a.txt", Text: plain}, true},
		{"paths and commits, both match", "paths = ['''^fixtures/''']\ncommits = [\"c1\"]", detect.Fragment{Path: "fixtures/a.txt", Commit: "c1", Text: plain}, false},
		{"paths and commits, commit differs", "paths = ['''^fixtures/''']\ncommits = [\"c1\"]", detect.Fragment{Path: "fixtures/a.txt", Commit: "c2", Text: plain}, true},
		{"path and stopword, both match", "paths = ['''^fixtures/''']\nstopwords = [\"qz7v\"]", detect.Fragment{Path: "fixtures/a.txt", Text: stopped}, false},
		{"path and stopword, no stopword", "paths = ['''^fixtures/''']\nstopwords = [\"qz7v\"]", detect.Fragment{Path: "fixtures/a.txt", Text: plain}, true},
		{"path and stopword, path differs", "paths = ['''^fixtures/''']\nstopwords = [\"qz7v\"]", detect.Fragment{Path: "src/a.txt", Text: stopped}, true},
		{"commit and regex, both match", "commits = [\"c1\"]\nregexes = ['''qz7v''']", detect.Fragment{Commit: "c1", Text: stopped}, false},
		{"commit and regex, commit differs", "commits = [\"c1\"]\nregexes = ['''qz7v''']", detect.Fragment{Commit: "c2", Text: stopped}, true},
	} {
		d, err := detect.WithConfig(rule + "[[allowlists]]\ncondition = \"AND\"\n" + c.allowlist + "\n")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := len(d.ScanFragment(c.fragment)) > 0; got != c.reported {
			t.Errorf("%s: reported %v, want %v", c.name, got, c.reported)
		}
	}
}
