package secrets

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/hostile"
)

func TestExitCodes(t *testing.T) {
	k := newKeygen(5)
	dir := t.TempDir()
	writeFile(t, dir, "clean/app.yaml", "name: app\nregion: us-east-1\n")
	writeFile(t, dir, "dirty/app.env", "AWS_ACCESS_KEY_ID="+k.keyID()+"\n")
	for _, tc := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"clean"}, 0, ""},
		{[]string{"dirty"}, 1, ""},
		{[]string{"clean", "dirty"}, 1, ""},
		{[]string{"no-such-dir"}, 2, "no-such-dir: no such file or directory"},
		{[]string{"-format=xml", "clean"}, 2, "unknown -format"},
		{[]string{"-no-such-flag"}, 2, "flag provided but not defined"},
		{[]string{"-staged", "-history"}, 2, "exclude each other"},
		{[]string{"-config", "missing.toml", "clean"}, 2, "-config"},
		{[]string{"-max-size=-1"}, 2, "-max-size"},
	} {
		code, _, stderr := runMain(t, dir, tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.err) {
			t.Errorf("awsvet secrets %s: exit %d, stderr %q; want %d and %q", strings.Join(tc.args, " "), code, stderr, tc.code, tc.err)
		}
	}
}

func TestOutputFormatsNeverHoldTheSecret(t *testing.T) {
	k := newKeygen(6)
	id, secret := k.keyID(), k.secret()
	dir := t.TempDir()
	writeFile(t, dir, "credentials", "[default]\naws_access_key_id = "+id+"\naws_secret_access_key = "+secret+"\n")
	for _, format := range []string{"text", "json", "sarif"} {
		code, stdout, stderr := runMain(t, dir, "-format="+format)
		if code != 1 {
			t.Fatalf("%s: exit %d; stderr %s", format, code, stderr)
		}
		noSecrets(t, format+" output", stdout+stderr, id, secret)
		if !strings.Contains(stdout, "secrets/aws-access-token") || !strings.Contains(stdout, "secrets/aws-secret-access-key") {
			t.Errorf("%s output names no secrets/aws-... rule:\n%s", format, stdout)
		}
		if !strings.Contains(stdout, id[:4]+"…"+id[len(id)-5:]) {
			t.Errorf("%s output does not show the key ID as %s…%s", format, id[:4], id[len(id)-5:])
		}
	}
	_, stdout, _ := runMain(t, dir)
	if !strings.HasPrefix(stdout, "credentials:2:21: ") {
		t.Errorf("text output %q, want path:line:col first", stdout)
	}
	_, stdout, _ = runMain(t, dir, "-format=sarif")
	var rep struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID         string
						Properties map[string]any
					}
				}
			}
			Results []struct {
				RuleID    string
				RuleIndex *int
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	run := rep.Runs[0]
	rules := map[string]map[string]any{}
	for _, r := range run.Tool.Driver.Rules {
		rules[r.ID] = r.Properties
	}
	for _, res := range run.Results {
		p, ok := rules[res.RuleID]
		if !ok || res.RuleIndex == nil {
			t.Errorf("result of %s has no rule descriptor", res.RuleID)
			continue
		}
		if p["security-severity"] == nil || !strings.Contains(strings.Join(toStrings(p["tags"]), " "), "external/cwe/cwe-798") {
			t.Errorf("rule %s: properties %v, want security-severity and the CWE-798 tag", res.RuleID, p)
		}
	}
}

