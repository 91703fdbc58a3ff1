package secrets

import (
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/detect/detecttest"
)

// Synthetic credentials: random strings of the right shape, never keys
// AWS issued. A fixed seed keeps failures reproducible.
type keygen struct{ r *rand.Rand }

func newKeygen(seed uint64) *keygen {
	return &keygen{rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

const base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
const base64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+"

func (k *keygen) pick(alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[k.r.IntN(len(alphabet))]
	}
	return string(b)
}

// keyID is an access key ID: AKIA and 16 base32 characters.
func (k *keygen) keyID() string { return "AKIA" + k.pick(base32, 16) }

// secret is a secret access key: 40 base64 characters with a digit, a
// lower- and an upper-case letter.
func (k *keygen) secret() string {
	for {
		s := k.pick(base64chars, 40)
		if strings.ContainsAny(s, "0123456789") && strings.ContainsAny(s, "abcdefghijklmnopqrstuvwxyz") && strings.ContainsAny(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			return s
		}
	}
}

// testScanner is a scanner on the real detector that logs to a buffer.
func testScanner(t testing.TB) (*scanner, *bytes.Buffer) {
	var log bytes.Buffer
	return &scanner{det: detecttest.Default(t), chunks: defaultChunking, log: &logger{w: &log}}, &log
}

// runMain runs "awsvet secrets args..." in dir.
func runMain(t *testing.T, dir string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	t.Chdir(dir)
	var out, errb bytes.Buffer
	code = Main(args, &out, &errb)
	return code, out.String(), errb.String()
}

func writeFile(t testing.TB, dir, name, text string) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// gitRepo makes a git repository in a temporary directory, with an
// identity and no user or system configuration.
func gitRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	t.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("GIT_AUTHOR_NAME", "Test")
	t.Setenv("GIT_AUTHOR_EMAIL", "test@example.com")
	t.Setenv("GIT_COMMITTER_NAME", "Test")
	t.Setenv("GIT_COMMITTER_EMAIL", "test@example.com")
	runGit(t, dir, "init", "-q", "-b", "main")
	return dir
}

func runGit(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// commitAt commits everything staged with a fixed author date.
func commitAt(t *testing.T, dir, msg, date string) string {
	t.Helper()
	t.Setenv("GIT_AUTHOR_DATE", date)
	t.Setenv("GIT_COMMITTER_DATE", date)
	runGit(t, dir, "commit", "-q", "-m", msg)
	return runGit(t, dir, "rev-parse", "HEAD")
}

// noSecrets fails the test when any of the secrets appears in text.
func noSecrets(t *testing.T, what, text string, secrets ...string) {
	t.Helper()
	for _, s := range secrets {
		if s != "" && strings.Contains(text, s) {
			t.Errorf("%s holds a full secret (%.2s…)", what, s)
		}
	}
}

// commitFile writes name in the repository at dir and commits it alone,
// at a fixed date, returning the commit.
func commitFile(t *testing.T, dir, name, text, msg string) string {
	t.Helper()
	writeFile(t, dir, name, text)
	runGit(t, dir, "add", "--", name)
	return commitAt(t, dir, msg, "2024-01-02T03:04:05Z")
}

// reportsOnly checks the output of a scan: every string of want is in it
// (a finding's path and position), none of not is (a file that must not
// be reported).
func reportsOnly(t *testing.T, stdout string, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(stdout, w) {
			t.Errorf("%s not reported:\n%s", w, stdout)
		}
	}
	for _, n := range not {
		if strings.Contains(stdout, n) {
			t.Errorf("%s reported:\n%s", n, stdout)
		}
	}
}
