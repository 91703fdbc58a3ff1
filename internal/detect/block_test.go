package detect_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/detect"
	"github.com/awsvet/awsvet/internal/detect/detecttest"
)

// armored returns a synthetic armored block of about n bytes: random
// bytes from a fixed seed, not a key.
func armored(kind string, n int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 1))
	raw := make([]byte, n*3/4)
	for i := range raw {
		raw[i] = byte(r.Uint32())
	}
	return detecttest.Armored(kind, raw)
}

// TestLongPrivateKeysAreFound: a PEM or PGP block is found whatever its
// length, once, and the whole block is the secret. An RSA-8192 key
// (6.3 kB) and a PGP key block over 4 kB were missed: the private-key
// rule's body was only tried on 4 kB after BEGIN.
func TestLongPrivateKeysAreFound(t *testing.T) {
	d := detecttest.Default(t)
	for _, c := range []struct {
		name, kind string
		size       int
	}{
		{"rsa-2048", "RSA PRIVATE KEY", 1700},
		{"rsa-8192", "RSA PRIVATE KEY", 6400},
		{"pkcs8-16384", "PRIVATE KEY", 12700},
		{"pgp 9 kB", "PGP PRIVATE KEY BLOCK", 9000},
		{"pgp with a photo, 300 kB", "PGP PRIVATE KEY BLOCK", 300_000},
	} {
		t.Run(c.name, func(t *testing.T) {
			block := armored(c.kind, c.size, uint64(c.size))
			text := "# deploy key\n" + block + "trailing: text\n"
			found := d.Scan("deploy/key.txt", text)
			if len(found) != 1 || found[0].RuleID != "private-key" {
				t.Fatalf("%d findings %v, want one private-key finding", len(found), ruleIDs(found))
			}
			f := found[0]
			if want := strings.TrimSuffix(block, "\n"); f.Secret != want {
				t.Errorf("the secret is %d bytes at %d, want the whole %d-byte block at %d", len(f.Secret), f.Start, len(want), strings.Index(text, want))
			}
			ref := detect.WholeText(d).Scan("deploy/key.txt", text)
			if len(ref) != 1 || ref[0].Start != f.Start || ref[0].End != f.End {
				t.Errorf("the whole-text way finds %d findings %v, the windows %d-%d", len(ref), ruleIDs(ref), f.Start, f.End)
			}
		})
	}
}

// TestPrivateKeyBlocksAreNotOverreached: two blocks in one file are two
// findings; a BEGIN without an END, or an END too close to hold a key, is
// none.
func TestPrivateKeyBlocksAreNotOverreached(t *testing.T) {
	d := detecttest.Default(t)
	two := armored("RSA PRIVATE KEY", 6400, 1) + "\n" + armored("PGP PRIVATE KEY BLOCK", 5000, 2)
	if found := d.Scan("keys.txt", two); len(found) != 2 {
		t.Errorf("two blocks: %d findings %v, want 2", len(found), ruleIDs(found))
	}
	noEnd := strings.Split(armored("RSA PRIVATE KEY", 6400, 3), "-----END")[0]
	if found := d.Scan("keys.txt", noEnd); len(found) != 0 {
		t.Errorf("a block without END: %d findings %v, want none", len(found), ruleIDs(found))
	}
	short := "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAK\n-----END RSA PRIVATE KEY-----\n"
	if found := d.Scan("keys.txt", short); len(found) != 0 {
		t.Errorf("a 14-character body: %d findings %v, want none (the rule wants 64)", len(found), ruleIDs(found))
	}
}

// TestBlockForm: of the default rules, private-key alone has a header, a
// lazy body of any length and a terminator; the form is read from its
// expression, so a rule that gains or loses it shows here.
func TestBlockForm(t *testing.T) {
	d := detecttest.Default(t)
	if got := detect.BlockRules(d); len(got) != 1 || got[0] != "private-key" {
		t.Errorf("rules with the block form: %v, want [private-key]", got)
	}
}
