package secrets

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

func TestStaged(t *testing.T) {
	k := newKeygen(20)
	first, staged, unstaged, goKey, renamed := k.keyID(), k.keyID(), k.keyID(), k.keyID(), k.keyID()
	dir := gitRepo(t)

	// Before the first commit (no HEAD yet).
	writeFile(t, dir, "first.env", "A="+first+"\n")
	runGit(t, dir, "add", "first.env")
	code, stdout, stderr := runMain(t, dir, "-staged")
	if code != 1 || !strings.Contains(stdout, "first.env:1:3: ") {
		t.Fatalf("unborn branch: exit %d, %s%s", code, stdout, stderr)
	}
	writeFile(t, dir, "first.env", "A=\n")
	writeFile(t, dir, "old.env", "# settings\nREGION=us-east-1\n")
	runGit(t, dir, "add", "first.env", "old.env")
	commitAt(t, dir, "clean", "2024-01-01T10:00:00Z")
	if code, stdout, _ := runMain(t, dir, "-staged"); code != 0 {
		t.Fatalf("nothing staged: exit %d: %s", code, stdout)
	}

	// The index, not the work tree: a key staged then removed from the
	// work tree is reported; a key only in the work tree is not.
	writeFile(t, dir, "config.yaml", "service: api\naws:\n  access_key_id: "+staged+"\n")
	runGit(t, dir, "add", "config.yaml")
	writeFile(t, dir, "config.yaml", "service: api\n")
	writeFile(t, dir, "notes.env", "B="+unstaged+"\n")
	writeFile(t, dir, "main.go", "package main\n\nconst id = \""+goKey+"\"\n")
	runGit(t, dir, "add", "main.go")
	runGit(t, dir, "mv", "old.env", "new.env")
	writeFile(t, dir, "new.env", "# settings\nREGION=us-east-1\nKEY="+renamed+"\n")
	runGit(t, dir, "add", "new.env")

	code, stdout, stderr = runMain(t, dir, "-staged")
	if code != 1 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	reportsOnly(t, stdout, []string{"config.yaml:3:18: ", "new.env:3:5: "}, []string{"notes.env", "main.go"})
	if _, stdout, _ = runMain(t, dir, "-staged", "-include-go"); !strings.Contains(stdout, "main.go:3:13: ") {
		t.Errorf("-include-go: main.go not reported:\n%s", stdout)
	}
	// Pathspecs limit the scan.
	if _, stdout, _ = runMain(t, dir, "-staged", "--", "new.env"); strings.Contains(stdout, "config.yaml") || !strings.Contains(stdout, "new.env") {
		t.Errorf("-staged new.env:\n%s", stdout)
	}
}

func TestSince(t *testing.T) {
	k := newKeygen(21)
	old, added, newFile := k.keyID(), k.keyID(), k.keyID()
	dir := gitRepo(t)
	writeFile(t, dir, "app.env", "OLD="+old+"\nREGION=us-east-1\n")
	runGit(t, dir, "add", ".")
	base := commitAt(t, dir, "base", "2024-01-01T10:00:00Z")
	runGit(t, dir, "checkout", "-q", "-b", "topic")
	writeFile(t, dir, "app.env", "OLD="+old+"\nREGION=us-east-1\nNEW="+added+"\n")
	writeFile(t, dir, "deploy/values.yaml", "image: app:1.2\nawsAccessKeyId: "+newFile+"\n")
	runGit(t, dir, "add", ".")
	commitAt(t, dir, "topic", "2024-01-02T10:00:00Z")

	code, stdout, stderr := runMain(t, dir, "-since", "main")
	if code != 1 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// app.env's first line was there before main.
	reportsOnly(t, stdout, []string{"app.env:3:5: ", "deploy/values.yaml:2:17: "}, []string{"app.env:1:"})
	if code, out, _ := runMain(t, dir, "-since", "HEAD"); code != 0 {
		t.Errorf("-since HEAD: exit %d: %s", code, out)
	}
	if code, _, stderr = runMain(t, dir, "-since", "no-such-branch"); code != 2 || !strings.Contains(stderr, "not a commit") {
		t.Errorf("-since no-such-branch: exit %d, %s", code, stderr)
	}
	if _, byID, _ := runMain(t, dir, "-since", base); byID != stdout {
		t.Errorf("-since <commit id> differs from -since main:\n%s", byID)
	}
}

