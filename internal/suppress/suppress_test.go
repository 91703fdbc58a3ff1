package suppress_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/awsvet/awsvet/internal/suppress"
)

func TestFind(t *testing.T) {
	tests := []struct {
		text   string
		ok     bool
		rules  []string
		reason string
		err    error
	}{
		{"//awsvet:ignore hardcodedkey -- example key from the docs", true, []string{"hardcodedkey"}, "example key from the docs", nil},
		{"// awsvet:ignore retryconfig,retryloop -- we retry at the queue level", true, []string{"retryconfig", "retryloop"}, "we retry at the queue level", nil},
		{"x := 1 //awsvet:ignore region -- set by the platform", true, []string{"region"}, "set by the platform", nil},
		{"aws_secret_access_key = abc # awsvet:ignore secrets -- fixture", true, []string{"secrets"}, "fixture", nil},
		{"/* awsvet:ignore presign -- internal bucket */", true, []string{"presign"}, "internal bucket", nil},
		{"//awsvet:ignore hardcodedkey", true, []string{"hardcodedkey"}, "", suppress.ErrNoReason},
		{"//awsvet:ignore hardcodedkey --   ", true, []string{"hardcodedkey"}, "", suppress.ErrNoReason},
		{"//awsvet:ignore -- no rule given", true, nil, "no rule given", suppress.ErrNoRule},
		{"//awsvet:ignore", true, nil, "", suppress.ErrNoRule},
		{"// this mentions awsvet:ignore in prose", false, nil, "", nil},
		{`s := "awsvet:ignore hardcodedkey -- x"`, false, nil, "", nil},
		{"//awsvet:ignored hardcodedkey -- x", false, nil, "", nil},
		{"// nothing here", false, nil, "", nil},
	}
	for _, tt := range tests {
		d, ok, err := suppress.Find(tt.text)
		if ok != tt.ok || !errors.Is(err, tt.err) || !slices.Equal(d.Rules, tt.rules) || d.Reason != tt.reason {
			t.Errorf("Find(%q) = %+v, %v, %v; want rules %v reason %q ok %v err %v", tt.text, d, ok, err, tt.rules, tt.reason, tt.ok, tt.err)
		}
	}
}

func TestFindGo(t *testing.T) {
	for text, want := range map[string]bool{
		"//awsvet:ignore hardcodedkey -- x":              true,
		"// awsvet:ignore hardcodedkey -- x":             true,
		"/* awsvet:ignore hardcodedkey -- x */":          true,
		"// reports malformed //awsvet:ignore comments":  false,
		"// //awsvet:ignore <rule> -- <reason>":          false,
		"//\t//awsvet:ignore retryconfig -- doc example": false,
	} {
		if _, ok, _ := suppress.FindGo(text); ok != want {
			t.Errorf("FindGo(%q) ok = %v, want %v", text, ok, want)
		}
	}
}

func TestCovers(t *testing.T) {
	d := suppress.Directive{Rules: []string{"hardcodedkey", "secrets"}}
	for rule, want := range map[string]bool{
		"hardcodedkey": true, "secrets/aws-access-token": true, "staticcreds": false, "hardcodedsecret": false,
	} {
		if got := d.Covers(rule); got != want {
			t.Errorf("Covers(%q) = %v, want %v", rule, got, want)
		}
	}
}
