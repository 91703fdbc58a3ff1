package secrets

import (
	"strings"
	"testing"
)

// TestIgnoredDirectoryNamedIsScanned: a directory that git ignores,
// named on the command line, is scanned whole with a note (an empty walk
// would say "no secrets" of a build/ or dist/ about to be published);
// without arguments, and in a directory git does not ignore, .gitignore
// is honoured as before. The keys are built at run time.
func TestIgnoredDirectoryNamedIsScanned(t *testing.T) {
	k := newKeygen(31)
	built, deep, source, logged := k.keyID(), k.keyID(), k.keyID(), k.keyID()
	dir := gitRepo(t)
	writeFile(t, dir, ".gitignore", "build/\n*.log\n")
	writeFile(t, dir, "build/out.env", "A="+built+"\n")
	writeFile(t, dir, "build/sub/deep.env", "B="+deep+"\n")
	writeFile(t, dir, "src/app.env", "C="+source+"\n")
	writeFile(t, dir, "src/debug.log", "D="+logged+"\n")

	for _, c := range []struct {
		args      []string
		want, not []string
		noted     bool
	}{
		{nil, []string{"src/app.env:1:3: "}, []string{"build/", "debug.log"}, false},
		{[]string{"."}, []string{"src/app.env:1:3: "}, []string{"build/", "debug.log"}, false},
		{[]string{"build"}, []string{"build/out.env:1:3: ", "build/sub/deep.env:1:3: "}, []string{"src/"}, true},
		{[]string{"build/sub"}, []string{"build/sub/deep.env:1:3: "}, []string{"out.env"}, true},
		{[]string{"src"}, []string{"src/app.env:1:3: "}, []string{"debug.log"}, false},
		{[]string{"src/debug.log"}, []string{"src/debug.log:1:3: "}, nil, false}, // a file named is read, as before
	} {
		code, stdout, stderr := runMain(t, dir, c.args...)
		if code != 1 {
			t.Errorf("%q: exit %d, want 1 (findings): %s", c.args, code, stderr)
		}
		reportsOnly(t, stdout, c.want, c.not)
		if noted := strings.Contains(stderr, "ignored by git; scanning all its files"); noted != c.noted {
			t.Errorf("%q: note on stderr %v, want %v: %q", c.args, noted, c.noted, stderr)
		}
		noSecrets(t, "stderr", stderr, built, deep, source, logged)
	}
}

// TestIgnoredDirectoryGitModes: -staged and -since read git's index and
// commits, where an ignored file is only when it was added by force, and
// then it is scanned: neither mode opens a way round the check.
func TestIgnoredDirectoryGitModes(t *testing.T) {
	k := newKeygen(32)
	forced, left := k.keyID(), k.keyID()
	dir := gitRepo(t)
	writeFile(t, dir, ".gitignore", "dist/\n")
	runGit(t, dir, "add", ".gitignore")
	base := commitAt(t, dir, "base", "2024-01-01T10:00:00Z")
	writeFile(t, dir, "dist/forced.env", "A="+forced+"\n")
	writeFile(t, dir, "dist/left.env", "B="+left+"\n")

	if code, stdout, _ := runMain(t, dir, "-staged", "--", "dist"); code != 0 {
		t.Errorf("-staged dist, nothing staged: exit %d:\n%s", code, stdout)
	}
	runGit(t, dir, "add", "-f", "dist/forced.env")
	code, stdout, stderr := runMain(t, dir, "-staged", "--", "dist")
	if code != 1 {
		t.Errorf("-staged dist after add -f: exit %d: %s", code, stderr)
	}
	reportsOnly(t, stdout, []string{"dist/forced.env:1:3: "}, []string{"left.env"})
	commitAt(t, dir, "forced", "2024-01-02T10:00:00Z")
	code, stdout, stderr = runMain(t, dir, "-since", base)
	if code != 1 {
		t.Errorf("-since base: exit %d: %s", code, stderr)
	}
	reportsOnly(t, stdout, []string{"dist/forced.env:1:3: "}, []string{"left.env"})
}