// TestHistory: a key added in one commit and removed in the next is
// reported, once, at the commit that added it, with its author date.
func TestHistory(t *testing.T) {
	k := newKeygen(22)
	leaked, later := k.keyID(), k.keyID()
	secret := k.secret()
	dir := gitRepo(t)
	var lines []string
	for i := 1; i <= 10; i++ {
		lines = append(lines, fmt.Sprintf("SETTING_%d=value%d", i, i))
	}
	writeFile(t, dir, "leak.env", strings.Join(lines, "\n")+"\n")
	runGit(t, dir, "add", ".")
	commitAt(t, dir, "settings", "2024-01-01T10:00:00Z")

	withKey := append(append(append([]string{}, lines[:5]...), "AWS_ACCESS_KEY_ID="+leaked, "\tAWS_SECRET_ACCESS_KEY="+secret), lines[5:]...)
	writeFile(t, dir, "leak.env", strings.Join(withKey, "\n")+"\n")
	runGit(t, dir, "add", ".")
	c1 := commitAt(t, dir, "add keys", "2024-02-03T04:05:06+00:00")

	writeFile(t, dir, "leak.env", strings.Join(lines, "\n")+"\n")
	runGit(t, dir, "add", ".")
	commitAt(t, dir, "remove keys", "2024-02-04T10:00:00Z")

	writeFile(t, dir, "copy.yaml", "old: "+leaked+"\nnew: "+later+"\n")
	runGit(t, dir, "add", ".")
	c3 := commitAt(t, dir, "copy", "2024-03-01T10:00:00+00:00")
	runGit(t, dir, "rm", "-q", "copy.yaml")
	commitAt(t, dir, "clean up", "2024-03-02T10:00:00Z")

	if code, stdout, _ := runMain(t, dir); code != 0 {
		t.Fatalf("the work tree is clean, yet: exit %d: %s", code, stdout)
	}
	code, stdout, stderr := runMain(t, dir, "-history", "-json")
	if code != 1 {
		t.Fatalf("-history: exit %d: %s", code, stderr)
	}
	noSecrets(t, "history output", stdout+stderr, leaked, later, secret)
	got := historyFindings(t, stdout)
	want := []string{
		"leak.env:6:19 secrets/aws-access-token " + c1 + " 2024-02-03T04:05:06+00:00",
		"leak.env:7:24 secrets/aws-secret-access-key " + c1 + " 2024-02-03T04:05:06+00:00",
		"copy.yaml:2:6 secrets/aws-access-token " + c3 + " 2024-03-01T10:00:00+00:00",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("-history found:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// A range that starts after the leak sees the copy as the first.
	_, stdout, _ = runMain(t, dir, "-history="+c1+"..HEAD", "-json")
	got = historyFindings(t, stdout)
	if len(got) != 2 || !strings.HasPrefix(got[0], "copy.yaml:1:6 secrets/aws-access-token "+c3) {
		t.Errorf("-history=c1..HEAD found:\n%s", strings.Join(got, "\n"))
	}

	// .gitleaksignore: a commit fingerprint silences that occurrence.
	writeFile(t, dir, ".gitleaksignore", c1+":leak.env:aws-access-token:6\n"+c1+":leak.env:aws-secret-access-key:7\n")
	_, stdout, _ = runMain(t, dir, "-history", "-json")
	got = historyFindings(t, stdout)
	if len(got) != 2 || !strings.HasPrefix(got[0], "copy.yaml:1:6 secrets/aws-access-token "+c3) {
		t.Errorf("with .gitleaksignore, found:\n%s", strings.Join(got, "\n"))
	}
	// Text output names the commit.
	_, stdout, _ = runMain(t, dir, "-history")
	if !strings.Contains(stdout, "[commit "+c3[:12]+" 2024-03-01T10:00:00+00:00]") {
		t.Errorf("text output:\n%s", stdout)
	}
}

// historyFindings lists "path:line:col rule commit date" from -json
// output, in output order.
func historyFindings(t *testing.T, stdout string) []string {
	t.Helper()
	var tree map[string]map[string][]struct{ Posn, Commit, Date string }
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatalf("%v in %q", err, stdout)
	}
	var out []string
	for rule, ds := range tree["secrets"] {
		if !strings.HasPrefix(rule, "secrets/aws-") {
			continue
		}
		for _, d := range ds {
			out = append(out, fmt.Sprintf("%s %s %s %s", d.Posn, rule, d.Commit, d.Date))
		}
	}
	sortByCommitOrder(out)
	return out
}

// sortByCommitOrder sorts by date, then position.
func sortByCommitOrder(s []string) {
	key := func(x string) string {
		f := strings.Fields(x)
		return f[3] + " " + f[0]
	}
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && key(s[j]) < key(s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
