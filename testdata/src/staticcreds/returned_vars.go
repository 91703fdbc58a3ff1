// Fixtures: the credentials a Retrieve method returns through variables,
// followed by the one index of variable writes (gocode.Writes.Resolve)
// that awskeys follows too. Every key here is a dummy.
package staticcreds

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// Positive: through two locals.
type chainedProvider struct{}

func (chainedProvider) Retrieve(ctx context.Context) (aws.Credentials, error) {
	a := aws.Credentials{AccessKeyID: "AKID", SecretAccessKey: "SECRET"} // want `the Retrieve method of chainedProvider hardcodes AWS credentials \(4 chars\), SE…\(6 chars\): rotate them and use the default chain`
	b := a
	return b, nil
}

// Negative: a field written afterwards: the value returned is not the
// literal's.
type patchedProvider struct{ token string }

func (p patchedProvider) Retrieve(ctx context.Context) (aws.Credentials, error) {
	creds := aws.Credentials{AccessKeyID: "AKID", SecretAccessKey: "SECRET"}
	creds.SessionToken = p.token
	return creds, nil
}
