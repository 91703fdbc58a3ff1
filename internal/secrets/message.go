package secrets

import (
	"github.com/awsvet/awsvet/internal/detect"
	"github.com/awsvet/awsvet/internal/redact"
)

// message says, the same way for every rule, what kind of secret was
// found (never the rule's own description), which one (a fingerprint that
// identifies it without reproducing it) and what to do; the position in
// front of the message says where, and place, when the finding is graded
// (grade.go), what kind of file that is:
//
//	aws secret access key wJ…(40 chars): remove it, rotate it, and load it at run time
//	private key --…(1703 chars) in a test fixture: remove it, rotate it, and load it at run time
func message(f detect.Finding, place string) string {
	shown := redact.Secret(f.Secret)
	if keyIDRules[f.RuleID] {
		shown = redact.KeyID(f.Secret)
	}
	if place != "" {
		shown += " " + place
	}
	return detect.Kind(f.RuleID) + " " + shown + ": remove it, rotate it, and load it at run time"
}