func toStrings(v any) []string {
	var out []string
	if l, ok := v.([]any); ok {
		for _, e := range l {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

// TestBaselineRoundTrip: recording the findings makes the next run clean,
// also after lines move; a new key fails again; the baseline holds no
// secret.
func TestBaselineRoundTrip(t *testing.T) {
	k := newKeygen(7)
	id, secret, id2 := k.keyID(), k.secret(), k.keyID()
	dir := t.TempDir()
	writeFile(t, dir, "conf/app.env", "AWS_ACCESS_KEY_ID="+id+"\nAWS_SECRET_ACCESS_KEY="+secret+"\n")
	base := filepath.Join(dir, "baseline.json")
	if code, _, stderr := runMain(t, dir, "-write-baseline", base, "conf"); code != 0 {
		t.Fatalf("-write-baseline: exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	noSecrets(t, "baseline", string(data), id, secret)
	if !strings.Contains(string(data), `"rule": "secrets/aws-access-token"`) {
		t.Errorf("baseline names no secrets rule:\n%s", data)
	}
	if code, stdout, _ := runMain(t, dir, "-baseline", base, "conf"); code != 0 {
		t.Errorf("with the baseline: exit %d, want 0:\n%s", code, stdout)
	}
	writeFile(t, dir, "conf/app.env", "# moved down\n\n\nAWS_ACCESS_KEY_ID="+id+"\n\nAWS_SECRET_ACCESS_KEY="+secret+"\n")
	if code, stdout, _ := runMain(t, dir, "-baseline", base, "conf"); code != 0 {
		t.Errorf("lines moved: exit %d, want 0:\n%s", code, stdout)
	}
	writeFile(t, dir, "conf/app.env", "AWS_ACCESS_KEY_ID="+id+"\nAWS_SECRET_ACCESS_KEY="+secret+"\nBACKUP_KEY_ID="+id2+"\n")
	code, stdout, _ := runMain(t, dir, "-baseline", base, "conf")
	if code != 1 || !strings.Contains(stdout, "conf/app.env:3:") || strings.Contains(stdout, "app.env:1:") {
		t.Errorf("a new key: exit %d, output:\n%s\nwant exit 1 and only line 3", code, stdout)
	}
}

func TestInlineSuppression(t *testing.T) {
	k := newKeygen(8)
	ids := []string{k.keyID(), k.keyID(), k.keyID(), k.keyID(), k.keyID(), k.keyID()}
	dir := t.TempDir()
	writeFile(t, dir, "app.env", strings.Join([]string{
		"A=" + ids[0] + " # gitleaks:allow",
		"# awsvet:ignore secrets/aws-access-token -- a revoked key kept for the rotation test",
		"B=" + ids[1],
		"C=" + ids[2] + " # awsvet:ignore secrets -- documented dummy",
		"# awsvet:ignore secrets/aws-access-token",
		"D=" + ids[3], // malformed directive above: still reported
		"# awsvet:ignore secrets/github-pat -- another rule",
		"E=" + ids[4], // a directive for another rule: still reported
		"",
		"F=" + ids[5], // the directive two lines up does not reach
	}, "\n")+"\n")
	code, stdout, stderr := runMain(t, dir, "app.env")
	if code != 1 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	reportsOnly(t, stdout, []string{"app.env:6:", "app.env:8:", "app.env:10:"}, []string{"app.env:1:", "app.env:3:", "app.env:4:"})
	if !strings.Contains(stderr, "app.env:6: awsvet:ignore comment gives no reason") {
		t.Errorf("stderr %q, want the malformed directive reported", stderr)
	}
}

func TestGitleaksIgnore(t *testing.T) {
	k := newKeygen(9)
	dir := t.TempDir()
	writeFile(t, dir, "conf/a.env", "X="+k.keyID()+"\nY="+k.keyID()+"\n")
	writeFile(t, dir, ".gitleaksignore", "# reviewed 2024-06-11\nconf/a.env:aws-access-token:1\nnot a fingerprint\n")
	code, stdout, stderr := runMain(t, dir)
	if code != 1 || strings.Contains(stdout, "conf/a.env:1:") || !strings.Contains(stdout, "conf/a.env:2:") {
		t.Errorf("exit %d, output:\n%s\nwant line 1 ignored and line 2 reported", code, stdout)
	}
	if !strings.Contains(stderr, ".gitleaksignore:3: not a fingerprint") {
		t.Errorf("stderr %q, want the bad entry named", stderr)
	}
}

// TestWalk: what a directory walk scans and skips.
func TestWalk(t *testing.T) {
	k := newKeygen(10)
	key := func() string { return "AWS_ACCESS_KEY_ID=" + k.keyID() + "\n" }
	outside := t.TempDir()
	writeFile(t, outside, "elsewhere.env", key())
	dir := t.TempDir()
	writeFile(t, dir, "scanned.env", key())
	writeFile(t, dir, ".github/workflows/ci.yaml", key())
	writeFile(t, dir, "vendor/mod/creds.env", key())
	writeFile(t, dir, "web/node_modules/pkg/test.json", key())
	writeFile(t, dir, ".git/config.env", key())
	writeFile(t, dir, "code.go", "package x // "+key())
	writeFile(t, dir, "data.bin", "\x00\x00"+key())
	writeFile(t, dir, "big.txt", key()+strings.Repeat("a line of text\n", 150_000))
	hostile.Symlink(t, filepath.Join(outside, "elsewhere.env"), filepath.Join(dir, "link.env"))
	hostile.Symlink(t, outside, filepath.Join(dir, "linkdir"))
	code, stdout, stderr := runMain(t, dir, "-max-size=1")
	if code != 1 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	reportsOnly(t, stdout, []string{"scanned.env:1:", ".github/workflows/ci.yaml:1:"}, []string{"vendor/", "node_modules/", ".git/", "code.go", "data.bin", "big.txt", "link.env", "linkdir", "elsewhere"})
	if !strings.Contains(stderr, "skipped big.txt: larger than the -max-size limit (1 MB)") {
		t.Errorf("stderr %q, want big.txt reported as skipped", stderr)
	}
	_, stdout, _ = runMain(t, dir, "-include-go")
	if !strings.Contains(stdout, "code.go:1:") || !strings.Contains(stdout, "big.txt:1:") {
		t.Errorf("-include-go (and the default size limit): code.go or big.txt not reported:\n%s", stdout)
	}
	// A path given explicitly is scanned even under vendor/.
	if _, stdout, _ = runMain(t, dir, "vendor/mod/creds.env"); !strings.Contains(stdout, "vendor/mod/creds.env:1:") {
		t.Errorf("an explicit file under vendor/ was not scanned:\n%s", stdout)
	}
}

// TestWalkHonoursGitignore: inside a git work tree, ignored files are not
// scanned; untracked files that are not ignored are.
func TestWalkHonoursGitignore(t *testing.T) {
	k := newKeygen(11)
	dir := gitRepo(t)
	writeFile(t, dir, ".gitignore", "/build/\n*.local\n")
	writeFile(t, dir, "build/out.env", "A="+k.keyID()+"\n")
	writeFile(t, dir, "dev.local", "A="+k.keyID()+"\n")
	writeFile(t, dir, "tracked.env", "A="+k.keyID()+"\n")
	writeFile(t, dir, "sub/untracked.yaml", "a: "+k.keyID()+"\n")
	runGit(t, dir, "add", ".gitignore", "tracked.env")
	code, stdout, stderr := runMain(t, dir)
	if code != 1 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	reportsOnly(t, stdout, []string{"tracked.env:1:", "sub/untracked.yaml:1:"}, []string{"build/", "dev.local"})
	// From a subdirectory, paths stay relative to the work tree's top.
	_, stdout, _ = runMain(t, filepath.Join(dir, "sub"), ".")
	if !strings.Contains(stdout, "sub/untracked.yaml:1:") {
		t.Errorf("from sub/: %s", stdout)
	}
}

// TestUnreadableDirectory: a directory that cannot be read is skipped
// with a note. Root reads everything, so this runs only as another user.
func TestUnreadableDirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read a mode 000 directory")
	}
	k := newKeygen(12)
	dir := t.TempDir()
	writeFile(t, dir, "ok.env", "A="+k.keyID()+"\n")
	writeFile(t, dir, "locked/x.env", "A="+k.keyID()+"\n")
	writeFile(t, dir, "locked.env", "A="+k.keyID()+"\n")
	if err := os.Chmod(filepath.Join(dir, "locked"), 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(dir, "locked.env"), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "locked"), 0o755) })
	code, stdout, stderr := runMain(t, dir)
	if code != 1 || !strings.Contains(stdout, "ok.env:1:") {
		t.Errorf("exit %d:\n%s", code, stdout)
	}
	if !strings.Contains(stderr, "skipped locked: permission denied") || !strings.Contains(stderr, "skipped locked.env: permission denied") {
		t.Errorf("stderr %q, want both unreadable paths named", stderr)
	}
}
