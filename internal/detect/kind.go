package detect

import "strings"

// kinds name, in awsvet's words, what the most met rules find; Kind builds
// the name of any other rule from its id.
var kinds = map[string]string{
	"aws-access-token":                   "aws access key id",
	"aws-secret-access-key":              "aws secret access key",
	"aws-secret-key-in-context":          "aws secret access key",
	"aws-secret-access-key-app-settings": "aws secret access key",
	"aws-session-token":                  "aws session token",
	"generic-api-key":                    "api key",
	"private-key":                        "private key",
	"jwt":                                "jwt",
	"jwt-base64":                         "jwt",
	"slack-webhook-url":                  "slack webhook url",
	"github-app-token":                   "github token",
	"github-fine-grained-pat":            "github token",
	"github-oauth":                       "github token",
	"github-pat":                         "github token",
	"github-refresh-token":               "github token",
}

// kindWords spell out the abbreviations of rule ids, word by word.
var kindWords = map[string]string{"pat": "personal access token", "ptt": "pipeline trigger token", "rrt": "runner registration token"}

// Kind names the kind of secret a rule finds, lowercase, for messages: a
// message says what was found in the same words whatever rule found it,
// instead of quoting the rule's description. Rules without an entry are
// named from their id: "stripe-access-token" is a "stripe access token",
// "slack-bot-token" a "slack token".
func Kind(ruleID string) string {
	if k, ok := kinds[ruleID]; ok {
		return k
	}
	id := strings.TrimPrefix(strings.ToLower(ruleID), "generic-")
	if strings.HasPrefix(id, "slack-") && strings.HasSuffix(id, "-token") {
		return "slack token"
	}
	words := strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' || r == ' ' })
	for i, w := range words {
		if long, ok := kindWords[w]; ok {
			words[i] = long
		}
	}
	if len(words) == 0 {
		return "secret"
	}
	return strings.Join(words, " ")
}
