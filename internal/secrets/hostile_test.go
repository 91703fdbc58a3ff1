package secrets

// Hostile and unlucky input for the secrets command (issue 15): each case
// builds its input in t.TempDir() and runs the whole command with a
// deadline, so that a regression to a blocking read fails the test
// instead of hanging the suite.

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/awsvet/awsvet/internal/hostile"
)

// mainWithin runs "awsvet secrets args..." in dir and fails the test if it
// has not returned within 10 seconds.
func mainWithin(t *testing.T, dir string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	t.Chdir(dir)
	var out, errb bytes.Buffer
	hostile.Within(t, 10*time.Second, fmt.Sprintf("awsvet secrets %q", args), func() error {
		code = Main(args, &out, &errb)
		return nil
	})
	return code, out.String(), errb.String()
}

// wantFailure checks a clear failure: exit 2 and one stderr line holding want.
func wantFailure(t *testing.T, what string, code int, stderr, want string) {
	t.Helper()
	if code != 2 || !strings.Contains(stderr, want) || strings.Count(stderr, "\n") != 1 {
		t.Errorf("%s: exit %d, stderr %q; want exit 2 and one line with %q", what, code, stderr, want)
	}
}

// TestNamesAfterDashDashAreFiles: a file named like a flag, given after
// "--" (as the pre-commit hook passes staged names), is scanned, and
// nothing it names is written; in -staged mode it is a pathspec.
func TestNamesAfterDashDashAreFiles(t *testing.T) {
	k := newKeygen(51)
	dir := gitRepo(t)
	name := "-write-baseline=.x.json"
	writeFile(t, dir, name, "AWS_ACCESS_KEY_ID="+k.keyID()+"\n")
	runGit(t, dir, "add", "--", name)
	for _, args := range [][]string{{"--", name}, {"-staged", "--", name}, {"-json", "--", name, "--"}} {
		code, stdout, stderr := mainWithin(t, dir, args...)
		wantCode := 1
		if args[len(args)-1] == "--" { // a path named "--" after the first: no such file
			wantCode = 2
		}
		if code != wantCode || (wantCode == 1 && !strings.Contains(stdout, name)) {
			t.Errorf("awsvet secrets %q: exit %d, stdout %q, stderr %q", args, code, stdout, stderr)
		}
		if _, err := os.Stat(filepath.Join(dir, ".x.json")); err == nil {
			t.Fatalf("awsvet secrets %q: the file name was read as -write-baseline", args)
		}
	}
	// -history takes revisions after "--", never flags.
	code, _, stderr := mainWithin(t, dir, "-history", "--", "-write-baseline=.x.json")
	wantFailure(t, "-history -- -flag", code, stderr, "is not a revision range")
}

// TestSpecialFilesNamedExplicitly: a FIFO, a device, standard input as a
// pipe (what <(...) gives) are refused by name instead of blocking or
// passing unscanned; a symlink to a directory is scanned as the directory
// (it scanned nothing and exited 0).
func TestSpecialFilesNamedExplicitly(t *testing.T) {
	k := newKeygen(52)
	dir := t.TempDir()
	hostile.FIFO(t, filepath.Join(dir, "pipe.env"))
	code, _, stderr := mainWithin(t, dir, "pipe.env")
	wantFailure(t, "a FIFO", code, stderr, "pipe.env: not a regular file (a named pipe)")

	hostile.Symlink(t, "/dev/zero", filepath.Join(dir, "zero.env"))
	code, _, stderr = mainWithin(t, dir, "zero.env")
	wantFailure(t, "a symlink to /dev/zero", code, stderr, "zero.env: not a regular file (a device)")

	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	fmt.Fprintf(w, "AWS_ACCESS_KEY_ID=%s\n", k.keyID())
	w.Close()
	stdin := fmt.Sprintf("/dev/fd/%d", r.Fd())
	code, _, stderr = mainWithin(t, dir, stdin)
	wantFailure(t, "a pipe as <(...) passes it", code, stderr, stdin+": not a regular file (a named pipe)")

	code, _, stderr = mainWithin(t, dir, "-")
	wantFailure(t, `"-"`, code, stderr, "standard input is not read")

	writeFile(t, dir, "real/conf/app.env", "AWS_ACCESS_KEY_ID="+k.keyID()+"\n")
	hostile.Symlink(t, filepath.Join(dir, "real", "conf"), filepath.Join(dir, "link"))
	code, stdout, stderr := mainWithin(t, dir, "link")
	// Reported where the files are (paths are resolved against the root,
	// as for any path given).
	if code != 1 || !strings.HasPrefix(stdout, "real/conf/app.env:1:19: ") {
		t.Errorf("a symlink to a directory: exit %d, stdout %q, stderr %q; want real/conf/app.env reported", code, stdout, stderr)
	}

	// In a walked directory, a FIFO is skipped without being opened.
	code, _, stderr = mainWithin(t, dir, ".")
	if code != 1 || strings.Contains(stderr, "pipe.env") {
		t.Errorf("a directory holding a FIFO: exit %d, stderr %q", code, stderr)
	}
}

