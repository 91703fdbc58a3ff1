// Fixtures: the credentials a Retrieve method returns through variables
// are staticcreds' finding exactly when staticcreds follows the variables
// (one index of variable writes, gocode.Writes, for both). The key-shaped
// values are random strings made for these tests, not real credentials.
package hardcodedkey

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// Negative: through two locals, as staticcreds follows them.
type pinnedChain struct{}

func (pinnedChain) Retrieve(ctx context.Context) (aws.Credentials, error) {
	a := aws.Credentials{AccessKeyID: "AKIAD2AVNJXJJDQ3ETCN", SecretAccessKey: "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"}
	b := a
	return b, nil
}

// Negative: through a var declaration.
type pinnedDecl struct{}

func (pinnedDecl) Retrieve(ctx context.Context) (aws.Credentials, error) {
	var creds = aws.Credentials{AccessKeyID: "AKIAZXGP4JMBGU5B7OFC", SecretAccessKey: "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"}
	return creds, nil
}

// Positive: a field written afterwards makes the value unknown to
// staticcreds, so the keys are reported here.
type pinnedThenSet struct{ token string }

func (p pinnedThenSet) Retrieve(ctx context.Context) (aws.Credentials, error) {
	creds := aws.Credentials{AccessKeyID: "AKIAJRQTXB2G7J7HG6EO", SecretAccessKey: "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"} // want `hardcoded AWS access key ID AKIA…HG6EO` `hardcoded AWS secret access key D9…\(40 chars\)`
	creds.SessionToken = p.token
	return creds, nil
}
