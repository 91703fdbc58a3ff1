// Fixtures for staticcreds with aws-sdk-go-v2. Every key here is a dummy.
package staticcreds

import (
	"context"
	"errors"
	"flag"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sts"
)

// Negative: LocalStack's and moto's published test/test pair is a
// placeholder (internal/placeholder), even with no endpoint beside it:
// nothing secret ships, and AWS refuses it at once.
func localstack(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx,
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("test", "test", "")),
	)
}

// Positive: constants, followed to their use.
const (
	deployKeyID  = "AKID"
	deploySecret = "SECRET"
)

func fromConstants() *s3.Client {
	return s3.New(s3.Options{
		Region:      "eu-west-1",
		Credentials: credentials.NewStaticCredentialsProvider(deployKeyID, deploySecret, ""), // want `credentials\.NewStaticCredentialsProvider hardcodes AWS credentials \(4 chars\), SE…\(6 chars\): rotate them and use the default chain`
	})
}

// Positive: a local holding a constant, and a secret-less key ID.
func fromLocals() aws.CredentialsProvider {
	secret := "not-a-real-secret"
	return credentials.NewStaticCredentialsProvider("AKID", secret, "") // want `credentials\.NewStaticCredentialsProvider hardcodes AWS credentials \(4 chars\), no…\(17 chars\): rotate them and use the default chain`
}

func keyIDOnly() aws.CredentialsProvider {
	return credentials.NewStaticCredentialsProvider("AKID", "", "") // want `credentials\.NewStaticCredentialsProvider hardcodes AWS credentials \(4 chars\): rotate them and use the default chain`
}

// Positive: a provider literal.
var pinned = credentials.StaticCredentialsProvider{ // want `a credentials\.StaticCredentialsProvider literal hardcodes AWS credentials \(4 chars\), SE…\(6 chars\): rotate them and use the default chain`
	Value: aws.Credentials{AccessKeyID: "AKID", SecretAccessKey: "SECRET", Source: "pinned"},
}

// Positive: a provider function returning constants, through
// aws.NewCredentialsCache; reported at the literal.
func cachedFunc() *aws.CredentialsCache {
	return aws.NewCredentialsCache(aws.CredentialsProviderFunc(func(ctx context.Context) (aws.Credentials, error) {
		return aws.Credentials{AccessKeyID: "AKID", SecretAccessKey: "SECRET"}, nil // want `the aws\.CredentialsProviderFunc hardcodes AWS credentials \(4 chars\), SE…\(6 chars\): rotate them and use the default chain`
	}))
}

// Positive: a provider type whose Retrieve returns constants.
type fixedProvider struct{}

func (fixedProvider) Retrieve(ctx context.Context) (aws.Credentials, error) {
	creds := aws.Credentials{AccessKeyID: "AKID", SecretAccessKey: "SECRET", SessionToken: "TOKEN"} // want `the Retrieve method of fixedProvider hardcodes AWS credentials \(4 chars\), SE…\(6 chars\), TO…\(5 chars\): rotate them and use the default chain`
	return creds, nil
}

// Positive: the standard variables re-read, where no fix is safe (a client
// Options literal has no default chain to fall back to).
func envInOptions() *s3.Client {
	return s3.New(s3.Options{
		Region: "eu-west-1",
		Credentials: credentials.NewStaticCredentialsProvider( // want `credentials\.NewStaticCredentialsProvider re-reads AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, shutting out the IAM role: drop it, the default chain reads them`
			os.Getenv("AWS_ACCESS_KEY_ID"), os.Getenv("AWS_SECRET_ACCESS_KEY"), ""),
	})
}

// Positive: through os.LookupEnv and locals.
func envLookup(cfg *aws.Config) {
	id, _ := os.LookupEnv("AWS_ACCESS_KEY")
	secret, ok := os.LookupEnv("AWS_SECRET_KEY")
	if !ok {
		return
	}
	cfg.Credentials = credentials.NewStaticCredentialsProvider(id, secret, os.Getenv("AWS_SESSION_TOKEN")) // want `credentials\.NewStaticCredentialsProvider re-reads AWS_ACCESS_KEY, AWS_SECRET_KEY and AWS_SESSION_TOKEN, shutting out the IAM role: drop it, the default chain reads them`
}

// Positive: a provider function returning the environment.
func envFunc() aws.CredentialsProvider {
	return aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
		return aws.Credentials{ // want `the aws\.CredentialsProviderFunc returns AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, shutting out the IAM role: drop it, the default chain reads them`
			AccessKeyID:     os.Getenv("AWS_ACCESS_KEY_ID"),
			SecretAccessKey: os.Getenv("AWS_SECRET_ACCESS_KEY"),
		}, nil
	})
}

// Negative: the default chain.
func defaultChain(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"))
}

// Negative: unsigned requests to public data.
func anonymous(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, config.WithCredentialsProvider(aws.AnonymousCredentials{}))
}

// Negative: keys a user configured (a settings struct, as storage backends
// and credential libraries take them).
type S3Settings struct {
	AccessKey, SecretKey, SessionToken string
}

func fromSettings(ctx context.Context, s S3Settings) (aws.Config, error) {
	var opts []func(*config.LoadOptions) error
	if s.AccessKey != "" {
		opts = append(opts, config.WithCredentialsProvider(
			credentials.NewStaticCredentialsProvider(s.AccessKey, s.SecretKey, s.SessionToken)))
	}
	return config.LoadDefaultConfig(ctx, opts...)
}