// TestFilesTheToolIsToldToRead: .gitleaksignore, -config and -baseline
// naming a device, a FIFO or a directory are refused at once, each with
// a one-line error naming the file (a .gitleaksignore linked to
// /dev/urandom ran until killed, printing millions of warnings).
func TestFilesTheToolIsToldToRead(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "app.yaml", "name: app\n")
	hostile.FIFO(t, filepath.Join(dir, "fifo"))
	for _, target := range []struct{ path, kind string }{
		{"/dev/urandom", "a device"},
		{"/dev/zero", "a device"},
		{filepath.Join(dir, "fifo"), "a named pipe"},
		{dir, "a directory"},
	} {
		t.Run(filepath.Base(target.path), func(t *testing.T) {
			ignore := filepath.Join(dir, ".gitleaksignore")
			hostile.Symlink(t, target.path, ignore)
			code, _, stderr := mainWithin(t, dir, "app.yaml")
			if err := os.Remove(ignore); err != nil {
				t.Fatal(err)
			}
			wantFailure(t, ".gitleaksignore", code, stderr, ".gitleaksignore: not a regular file ("+target.kind+")")

			code, _, stderr = mainWithin(t, dir, "-config", target.path, "app.yaml")
			wantFailure(t, "-config", code, stderr, "-config "+target.path+": not a regular file ("+target.kind+")")

			code, _, stderr = mainWithin(t, dir, "-baseline", target.path, "app.yaml")
			wantFailure(t, "-baseline", code, stderr, target.path+": not a regular file ("+target.kind+")")
		})
	}
	writeFile(t, dir, "big.toml", "# "+strings.Repeat("x", 4<<20)+"\n")
	code, _, stderr := mainWithin(t, dir, "-config", "big.toml", "app.yaml")
	wantFailure(t, "an oversized -config", code, stderr, "-config big.toml: larger than the 4 MB limit")
}

