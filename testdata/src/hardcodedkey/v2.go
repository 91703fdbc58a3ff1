// Fixtures for hardcodedkey with aws-sdk-go-v2. The key-shaped values are
// random strings made for these tests, not real credentials.
package hardcodedkey

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Positive: a credentials literal with a real-looking key ID and secret.
func literalV2() aws.Credentials {
	return aws.Credentials{
		AccessKeyID:     "AKIAUJZDEGXDNCF32EPF",                     // want `hardcoded AWS access key ID AKIA…32EPF: remove it and rotate the key in IAM`
		SecretAccessKey: "99NksnRH9ucAUsdMlHUvTCQCyEZDz+TddJ8HyS5S", // want `hardcoded AWS secret access key 99…\(40 chars\)`
	}
}

// Negative: the static provider's three arguments are staticcreds' one
// finding at the call, which names all three; not three more here.
func staticV2(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, config.WithCredentialsProvider(
		credentials.NewStaticCredentialsProvider(
			"ASIA3DHODZDOCIS2JHTL",
			"UkCnD8zRA9a9SkpXz9w3QlY7Zkuvqdt7s8Stqcbn",
			"gcF/Ha6ili8GjHEAD6+Wj9KfzjsQGMrb9h/ImB/LK777pzNk8cL6j5IXAAjlsHUqJoUD+/Ydua/5ZMs1SWOpQaPRYpzbLGViYXjU2JgJngKtFI3OyV2dZAkg05rK/gqv81RKMGHZEM9YpvujA+C5Q52ryFlwRlOEVHzc0X0AWIRh+JUqBlIFXZ53Ncqe28",
		)))
}

// Negative: the same in a provider literal (staticcreds' finding).
var providerLiteral = credentials.StaticCredentialsProvider{Value: aws.Credentials{
	AccessKeyID:     "AKIAQ4MZL7XWB2RTNV3C",
	SecretAccessKey: "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",
}}

// Positive: a key ID beside a secret read at run time: staticcreds leaves
// that provider to -staticcreds.strict, so the key ID is reported here.
func keyIDOnly() *credentials.StaticCredentialsProvider {
	p := credentials.NewStaticCredentialsProvider("AKIAR7TWZ3XQ5LMNB2KD", os.Getenv("APP_SECRET"), "") // want `hardcoded AWS access key ID AKIA…NB2KD`
	return &p
}

// Positive: constants followed to the constructor are reported once, at
// their declaration.
const (
	prodKeyID          = "AKIAGMXGEDN73U55XTPL"                     // want `hardcoded AWS access key ID AKIA…5XTPL`
	prodSecret         = "r3yBdGBLEPH1qhT61qtc4xatws8phP9nhFyJfm5d" // want `hardcoded AWS secret access key r3…\(40 chars\)`
	awsSecretAccessKey = "i4PzJ59FHz5r1pY4OjE2jBMptUsGr7CmY/uCu3ZR" // want `hardcoded AWS secret access key i4…\(40 chars\)`
)

func fromConsts() *s3.Client {
	p := credentials.NewStaticCredentialsProvider(prodKeyID, prodSecret, "")
	q := credentials.NewStaticCredentialsProvider(prodKeyID, prodSecret, "") // the same constants: no second report
	_ = q
	return s3.New(s3.Options{Credentials: p, Region: "eu-west-1"})
}

// Negative: the secret exported to the environment is envcreds' finding,
// at the call.
func setenv() {
	os.Setenv("AWS_SECRET_ACCESS_KEY", "1zTOlUcR64cXQLioDnkHIfxIq2HZt+PlJhx2jIcl")
}

// Positive: a key ID inside a longer string, a URL and embedded ini text.
const presigned = "https://bucket.s3.amazonaws.com/k?X-Amz-Credential=AKIAPFT7V4SEH2KVJ72C%2F20240101" // want `hardcoded AWS access key ID AKIA…VJ72C`

const ini = "[default]\naws_access_key_id = AKIAK4ZRI3R2WYOJFLJO\nregion = us-east-1\n" // want `hardcoded AWS access key ID AKIA…JFLJO`

// Positive: a key ID in a comment: AKIAOA7LQSAJ2XUID5ZZ // want `comment holds AWS access key ID AKIA…ID5ZZ`

// Negative: AWS's documented example keys.
func documented() aws.Credentials {
	return aws.Credentials{AccessKeyID: "AKIAIOSFODNN7EXAMPLE", SecretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}
}

// Negative: the SDKs' own dummies and short placeholders.
func dummies() aws.CredentialsProvider {
	return credentials.NewStaticCredentialsProvider("AKID", "SECRET", "SESSION")
}

// Negative: credentials from the environment or from the caller.
func fromEnv(id, secret string) aws.Credentials {
	return aws.Credentials{AccessKeyID: os.Getenv("AWS_ACCESS_KEY_ID"), SecretAccessKey: secret}
}

// Negative: patterns, placeholders, hex digests.
var (
	keyPattern  = `AKIA[0-9A-Z]{16}`
	placeholder = "AKIAXXXXXXXXXXXXXXXX"
	secretKey   = "da39a3ee5e6b4b0d3255bfef95601890afd80709" // a SHA-1, not a key
	secretName  = "prod/app/aws-secret-access-key"
	etag        = "QWk8JzFalHlsZfYcMMDktXP+tKsf2rcDkdfrUnW5" // key-shaped, but nothing says it is a key
)

// Negative: variables that are not credentials.
func notCredentials() {
	os.Setenv("AWS_REGION", "HkCiHp6bR1IqfEouHgxzNNAL5wIScGebcy8F5n3+")
	os.Setenv("AWS_SECRET_ACCESS_KEY", os.Getenv("VAULT_AWS_SECRET"))
	_ = aws.Credentials{SessionToken: "token"}
}

// Negative: credentials a Retrieve method or a provider function returns
// are staticcreds' one finding at the literal, directly or through a
// local variable.
type pinned struct{}

func (pinned) Retrieve(ctx context.Context) (aws.Credentials, error) {
	return aws.Credentials{AccessKeyID: "AKIAUJZDEGXDNCF32EPF", SecretAccessKey: "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"}, nil
}

type pinnedVar struct{}

func (pinnedVar) Retrieve(ctx context.Context) (aws.Credentials, error) {
	creds := aws.Credentials{AccessKeyID: "AKIAH2KVJ72CEUVW75EF", SecretAccessKey: "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"}
	return creds, nil
}

var pinnedFunc = aws.CredentialsProviderFunc(func(ctx context.Context) (aws.Credentials, error) {
	return aws.Credentials{AccessKeyID: "AKIAOA7LQSAJ2XUID5ZZ", SecretAccessKey: "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"}, nil
})

// Positive: a returned key ID beside a secret from elsewhere: staticcreds
// does not report run-time credentials a function returns, so the key ID
// is reported here.
type halfPinned struct{ secret string }

func (p halfPinned) Retrieve(ctx context.Context) (aws.Credentials, error) {
	return aws.Credentials{AccessKeyID: "AKIA6KBNXJBTFQXKWOVO", SecretAccessKey: p.secret}, nil // want `hardcoded AWS access key ID AKIA…KWOVO`
}
