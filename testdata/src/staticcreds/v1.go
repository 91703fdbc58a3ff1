// Fixtures for staticcreds with aws-sdk-go (v1). Every key here is a dummy.
package staticcreds

import (
	"os"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials"
	"github.com/aws/aws-sdk-go/aws/credentials/ec2rolecreds"
	"github.com/aws/aws-sdk-go/aws/ec2metadata"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3"
)

// Positive: the v1 constructor with dummies.
func sessionV1() (*session.Session, error) {
	return session.NewSession(&aws.Config{
		Region:      aws.String("us-west-2"),
		Credentials: credentials.NewStaticCredentials("AKID", "SECRET_KEY", "TOKEN"), // want `credentials\.NewStaticCredentials hardcodes AWS credentials \(4 chars\), SE…\(10 chars\), TO…\(5 chars\): rotate them and use the default chain`
	})
}

// Positive: from a credentials.Value literal, through a local.
func fromCredsV1() *credentials.Credentials {
	v := credentials.Value{AccessKeyID: "AKID", SecretAccessKey: "SECRET"}
	return credentials.NewStaticCredentialsFromCreds(v) // want `credentials\.NewStaticCredentialsFromCreds hardcodes AWS credentials \(4 chars\), SE…\(6 chars\): rotate them and use the default chain`
}

// Positive: a StaticProvider literal inside a chain, unkeyed fields too.
func chainV1(sess *session.Session) *credentials.Credentials {
	return credentials.NewChainCredentials([]credentials.Provider{
		&credentials.EnvProvider{},
		&credentials.StaticProvider{Value: credentials.Value{AccessKeyID: "AKID", SecretAccessKey: "SECRET"}}, // want `a credentials\.StaticProvider literal hardcodes AWS credentials \(4 chars\), SE…\(6 chars\): rotate them and use the default chain`
		&credentials.StaticProvider{credentials.Value{"AKID", "SECRET", "", "fixed"}},                         // want `a credentials\.StaticProvider literal hardcodes AWS credentials \(4 chars\), SE…\(6 chars\): rotate them and use the default chain`
		&ec2rolecreds.EC2RoleProvider{Client: ec2metadata.New(sess)},
	})
}

// Positive: a v1 provider type whose Retrieve returns constants.
type fixedV1 struct{}

func (fixedV1) Retrieve() (credentials.Value, error) {
	return credentials.Value{AccessKeyID: "AKID", SecretAccessKey: "SECRET", ProviderName: "fixed"}, nil // want `the Retrieve method of fixedV1 hardcodes AWS credentials \(4 chars\), SE…\(6 chars\): rotate them and use the default chain`
}
func (fixedV1) IsExpired() bool { return false }

// Positive: the standard variables, where no fix is safe (a client
// override, not the session).
func envClientV1(sess *session.Session) *s3.S3 {
	return s3.New(sess, &aws.Config{
		Credentials: credentials.NewStaticCredentials(os.Getenv("AWS_ACCESS_KEY_ID"), os.Getenv("AWS_SECRET_ACCESS_KEY"), os.Getenv("AWS_SESSION_TOKEN")), // want `credentials\.NewStaticCredentials re-reads AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, shutting out the IAM role: drop it, the default chain reads them`
	})
}

// Negative: the default chain, and its v1 environment provider.
func defaultV1() (*session.Session, error) {
	return session.NewSessionWithOptions(session.Options{SharedConfigState: session.SharedConfigEnable})
}

func envProviderV1() *credentials.Credentials { return credentials.NewEnvCredentials() }

// Negative: anonymous credentials for public buckets, the SDK's own way
// and the way it defines them.
func publicV1() (*session.Session, error) {
	return session.NewSession(&aws.Config{Credentials: credentials.AnonymousCredentials})
}

var anonymousV1 = credentials.NewStaticCredentials("", "", "")

// Negative: keys from a user's configuration.
type BackendConfig struct {
	AccessKeyID     string
	SecretAccessKey string
}

func fromConfigV1(cfg BackendConfig) (*session.Session, error) {
	awsCfg := aws.NewConfig().WithRegion("us-east-1")
	if cfg.AccessKeyID != "" {
		awsCfg = awsCfg.WithCredentials(credentials.NewStaticCredentials(cfg.AccessKeyID, cfg.SecretAccessKey, ""))
	}
	return session.NewSession(awsCfg)
}

// Negative: a Value built from parameters, and one decoded at run time.
func fromParamsV1(id, secret string) *credentials.Credentials {
	return credentials.NewStaticCredentialsFromCreds(credentials.Value{AccessKeyID: id, SecretAccessKey: secret})
}

func decodedV1(decode func(*credentials.Value) error) (*credentials.Credentials, error) {
	var v credentials.Value
	if err := decode(&v); err != nil {
		return nil, err
	}
	return credentials.NewStaticCredentialsFromCreds(v), nil
}

// Negative: a v1 provider computing credentials at run time.
type fileV1 struct{ read func() (string, string) }

func (p fileV1) Retrieve() (credentials.Value, error) {
	id, secret := p.read()
	return credentials.Value{AccessKeyID: id, SecretAccessKey: secret, ProviderName: "file"}, nil
}
func (fileV1) IsExpired() bool { return false }

// Negative: placeholders that say they are unused.
var placeholderV1 = credentials.NewStaticCredentials("unused", "unused", "")

// Positive: a placeholder key ID does not excuse a real-looking secret.
var halfPlaceholderV1 = credentials.NewStaticCredentials("unused", "SECRET", "") // want `credentials\.NewStaticCredentials hardcodes AWS credentials un…\(6 chars\), SE…\(6 chars\): rotate them and use the default chain`

// Negative: a v1 session for LocalStack, endpoint and dummies in one
// aws.Config.
func localstackV1() *session.Session {
	return session.Must(session.NewSession(&aws.Config{
		Region:           aws.String("us-east-1"),
		Endpoint:         aws.String("http://localhost:4566"),
		S3ForcePathStyle: aws.Bool(true),
		Credentials:      credentials.NewStaticCredentials("test", "test", ""),
	}))
}

// Negative: the same with the setter chain.
func localstackV1Chain() *session.Session {
	return session.Must(session.NewSession(aws.NewConfig().
		WithEndpoint("http://localhost:4566").
		WithCredentials(credentials.NewStaticCredentials("test", "test", ""))))
}