// Negative: the answer of STS, a run-time value.
func assumed(ctx context.Context, client *sts.Client, arn string) (aws.CredentialsProvider, error) {
	out, err := client.AssumeRole(ctx, &sts.AssumeRoleInput{RoleArn: &arn, RoleSessionName: aws.String("awsvet")})
	if err != nil {
		return nil, errors.New("assume role: " + err.Error()) // a method without a package
	}
	c := out.Credentials
	return credentials.NewStaticCredentialsProvider(*c.AccessKeyId, *c.SecretAccessKey, *c.SessionToken), nil
}

// Negative: command-line flags.
var (
	accessKeyFlag = flag.String("access-key", "", "access key ID")
	secretKeyFlag string
)

func init() { flag.StringVar(&secretKeyFlag, "secret-key", "", "secret access key") }

func fromFlags() aws.CredentialsProvider {
	return credentials.NewStaticCredentialsProvider(*accessKeyFlag, secretKeyFlag, "")
}

// Negative: variables the default chain does not read.
func customEnv() aws.CredentialsProvider {
	return credentials.NewStaticCredentialsProvider(os.Getenv("MINIO_ACCESS_KEY"), os.Getenv("MINIO_SECRET_KEY"), "")
}

// Negative: a local given a dummy on one path and the real value on the
// other is a run-time value.
func overridden(s S3Settings) aws.CredentialsProvider {
	secret := "dev-secret"
	if s.SecretKey != "" {
		secret = s.SecretKey
	}
	return credentials.NewStaticCredentialsProvider(s.AccessKey, secret, "")
}

// Negative: an empty provider holds nothing (it fails at Retrieve).
var unset = credentials.StaticCredentialsProvider{}

// Negative: a provider function computing credentials at run time.
func vaultFunc(fetch func(context.Context) (string, string, error)) aws.CredentialsProvider {
	return aws.NewCredentialsCache(aws.CredentialsProviderFunc(func(ctx context.Context) (aws.Credentials, error) {
		id, secret, err := fetch(ctx)
		if err != nil {
			return aws.Credentials{}, err
		}
		return aws.Credentials{AccessKeyID: id, SecretAccessKey: secret, CanExpire: true}, nil
	}))
}

// Negative: Retrieve of a provider that returns what it was given.
type settingsProvider struct{ s S3Settings }

func (p settingsProvider) Retrieve(context.Context) (aws.Credentials, error) {
	return aws.Credentials{AccessKeyID: p.s.AccessKey, SecretAccessKey: p.s.SecretKey, Source: "settings"}, nil
}

// Negative: a method called Retrieve that is not a provider's.
type cache struct{}

func (cache) Retrieve(key string) (aws.Credentials, error) {
	return aws.Credentials{AccessKeyID: "AKID", SecretAccessKey: "SECRET"}, nil
}

// Negative: a suppressed, deliberate emulator helper.
func emulator() aws.CredentialsProvider {
	//awsvet:ignore staticcreds -- LocalStack only, fixed dummy keys
	return credentials.NewStaticCredentialsProvider("test", "test", "")
}

// Negative: a struct whose credentials come from a secrets store's JSON.
func fromSecret(raw map[string]string) aws.CredentialsProvider {
	return credentials.StaticCredentialsProvider{Value: aws.Credentials{
		AccessKeyID: raw["access_key_id"], SecretAccessKey: raw["secret_access_key"],
	}}
}

// Negative: a no-op provider that only satisfies the signer, while
// authentication happens elsewhere (a bearer token header).
type NoOpCredentialsProvider struct{}

func (*NoOpCredentialsProvider) Retrieve(context.Context) (aws.Credentials, error) {
	return aws.Credentials{AccessKeyID: "NoOpAccessKey", SecretAccessKey: "NoOpSecretKey", Source: "NoOpCredentialsProvider"}, nil
}

// Negative: emulator dummies beside a custom endpoint in the same call
// (kinesis-consumer's examples against Kinesalite).
func kinesalite(ctx context.Context, endpoint string) (aws.Config, error) {
	resolver := aws.EndpointResolverWithOptionsFunc(func(service, region string, _ ...any) (aws.Endpoint, error) {
		return aws.Endpoint{URL: endpoint, SigningRegion: region}, nil
	})
	return config.LoadDefaultConfig(ctx,
		config.WithRegion("us-west-2"),
		config.WithEndpointResolverWithOptions(resolver),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("user", "pass", "token")),
	)
}

// Negative: a client literal for a local S3 (MinIO's default dummies).
func minio() *s3.Client {
	return s3.New(s3.Options{
		Region:       "us-east-1",
		BaseEndpoint: aws.String("http://localhost:9000"),
		UsePathStyle: true,
		Credentials:  credentials.NewStaticCredentialsProvider("minioadmin", "minioadmin", ""),
	})
}

// Negative: the endpoint and the dummies set in the client's option function.
func dynamoLocal(cfg aws.Config) *sts.Client {
	return sts.NewFromConfig(cfg, func(o *sts.Options) {
		o.BaseEndpoint = aws.String("http://localhost:8000")
		o.Credentials = credentials.NewStaticCredentialsProvider("dummy", "dummy", "")
	})
}

// Positive: a secret shaped like a real key is not an emulator dummy, even
// beside an endpoint.
func localButKeyShaped() *s3.Client {
	return s3.New(s3.Options{
		Region:       "us-east-1",
		BaseEndpoint: aws.String("http://localhost:9000"),
		Credentials:  credentials.NewStaticCredentialsProvider("local", "Xq3vL8mT2pR6sK9wZ4bN7cF1hD5gJ0aY2eU8iO3u", ""), // want `credentials\.NewStaticCredentialsProvider hardcodes AWS credentials lo…\(5 chars\), Xq…\(40 chars\): rotate them and use the default chain`
	})
}
