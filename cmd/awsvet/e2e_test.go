package main

// End-to-end tests of the awsvet binary on the fixture module
// testdata/e2e: the standalone text, -json and -format=sarif outputs and
// go vet -vettool report the same findings, those findings are the ones
// the fixture marks, and the SARIF is valid SARIF 2.1.0 with what code
// scanning needs. .ci/e2e.sh runs golangci-lint and go fix on the same
// fixture.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/awsvet/awsvet/analyzers"
	"github.com/awsvet/awsvet/internal/report"
)

var awsvetBin string // built by TestMain

func TestMain(m *testing.M) {
	if os.Getenv(stdioProbeEnv) != "" {
		os.Exit(probeStdio())
	}
	dir, err := os.MkdirTemp("", "awsvet-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	awsvetBin = filepath.Join(dir, "awsvet")
	if out, err := exec.Command("go", "build", "-o", awsvetBin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building awsvet: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// e2eDir is the fixture module, absolute and without symlinks.
func e2eDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "e2e"))
	if err == nil {
		dir, err = filepath.EvalSymlinks(dir)
	}
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// finding is what every output says of a finding. Path is relative to
// the fixture module.
type finding struct {
	Path      string
	Line, Col int
	Rule      string
	Message   string
}

func (f finding) String() string {
	return fmt.Sprintf("%s:%d:%d: %s (%s)", f.Path, f.Line, f.Col, f.Message, f.Rule)
}

// standalone runs awsvet and checks its exit code: 1 with findings, 0
// without, never 2. Outputs are kept: several tests read the same run.
func standalone(t *testing.T, dir string, args ...string) []byte {
	t.Helper()
	key := dir + "\x00" + strings.Join(args, "\x00")
	if out, ok := standaloneRuns[key]; ok {
		return out
	}
	out, errOut, code := run(t, dir, awsvetBin, args...)
	if code != 0 && code != 1 {
		t.Fatalf("awsvet %s exited %d:\n%s", strings.Join(args, " "), code, errOut)
	}
	standaloneRuns[key] = out
	return out
}

// standaloneRuns holds the outputs of standalone; the tests do not run in
// parallel.
var standaloneRuns = map[string][]byte{}

// relPath makes a path from any output relative to the fixture module:
// absolute (go vet), or relative to the git work tree (the standalone
// driver and SARIF, run inside the repository).
func relPath(t *testing.T, dir, p string) string {
	t.Helper()
	if !filepath.IsAbs(p) {
		p = filepath.Join(repoRoot(dir), filepath.FromSlash(p))
	}
	if real, err := filepath.EvalSymlinks(p); err == nil {
		p = real
	}
	rel, err := filepath.Rel(dir, p)
	if err != nil || strings.HasPrefix(rel, "..") {
		t.Fatalf("finding outside the fixture module: %s", p)
	}
	return filepath.ToSlash(rel)
}

// repoRoot is what the driver makes paths relative to: the git work tree
// containing dir, or dir.
func repoRoot(dir string) string {
	cmd := exec.Command("git", "rev-parse", "--show-toplevel")
	cmd.Dir = dir
	if out, err := cmd.Output(); err == nil {
		if top := strings.TrimSpace(string(out)); top != "" {
			if real, err := filepath.EvalSymlinks(top); err == nil {
				return real
			}
			return top
		}
	}
	return dir
}

var (
	textLine = regexp.MustCompile(`^(.+?):(\d+):(\d+): (.*) \(([a-z][a-z0-9/-]*)\)$`)
	posnRE   = regexp.MustCompile(`^(.+):(\d+):(\d+)$`)
)

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func parseText(t *testing.T, dir string, out []byte) []finding {
	t.Helper()
	var fs []finding
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		m := textLine.FindStringSubmatch(sc.Text())
		if m == nil {
			t.Fatalf("text output line not in path:line:col: message (rule) form: %q", sc.Text())
		}
		fs = append(fs, finding{relPath(t, dir, m[1]), atoi(t, m[2]), atoi(t, m[3]), m[5], m[4]})
	}
	return fs
}

// jsonTree is the x/tools -json shape: package, analyzer, diagnostics.
type jsonTree map[string]map[string][]struct {
	Posn    string `json:"posn"`
	Message string `json:"message"`
}

func (tree jsonTree) findings(t *testing.T, dir string) []finding {
	t.Helper()
	var fs []finding
	for _, rules := range tree {
		for rule, diags := range rules {
			for _, d := range diags {
				m := posnRE.FindStringSubmatch(d.Posn)
				if m == nil {
					t.Fatalf("bad posn %q", d.Posn)
				}
				fs = append(fs, finding{relPath(t, dir, m[1]), atoi(t, m[2]), atoi(t, m[3]), rule, d.Message})
			}
		}
	}
	return fs
}

