package keys_test

import (
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/keys"
	"github.com/awsvet/awsvet/internal/redact"
)

// Key-shaped test values are assembled at run time so that this file holds
// nothing a secret scanner (awsvet's own included) would flag.
var (
	realID     = strings.Join([]string{"AKIA", "Q3EGRHDSVZB7XY2M"}, "")
	realSecret = ("h7Fq2" + "Lz9Xw4Kp1Vb8Nc3Rt6Ym0Ud5Se2Ja7Gi4Ho1Pk")[:40]
)

func TestKeyIDs(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{
		{realID, 1},
		{"https://example.com/?X-Amz-Credential=" + realID + "%2F20240101", 1},
		{"[default]\naws_access_key_id = " + realID + "\n", 1},
		{"AKIAIOSFODNN7" + "EXAMPLE", 0},                            // AWS's documented example
		{"AKIA" + strings.Repeat("X", 16), 0},                       // placeholder
		{"AKIA" + "ABCDEFGHIJKLMNOP", 0},                            // placeholder: an alphabet run
		{strings.Join([]string{"AKIA", "2TESTQ7ZK3M5VNRW"}, ""), 1}, // random, TEST by chance
		{`AKIA[0-9A-Z]{16}`, 0},                                     // a pattern
		{"x" + realID, 0},                                           // not a whole token
		{realID + "Q", 0},                                           // too long
		{"no key here", 0},
	} {
		if got := keys.KeyIDs(tt.s, 0); len(got) != tt.want {
			t.Errorf("KeyIDs(%s) = %d matches, want %d", redact.Secret(tt.s), len(got), tt.want)
		}
	}
	m := keys.KeyIDs("id="+realID, 0)
	if len(m) != 1 || m[0].Start != 3 || m[0].Value != realID {
		t.Fatalf("offsets: %d matches, want one at byte 3 holding the key", len(m))
	}
}

func TestLooksLikeSecretKey(t *testing.T) {
	for _, tt := range []struct {
		v    string
		want bool
	}{
		{realSecret, true},
		{"wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY", false}, // documented example
		{"da39a3ee5e6b4b0d3255bfef95601890afd80709", false},      // SHA-1 hex
		{strings.Repeat("aB1", 13) + "x", false},                 // low entropy
		{realSecret[:39], false},                                 // 39 chars
		{realSecret[:39] + "-", false},                           // not base64
		{"SECRET", false},
		{"abcdefghijklmnopqrstuvwxyz" + "ABCDEFGHIJ0123", false}, // placeholder: alphabet runs
	} {
		if got := keys.LooksLikeSecretKey(tt.v, keys.SecretEntropy); got != tt.want {
			t.Errorf("LooksLikeSecretKey(%s) = %v, want %v", tt.v[:min(6, len(tt.v))], got, tt.want)
		}
	}
}

func TestIsSecretKeyName(t *testing.T) {
	for name, want := range map[string]bool{
		"awsSecretAccessKey": true, "SECRET_KEY": true, "secretKey": true, "AWS_SECRET": true,
		"accessKeyID": false, "region": false, "secretName": false, "keyID": false,
	} {
		if got := keys.IsSecretKeyName(name); got != want {
			t.Errorf("IsSecretKeyName(%q) = %v, want %v", name, got, want)
		}
	}
}
