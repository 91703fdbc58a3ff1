package hardcodedkey

import (
	"go/token"

	"github.com/awsvet/awsvet/internal/keys"
	"github.com/awsvet/awsvet/internal/passes/awskeys"
	"github.com/awsvet/awsvet/internal/passes/strlits"
	"github.com/awsvet/awsvet/internal/redact"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/rule"
)

const fix = "remove it and rotate the key in IAM"

// what names each kind of key in messages.
var what = map[awskeys.Kind]string{
	awskeys.KeyID:        "access key ID",
	awskeys.SecretKey:    "secret access key",
	awskeys.SessionToken: "session token",
}

// run reports the keys awskeys finds in literals, except those a more
// specific rule reports with its call (staticcreds, envcreds), and the
// access key IDs in comments.
func run(pass *rule.Pass) error {
	r := pass.Reporter
	for _, k := range pass.ResultOf[awskeys.Analyzer].(*awskeys.Result).Keys {
		if k.Owner != pass.Analyzer.Name {
			continue
		}
		shown := redact.Secret(k.Value)
		if k.Kind == awskeys.KeyID {
			shown = redact.KeyID(k.Value)
		}
		r.Errorf(report.Span{From: k.From, To: k.To}, "hardcoded AWS %s %s: %s", what[k.Kind], shown, fix)
	}
	for _, cm := range pass.ResultOf[strlits.Analyzer].(*strlits.Result).Comments {
		for _, m := range keys.KeyIDs(cm.Node.Text, awskeys.KeyIDEntropy(cm.Test)) {
			pos := cm.Node.Slash + token.Pos(m.Start)
			r.Errorf(report.Span{From: pos, To: pos + token.Pos(len(m.Value))},
				"comment holds AWS access key ID %s: %s", redact.KeyID(m.Value), fix)
		}
	}
	return nil
}
