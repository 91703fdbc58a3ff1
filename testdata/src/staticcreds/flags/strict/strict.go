// Fixtures for staticcreds -strict: run-time values are reported too.
package strict

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	v1creds "github.com/aws/aws-sdk-go/aws/credentials"
)

type Settings struct{ AccessKey, SecretKey string }

// Positive (strict): settings, parameters, custom variables.
func fromSettings(ctx context.Context, s Settings) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, config.WithCredentialsProvider(
		credentials.NewStaticCredentialsProvider(s.AccessKey, s.SecretKey, ""))) // want `credentials\.NewStaticCredentialsProvider pins run-time credentials that never refresh: use the default chain or stscreds\.AssumeRoleProvider`
}

func customEnv() *v1creds.Credentials {
	return v1creds.NewStaticCredentials(os.Getenv("S3_KEY"), os.Getenv("S3_SECRET"), "") // want `credentials\.NewStaticCredentials pins run-time credentials that never refresh: use the default chain or stscreds\.AssumeRoleProvider`
}

func fromValue(v v1creds.Value) *v1creds.Credentials {
	return v1creds.NewStaticCredentialsFromCreds(v) // want `credentials\.NewStaticCredentialsFromCreds pins run-time credentials that never refresh: use the default chain or stscreds\.AssumeRoleProvider`
}

func literal(id, secret string) aws.CredentialsProvider {
	return credentials.StaticCredentialsProvider{Value: aws.Credentials{AccessKeyID: id, SecretAccessKey: secret}} // want `a credentials\.StaticCredentialsProvider literal pins run-time credentials that never refresh: use the default chain or stscreds\.AssumeRoleProvider`
}

// Positive (strict): the other grades are unchanged.
func hard() aws.CredentialsProvider {
	return credentials.NewStaticCredentialsProvider("AKID", "SECRET", "") // want `credentials\.NewStaticCredentialsProvider hardcodes AWS credentials \(4 chars\), SE…\(6 chars\): rotate them and use the default chain`
}

// Negative (strict too): anonymous, and providers computing credentials.
var anonymous = v1creds.NewStaticCredentials("", "", "")

func computed(fetch func() (string, string)) aws.CredentialsProvider {
	return aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
		id, secret := fetch()
		return aws.Credentials{AccessKeyID: id, SecretAccessKey: secret}, nil
	})
}

// Negative (strict too): the default chain, a placeholder provider, a
// Retrieve method computing credentials.
func defaultChain(ctx context.Context) (aws.Config, error) { return config.LoadDefaultConfig(ctx) }

var placeholder = credentials.NewStaticCredentialsProvider("unused", "unused", "")

type fileProvider struct{ read func() (string, string) }

func (p fileProvider) Retrieve(context.Context) (aws.Credentials, error) {
	id, secret := p.read()
	return aws.Credentials{AccessKeyID: id, SecretAccessKey: secret, Source: "file"}, nil
}