// TestLongLines: a 70,000-character line is scanned (the key at its end is
// found) and a .gitleaksignore with such a line still applies its other
// entries (bufio.Scanner failed with "token too long", naming no file).
// A byte-order mark does not hide the first entry.
func TestLongLines(t *testing.T) {
	k := newKeygen(53)
	dir := t.TempDir()
	long := strings.Repeat("a", 70000)
	writeFile(t, dir, "long.txt", long+" AWS_ACCESS_KEY_ID="+k.keyID()+"\n")
	writeFile(t, dir, "b.env", "AWS_ACCESS_KEY_ID="+k.keyID()+"\n")
	writeFile(t, dir, "c.env", "AWS_ACCESS_KEY_ID="+k.keyID()+"\n")
	code, stdout, stderr := mainWithin(t, dir, "long.txt", "b.env", "c.env")
	if code != 1 || !strings.Contains(stdout, "long.txt:1:70020: ") {
		t.Fatalf("a 70k-character line: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	writeFile(t, dir, ".gitleaksignore", "\ufeffb.env:aws-access-token:1\n# "+long+"\nc.env:aws-access-token:1\n")
	code, stdout, stderr = mainWithin(t, dir, "long.txt", "b.env", "c.env")
	if code != 1 || strings.Contains(stdout, "b.env") || strings.Contains(stdout, "c.env") || !strings.Contains(stdout, "long.txt") || stderr != "" {
		t.Errorf(".gitleaksignore with a BOM and a long line: exit %d, stdout %q, stderr %q; want only long.txt", code, stdout, stderr)
	}
}

// TestOddFileNames: a newline, an escape sequence or a leading dash in a
// file name cannot forge an output line or reach the terminal raw.
func TestOddFileNames(t *testing.T) {
	k := newKeygen(54)
	dir := t.TempDir()
	names := []string{"a\nx.yaml:1:1: all clear (none)", "\x1b[2J\x1b]0;title\x07b.env", "-c.env"}
	for _, n := range names {
		writeFile(t, dir, n, "AWS_ACCESS_KEY_ID="+k.keyID()+"\n")
	}
	code, stdout, stderr := mainWithin(t, dir, ".")
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if code != 1 || len(lines) != len(names) || strings.ContainsAny(stdout+stderr, "\x1b\x07") {
		t.Fatalf("exit %d, %d lines for %d findings; output %q", code, len(lines), len(names), stdout)
	}
	if !strings.Contains(stdout, `"a\nx.yaml:1:1: all clear (none)":1:19: `) {
		t.Errorf("the newline name is not quoted: %q", stdout)
	}
}

// TestGitGaps: -since with an empty revision is an error; without git the
// git modes say git is missing; -history reads a bare repository.
func TestGitGaps(t *testing.T) {
	k := newKeygen(55)
	dir := gitRepo(t)
	commitFile(t, dir, "a.env", "AWS_ACCESS_KEY_ID="+k.keyID()+"\n", "key")

	code, _, stderr := mainWithin(t, dir, "-since", "")
	wantFailure(t, "-since ''", code, stderr, "-since needs a revision")

	bare := filepath.Join(t.TempDir(), "mirror.git")
	runGit(t, dir, "clone", "-q", "--bare", dir, bare)
	code, stdout, stderr := mainWithin(t, bare, "-history")
	if code != 1 || !strings.HasPrefix(stdout, "a.env:1:19: ") {
		t.Errorf("-history in a bare repository: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}

	t.Setenv("PATH", t.TempDir())
	code, _, stderr = mainWithin(t, dir, "-staged")
	wantFailure(t, "no git on PATH", code, stderr, "git not found on PATH")
}

// TestSubmodules: a checked-out submodule is scanned by the directory walk
// under its path; -staged names the submodule it does not read.
func TestSubmodules(t *testing.T) {
	k := newKeygen(56)
	sub := gitRepo(t)
	commitFile(t, sub, "deploy.env", "AWS_ACCESS_KEY_ID="+k.keyID()+"\n", "sub")
	top := gitRepo(t)
	runGit(t, top, "-c", "protocol.file.allow=always", "submodule", "add", "-q", sub, "libs/sub")

	code, stdout, stderr := mainWithin(t, top, ".")
	if code != 1 || !strings.HasPrefix(stdout, "libs/sub/deploy.env:1:19: ") {
		t.Errorf("walk: exit %d, stdout %q, stderr %q; want the submodule's key under libs/sub", code, stdout, stderr)
	}
	code, _, stderr = mainWithin(t, top, "-staged")
	if code != 0 || !strings.Contains(stderr, "skipped submodule libs/sub: -staged") {
		t.Errorf("-staged: exit %d, stderr %q; want a note naming libs/sub", code, stderr)
	}
}

// TestLongLinesInGit: -since and -history read a 70,000-character added
// line and find the key at its end.
func TestLongLinesInGit(t *testing.T) {
	k := newKeygen(57)
	dir := gitRepo(t)
	commitFile(t, dir, "README", "start\n", "start")
	runGit(t, dir, "tag", "base")
	writeFile(t, dir, "long.txt", strings.Repeat("a", 70000)+" AWS_ACCESS_KEY_ID="+k.keyID()+"\n")
	runGit(t, dir, "add", "long.txt")
	commitAt(t, dir, "long", "2024-01-03T03:04:05Z")
	for _, args := range [][]string{{"-since", "base"}, {"-history"}} {
		code, stdout, stderr := mainWithin(t, dir, args...)
		if code != 1 || !strings.HasPrefix(stdout, "long.txt:1:70020: ") {
			t.Errorf("awsvet secrets %q: exit %d, stdout %.80q, stderr %q", args, code, stdout, stderr)
		}
	}
}
