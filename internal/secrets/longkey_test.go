package secrets

import (
	"strconv"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/detect/detecttest"
)

// armoredBlock is a synthetic armored block of about n bytes (random
// bytes from the keygen, not a key).
func armoredBlock(k *keygen, kind string, n int) string {
	return detecttest.Armored(kind, []byte(k.pick(base64chars, n*3/4)))
}

// TestLongKeysFoundOnce: a 9 kB PGP key block is one finding, and so is a
// 20 kB block across the boundary where a large file's first 4 MiB chunk
// stops reporting (4 MiB less the 64 KiB of overlap): the first chunk
// holds it whole, the second sees it without its BEGIN line.
func TestLongKeysFoundOnce(t *testing.T) {
	k := newKeygen(21)
	dir := t.TempDir()
	pgp := armoredBlock(k, "PGP PRIVATE KEY BLOCK", 9000)
	writeFile(t, dir, "deploy/signing.asc", pgp)
	line := "# nothing to see here, just a long dump of notes\n"
	before := strings.Repeat(line, 4_120_000/len(line))
	straddling := armoredBlock(k, "RSA PRIVATE KEY", 20_000)
	writeFile(t, dir, "deploy/dump.txt", before+straddling+strings.Repeat(line, 2000))
	code, stdout, stderr := runMain(t, dir, "deploy")
	noSecrets(t, "output", stdout+stderr, pgp[40:100], straddling[40:100])
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if code != 1 || len(lines) != 2 {
		t.Fatalf("exit %d, %d findings, want 1 and 2:\n%s%s", code, len(lines), stdout, stderr)
	}
	for _, l := range lines {
		if !strings.Contains(l, "(secrets/private-key)") {
			t.Errorf("not a private-key finding: %s", l)
		}
	}
	if !strings.HasPrefix(lines[1], "deploy/signing.asc:1:1: private key --…("+strconv.Itoa(len(pgp)-1)+" chars)") {
		t.Errorf("the PGP block is not found whole: %s", lines[1])
	}
}
