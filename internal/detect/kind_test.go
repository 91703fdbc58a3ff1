package detect_test

import (
	"testing"

	"github.com/awsvet/awsvet/internal/detect"
)

func TestKind(t *testing.T) {
	for id, want := range map[string]string{
		"aws-access-token":                   "aws access key id",
		"aws-secret-key-in-context":          "aws secret access key",
		"aws-secret-access-key-app-settings": "aws secret access key",
		"generic-api-key":                    "api key",
		"github-fine-grained-pat":            "github token",
		"slack-legacy-bot-token":             "slack token",
		"slack-webhook-url":                  "slack webhook url",
		"private-key":                        "private key",
		"jwt-base64":                         "jwt",
		"stripe-access-token":                "stripe access token",
		"gitlab-pat":                         "gitlab personal access token",
		"Generic-Password":                   "password",
		"my_rule":                            "my rule",
		"---":                                "secret",
	} {
		if got := detect.Kind(id); got != want {
			t.Errorf("Kind(%q) = %q, want %q", id, got, want)
		}
	}
}

// TestEveryDefaultRuleHasAShortKind: the fallback names gitleaks' rules in
// a few words, never in a sentence.
func TestEveryDefaultRuleHasAShortKind(t *testing.T) {
	cfg, err := detect.Gitleaks()
	if err != nil {
		t.Fatal(err)
	}
	for id := range cfg.Rules {
		if k := detect.Kind(id); k == "" || len(k) > 45 {
			t.Errorf("Kind(%q) = %q", id, k)
		}
	}
}
