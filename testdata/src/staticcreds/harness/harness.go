// Package harness is the non-test code of a record/replay harness: a
// program that records real AWS calls into cassettes and replays them in
// CI, where the recorded requests are matched without credentials. It is
// not a test-support package (no "testing" import, no helper name), so
// only the values a provider holds decide. The key-shaped values are
// random strings made for these tests, not real credentials.
package harness

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	v1aws "github.com/aws/aws-sdk-go/aws"
	v1creds "github.com/aws/aws-sdk-go/aws/credentials"
	"github.com/aws/aws-sdk-go/aws/session"
)

// Mode is the cassette mode, as VCR libraries name them.
type Mode int

const (
	ModeRecord Mode = iota
	ModeReplay
)

// CurrentMode reads the mode the harness was started in.
func CurrentMode() Mode {
	if os.Getenv("HARNESS_RECORD") != "" {
		return ModeRecord
	}
	return ModeReplay
}

// Negative: placeholder keys (a short key ID and fake words) only in the
// replay branch; recording uses the default chain.
func LoadConfig(ctx context.Context) (aws.Config, error) {
	if CurrentMode() == ModeReplay {
		return config.LoadDefaultConfig(ctx,
			config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("AKIAFAKE", "fake", "")))
	}
	return config.LoadDefaultConfig(ctx)
}

// Negative: v1, a temporary key ID imitated the same way, with a fake
// session token.
func NewSession() (*session.Session, error) {
	cfg := v1aws.NewConfig().WithRegion("us-east-1")
	if CurrentMode() == ModeReplay {
		cfg = cfg.WithCredentials(v1creds.NewStaticCredentials("ASIAFAKE", "fake-secret", "fake-session-token"))
	}
	return session.NewSession(cfg)
}

// Negative: the provider as a literal, fakes in every field.
func replayProvider() aws.CredentialsProvider {
	return credentials.StaticCredentialsProvider{Value: aws.Credentials{
		AccessKeyID:     "AKIA_FAKE_KEY",
		SecretAccessKey: "fakeSecretAccessKey",
	}}
}

// Positive: a real-looking key pair in the replay branch is a key in code
// whatever the branch: it ships with the harness.
func LoadReplayWithKey(ctx context.Context) (aws.Config, error) {
	if CurrentMode() == ModeReplay {
		return config.LoadDefaultConfig(ctx,
			config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("AKIAQ3EGRHDSVZB7XY2M", "h7Fq2Lz9Xw4Kp1Vb8Nc3Rt6Ym0Ud5Se2Ja7Gi4Ho", ""))) // want `credentials\.NewStaticCredentialsProvider hardcodes AWS credentials AKIA…7XY2M, h7…\(40 chars\): rotate them and use the default chain`
	}
	return config.LoadDefaultConfig(ctx)
}

// Positive: a fake key ID does not excuse a real-looking secret.
func halfFake() *v1creds.Credentials {
	return v1creds.NewStaticCredentials("AKIAFAKE", "B5Uvoad+/q5QTxD5vfX3r1HDY0hWokTpXtZVuRT9", "") // want `credentials\.NewStaticCredentials hardcodes AWS credentials AK…\(8 chars\), B5…\(40 chars\): rotate them and use the default chain`
}

// Positive: a short key ID whose body is random, not a placeholder word.
var shortRandom = credentials.NewStaticCredentialsProvider("AKIAQ7ZK3M5V", "fake", "") // want `credentials\.NewStaticCredentialsProvider hardcodes AWS credentials .*: rotate them and use the default chain`