func parseJSON(t *testing.T, dir string, out []byte) []finding {
	t.Helper()
	var tree jsonTree
	if err := json.Unmarshal(out, &tree); err != nil {
		t.Fatalf("-json output: %v\n%s", err, out)
	}
	return tree.findings(t, dir)
}

// parseVet reads go vet -json's output (stdout since Go 1.26, stderr
// before): a JSON tree per package, after a "# package" line.
func parseVet(t *testing.T, dir string, stdout, stderr []byte) []finding {
	t.Helper()
	var body bytes.Buffer
	for _, l := range strings.SplitAfter(string(stdout)+string(stderr), "\n") {
		if !strings.HasPrefix(l, "#") {
			body.WriteString(l)
		}
	}
	var fs []finding
	dec := json.NewDecoder(&body)
	for {
		var tree jsonTree
		err := dec.Decode(&tree)
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("go vet -json output: %v\n%s%s", err, stdout, stderr)
		}
		for _, f := range tree.findings(t, dir) {
			// Under vet every message ends with its rule (vet prints
			// no rule of its own); the rest is the standalone message.
			msg, ok := strings.CutSuffix(f.Message, " ("+f.Rule+")")
			if !ok {
				t.Errorf("go vet message does not end with its rule (%s): %s", f.Rule, f.Message)
			}
			f.Message = msg
			fs = append(fs, f)
		}
	}
	return fs
}

// parseSARIF reads a SARIF log strictly: a field awsvet wrote that the
// SARIF 2.1.0 object model does not have is an error.
func parseSARIF(t *testing.T, out []byte) *sarif.Report {
	t.Helper()
	var rep sarif.Report
	dec := json.NewDecoder(bytes.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rep); err != nil {
		t.Fatalf("SARIF output: %v", err)
	}
	return &rep
}

func sarifFindings(t *testing.T, dir string, rep *sarif.Report) []finding {
	t.Helper()
	var fs []finding
	for _, r := range rep.Runs {
		for _, res := range r.Results {
			loc := res.Locations[0].PhysicalLocation
			fs = append(fs, finding{
				relPath(t, dir, *loc.ArtifactLocation.URI),
				*loc.Region.StartLine, *loc.Region.StartColumn,
				*res.RuleID, *res.Message.Text,
			})
		}
	}
	return fs
}

