// Fixtures for retryconfig: retries turned off by the program's user
// (issue 17 class 3). A "no retries" setting that a run-time value selects
// (a config field, a flag, an environment variable, a parameter) is the
// option working; one the code decides on its own stays a finding.
package retryconfig

import (
	"context"
	"flag"
	"log"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	awsv1 "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
	"github.com/aws/aws-sdk-go/aws/request"
	"github.com/aws/aws-sdk-go/aws/session"
	sqsv1 "github.com/aws/aws-sdk-go/service/sqs"
)

// clientConfig is a program's configuration file section, as CLIs and
// exporters load it from YAML.
type clientConfig struct {
	Region         string
	DisableRetries bool
	MaxRetries     int
	RetryMode      string
	Verbose        bool
}

// Negative: a config field selects the documented "no retries" mode.
func s3FromConfig(cfg aws.Config, cc clientConfig) *s3.Client {
	return s3.NewFromConfig(cfg, func(o *s3.Options) {
		if cc.DisableRetries {
			o.Retryer = aws.NopRetryer{}
		}
	})
}

// Negative: a --no-retry command-line flag.
var noRetry = flag.Bool("no-retry", false, "fail on the first error instead of retrying")

func loadForCLI(ctx context.Context) (aws.Config, error) {
	var opts []func(*config.LoadOptions) error
	if *noRetry {
		opts = append(opts, config.WithRetryMaxAttempts(1))
	}
	return config.LoadDefaultConfig(ctx, opts...)
}

// Negative: an environment variable.
func fromEnvironment(cfg aws.Config) aws.Config {
	if os.Getenv("APP_AWS_NO_RETRY") == "true" {
		cfg.RetryMaxAttempts = 1
	}
	return cfg
}

// Negative: the options pattern, WithRetries(n), where 0 means no retries;
// the count itself is a run-time value.
type queueOptions struct{ retries int }

type QueueOption func(*queueOptions)

func WithRetries(n int) QueueOption { return func(o *queueOptions) { o.retries = n } }

func newQueueClient(ctx context.Context, opts ...QueueOption) (*sqs.Client, error) {
	o := queueOptions{retries: 3}
	for _, opt := range opts {
		opt(&o)
	}
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRetryer(func() aws.Retryer {
		if o.retries == 0 {
			return aws.NopRetryer{}
		}
		return retry.AddWithMaxAttempts(retry.NewStandard(), o.retries+1)
	}))
	if err != nil {
		return nil, err
	}
	return sqs.NewFromConfig(cfg), nil
}

// Negative: a switch on a configured mode.
func retryerForMode(cc clientConfig) aws.Retryer {
	switch cc.RetryMode {
	case "off":
		return aws.NopRetryer{}
	case "adaptive":
		return retry.NewAdaptiveMode()
	default:
		return retry.NewStandard()
	}
}

// Negative: a parameter decides, through an early return.
func retryerFor(maxRetries int) aws.Retryer {
	if maxRetries > 0 {
		return retry.AddWithMaxAttempts(retry.NewStandard(), maxRetries+1)
	}
	return aws.NopRetryer{}
}

// Positive: the error test chooses nothing about retries: after it, the
// code turns them off on its own.
func afterErrorCheck(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.Retryer = aws.NopRetryer{} // want `retry setting aws\.NopRetryer disables retries`
	}), nil
}

// Positive: a default picked when nothing was set is the code's decision.
func defaultRetryer(o *s3.Options) {
	if o.Retryer == nil {
		o.Retryer = aws.NopRetryer{} // want `retry setting aws\.NopRetryer disables retries`
	}
}

// Positive: a constant condition is decided in the code.
const failFast = true

func constantChoice(ctx context.Context) (aws.Config, error) {
	if failFast {
		return config.LoadDefaultConfig(ctx, config.WithRetryMaxAttempts(1)) // want `config\.WithRetryMaxAttempts\(1\) disables`
	}
	return config.LoadDefaultConfig(ctx)
}

// Positive: a run-time if that does not leave selects nothing after it.
func afterUnrelatedIf(cfg aws.Config, cc clientConfig) aws.Config {
	if cc.Verbose {
		log.Print("loading the AWS configuration")
	}
	cfg.RetryMaxAttempts = 1 // want `RetryMaxAttempts = 1 disables`
	return cfg
}

// Negative (v1): a config field turns MaxRetries to 0.
func v1FromConfig(cc clientConfig) (*session.Session, error) {
	awsCfg := awsv1.NewConfig().WithRegion(cc.Region)
	if cc.DisableRetries {
		awsCfg.MaxRetries = awsv1.Int(0)
	}
	return session.NewSession(awsCfg)
}

// Negative (v1): a flag selects the no-op retryer, or the count it gives.
var v1Retries = flag.Int("retries", 3, "retries per request, 0 to fail at once")

func v1ForCLI(sess *session.Session) *sqsv1.SQS {
	cfg := awsv1.NewConfig()
	if *v1Retries == 0 {
		cfg = request.WithRetryer(cfg, client.NoOpRetryer{})
	} else {
		cfg = cfg.WithMaxRetries(*v1Retries)
	}
	return sqsv1.New(sess, cfg)
}

// Negative (v1): a parameter selects WithMaxRetries(0).
func v1Client(sess *session.Session, retries bool) *sqsv1.SQS {
	if !retries {
		return sqsv1.New(sess, awsv1.NewConfig().WithMaxRetries(0))
	}
	return sqsv1.New(sess)
}

// Positive (v1): the no-op retryer, decided in the code.
func v1NoOp(sess *session.Session) *sqsv1.SQS {
	return sqsv1.New(sess, request.WithRetryer(awsv1.NewConfig(), client.NoOpRetryer{})) // want `retry setting client\.NoOpRetryer disables retries: keep the default 3 retries unless the caller retries`
}

// Positive (v1): after an error test, retries off all the same.
func v1AfterErrorCheck() (*sqsv1.SQS, error) {
	sess, err := session.NewSession()
	if err != nil {
		return nil, err
	}
	return sqsv1.New(sess, &awsv1.Config{MaxRetries: awsv1.Int(0)}), nil // want `MaxRetries: aws\.Int\(0\) disables`
}

// Positive: a guard about something else chooses nothing about retries:
// the command-line tool turns them off whatever its user asks.
var showVersion = flag.Bool("version", false, "print the version and exit")

func loadAfterVersionFlag(ctx context.Context) (aws.Config, error) {
	if *showVersion {
		log.Print("v1.0.0")
		return aws.Config{}, nil
	}
	return config.LoadDefaultConfig(ctx, config.WithRetryMaxAttempts(1)) // want `config\.WithRetryMaxAttempts\(1\) disables`
}
