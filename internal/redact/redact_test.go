package redact_test

import (
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/redact"
)

func TestKeyID(t *testing.T) {
	id := strings.Join([]string{"AKIA", "Q3EGRHDSVZB7XY2M"}, "") // split so the tree holds no key-shaped literal
	got := redact.KeyID(id)
	if want := "AKIA…" + id[len(id)-5:]; got != want {
		t.Errorf("KeyID = %q", got)
	}
	if strings.Contains(got, id[4:15]) {
		t.Errorf("KeyID leaks the middle of the key: %q", got)
	}
}

func TestSecret(t *testing.T) {
	s := strings.Repeat("k9", 20)
	got := redact.Secret(s)
	if got != "k9…(40 chars)" {
		t.Errorf("Secret = %q", got)
	}
	if got := redact.Secret("abcd"); got != "(4 chars)" {
		t.Errorf("Secret(short) = %q", got)
	}
	if got := redact.KeyID("short"); got != "sh…(5 chars)" {
		t.Errorf("KeyID(short) = %q", got)
	}
}