// canon sorts findings and drops duplicates (a package and its test
// variant report the same finding).
func canon(fs []finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.String()
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// marks reads the fixture's "// e2e: rule..." comments: one
// "path:line rule" per name, for the rules registered in this build. With
// an option ("presign.max=10m"), the "// e2e(option): rule" marks count
// too.
func marks(t *testing.T, dir string, option ...string) []string {
	t.Helper()
	tags := []string{"// e2e:"}
	for _, o := range option {
		tags = append(tags, "// e2e("+o+"):")
	}
	registered := map[string]bool{}
	for _, a := range analyzers.All() {
		registered[a.Name] = true
	}
	var out []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(data), "\n") {
			for _, tag := range tags {
				_, rules, ok := strings.Cut(line, tag)
				if !ok {
					continue
				}
				for _, r := range strings.Fields(rules) {
					if registered[r] {
						out = append(out, fmt.Sprintf("%s:%d %s", relPath(t, dir, path), i+1, r))
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func lineRules(fs []finding) []string {
	var out []string
	for _, s := range canon(fs) {
		m := textLine.FindStringSubmatch(s)
		out = append(out, fmt.Sprintf("%s:%s %s", m[1], m[2], m[5]))
	}
	slices.Sort(out)
	return out
}

func diff(t *testing.T, what string, got, want []string) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	var b strings.Builder
	for _, s := range want {
		if !slices.Contains(got, s) {
			fmt.Fprintf(&b, "\n\tmissing: %s", s)
		}
	}
	for _, s := range got {
		if !slices.Contains(want, s) {
			fmt.Fprintf(&b, "\n\tunexpected: %s", s)
		}
	}
	t.Errorf("%s differ:%s", what, b.String())
}

// TestFindingsAreTheMarkedOnes: every mark is found and every finding is
// marked, so a rule's precision on the fixture is checked too.
func TestFindingsAreTheMarkedOnes(t *testing.T) {
	dir := e2eDir(t)
	got := parseText(t, dir, standalone(t, dir, "./..."))
	want := marks(t, dir)
	if len(want) == 0 {
		t.Fatal("the fixture marks no finding of a registered rule")
	}
	diff(t, "findings and // e2e: marks", lineRules(got), want)

	// Package clean is how the SDK is meant to be used: exit 0, no output.
	out, errOut, code := run(t, dir, awsvetBin, "./clean/...")
	if code != 0 || len(out) > 0 {
		t.Errorf("awsvet ./clean/... exited %d, want 0 with no finding:\n%s%s", code, out, errOut)
	}
}

// TestOutputsAgree: text, -json, -format=sarif and go vet -vettool report
// the same findings, at the same positions, with the same messages.
func TestOutputsAgree(t *testing.T) {
	dir := e2eDir(t)
	text := canon(parseText(t, dir, standalone(t, dir, "./...")))
	if len(text) == 0 {
		t.Fatal("no findings on the fixture")
	}
	diff(t, "text and -json findings", canon(parseJSON(t, dir, standalone(t, dir, "-json", "./..."))), text)
	diff(t, "text and -format=json findings", canon(parseJSON(t, dir, standalone(t, dir, "-format=json", "./..."))), text)
	rep := parseSARIF(t, standalone(t, dir, "-format=sarif", "./..."))
	diff(t, "text and SARIF findings", canon(sarifFindings(t, dir, rep)), text)
	vetOut, vetErr, code := run(t, dir, "go", "vet", "-vettool="+awsvetBin, "-json", "./...")
	if code != 0 { // with -json, go vet exits 0 even with findings
		t.Fatalf("go vet -json exited %d:\n%s", code, vetErr)
	}
	diff(t, "text and go vet findings", canon(parseVet(t, dir, vetOut, vetErr)), text)

	// Without -json go vet fails the build on findings, like awsvet.
	_, _, code = run(t, dir, "go", "vet", "-vettool="+awsvetBin, "./keys/...")
	if code != 1 {
		t.Errorf("go vet -vettool on findings exited %d, want 1", code)
	}
}

// TestRuleFlag: -hardcodedkey=false drops that rule's findings, and only
// those, in the standalone driver and in go vet.
func TestRuleFlag(t *testing.T) {
	dir := e2eDir(t)
	all := parseText(t, dir, standalone(t, dir, "./..."))
	var want []finding
	for _, f := range all {
		if f.Rule != "hardcodedkey" {
			want = append(want, f)
		}
	}
	if len(want) == 0 || len(want) == len(all) {
		t.Fatalf("the fixture needs findings of hardcodedkey and of another rule; has %v", canon(all))
	}
	diff(t, "-hardcodedkey=false findings", canon(parseText(t, dir, standalone(t, dir, "-hardcodedkey=false", "./..."))), canon(want))
	vetOut, vetErr, _ := run(t, dir, "go", "vet", "-vettool="+awsvetBin, "-json", "-hardcodedkey=false", "./...")
	diff(t, "go vet -hardcodedkey=false findings", canon(parseVet(t, dir, vetOut, vetErr)), canon(want))
}

// TestRuleOptions: each "// e2e(rule.option=value)" mark is reported
// when, and only when, the option is set, in the standalone driver and in
// go vet.
func TestRuleOptions(t *testing.T) {
	dir := e2eDir(t)
	registered := map[string]bool{}
	for _, a := range analyzers.All() {
		registered[a.Name] = true
	}
	options := map[string]bool{}
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".go") {
			data, _ := os.ReadFile(path)
			for _, m := range optionMark.FindAllSubmatch(data, -1) {
				if registered[string(m[2])] {
					options[string(m[1])] = true
				}
			}
		}
		return err
	})
	if len(options) == 0 {
		t.Skip("no option mark of a registered rule in the fixture")
	}
	for o := range options {
		want := marks(t, dir, o)
		if slices.Equal(want, marks(t, dir)) {
			t.Errorf("option %s: its marks add nothing", o)
		}
		diff(t, "-"+o+" findings", lineRules(parseText(t, dir, standalone(t, dir, "-"+o, "./..."))), want)
		vetOut, vetErr, _ := run(t, dir, "go", "vet", "-vettool="+awsvetBin, "-json", "-"+o, "./...")
		diff(t, "go vet -"+o+" findings", lineRules(parseVet(t, dir, vetOut, vetErr)), want)
	}
}

// optionMark is "// e2e(rule.option=value): rule": the option and the
// rule whose flag it is.
var optionMark = regexp.MustCompile(`// e2e\((([a-z0-9]+)\.[A-Za-z0-9_-]+=[^)]*)\):`)

// TestSARIF: the SARIF of the fixture is valid and carries what GitHub
// code scanning uses.
func TestSARIF(t *testing.T) {
	dir := e2eDir(t)
	out := standalone(t, dir, "-format=sarif", "./...")
	checkSARIF(t, out, true)
	// Secrets must not leak into any output.
	checkNoSecret(t, dir, out)
}

// TestSARIFFile checks a SARIF file written by a real run: .ci/e2e.sh
// sets AWSVET_SARIF to the output of awsvet on the repository.
func TestSARIFFile(t *testing.T) {
	path := os.Getenv("AWSVET_SARIF")
	if path == "" {
		t.Skip("AWSVET_SARIF not set (.ci/e2e.sh sets it)")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	checkSARIF(t, data, os.Getenv("AWSVET_SARIF_RESULTS") != "0")
}

// secretRules are the rules whose findings are hard-coded credentials.
var secretRules = []string{"hardcodedkey", "hardcodedsecret"}

func checkSARIF(t *testing.T, out []byte, wantResults bool) {
	t.Helper()
	rep := parseSARIF(t, out)
	if err := rep.Validate(); err != nil {
		t.Fatalf("SARIF does not validate against the SARIF 2.1.0 schema: %v", err)
	}
	if rep.Version != "2.1.0" || len(rep.Runs) != 1 {
		t.Fatalf("SARIF version %q with %d runs, want 2.1.0 with one run", rep.Version, len(rep.Runs))
	}
	run := rep.Runs[0]
	cwe := map[string]string{}
	for _, r := range analyzers.Rules() {
		cwe[r.Name] = r.CWE
	}
	for _, r := range secretRules {
		if c, ok := cwe[r]; ok && c != "CWE-798" {
			t.Errorf("secret rule %s has CWE %q, want CWE-798", r, c)
		}
	}
	ids := map[string]int{}
	for i, r := range run.Tool.Driver.Rules {
		id := *r.ID
		ids[id] = i
		if r.HelpURI == nil || *r.HelpURI != report.URL(id) {
			t.Errorf("rule %s: helpUri %v, want %s", id, r.HelpURI, report.URL(id))
		}
		if r.Properties == nil {
			t.Errorf("rule %s: no properties", id)
			continue
		}
		sev, _ := r.Properties.Properties["security-severity"].(string)
		if f, err := strconv.ParseFloat(sev, 64); err != nil || f <= 0 || f > 10 {
			t.Errorf("rule %s: security-severity %q, want a number in (0, 10]", id, sev)
		}
		if !slices.Contains(r.Properties.Tags, "security") {
			t.Errorf("rule %s: tags %v lack \"security\" (code scanning reads security-severity only then)", id, r.Properties.Tags)
		}
		if c := cwe[id]; c != "" && !slices.Contains(r.Properties.Tags, "external/cwe/"+strings.ToLower(c)) {
			t.Errorf("rule %s: tags %v lack external/cwe/%s", id, r.Properties.Tags, strings.ToLower(c))
		}
	}
	for _, a := range analyzers.All() {
		if _, ok := ids[a.Name]; !ok {
			t.Errorf("SARIF rules lack %s", a.Name)
		}
	}
	if wantResults && len(run.Results) == 0 {
		t.Fatal("SARIF has no results")
	}
	seen := map[string]bool{}
	for _, res := range run.Results {
		id := *res.RuleID
		if i, ok := ids[id]; !ok || res.RuleIndex != i {
			t.Errorf("result of %s: ruleIndex %d, want %d", id, res.RuleIndex, i)
		}
		if res.Level != "error" && res.Level != "warning" && res.Level != "note" {
			t.Errorf("result of %s: level %q", id, res.Level)
		}
		fp := res.PartialFingerprints["awsvet/v2"]
		if len(fp) < 16 || seen[fp] {
			t.Errorf("result of %s: partialFingerprints %v: want a unique awsvet/v2 fingerprint", id, res.PartialFingerprints)
		}
		seen[fp] = true
		loc := res.Locations[0].PhysicalLocation.ArtifactLocation
		if !filepath.IsAbs(*loc.URI) && (loc.URIBaseID == nil || *loc.URIBaseID != "%SRCROOT%") {
			t.Errorf("result of %s: relative uri %s without the %%SRCROOT%% base", id, *loc.URI)
		}
	}
}

// checkNoSecret fails when out holds a 40-character secret written in the
// fixture (findings show secrets redacted). AWS's documented example key
// is not a secret: the rules' documentation quotes it.
func checkNoSecret(t *testing.T, dir string, out []byte) {
	t.Helper()
	secret := regexp.MustCompile(`"([A-Za-z0-9+/]{40})"`)
	n := 0
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, _ := os.ReadFile(path)
		for _, m := range secret.FindAllSubmatch(data, -1) {
			if bytes.Contains(m[1], []byte("EXAMPLE")) {
				continue
			}
			n++
			if bytes.Contains(out, m[1]) {
				t.Errorf("output holds the secret of %s in full", filepath.Base(path))
			}
		}
		return nil
	})
	if n == 0 {
		t.Error("found no secret in the fixture to look for")
	}
}
