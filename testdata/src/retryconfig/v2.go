// Fixtures for retryconfig with aws-sdk-go-v2.
package retryconfig

import (
	"context"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/ratelimit"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sts"
)

// Positive: the no-op retryer as the config's retryer factory.
func nopRetryerFactory(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, config.WithRetryer(func() aws.Retryer {
		return aws.NopRetryer{} // want `retry setting aws\.NopRetryer disables retries: keep the default 3 attempts unless the caller retries`
	}))
}

// Positive: the no-op retryer on a client's options.
func nopRetryerOption(cfg aws.Config) *s3.Client {
	return s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.Retryer = &aws.NopRetryer{} // want `retry setting aws\.NopRetryer disables retries: keep the default 3 attempts unless the caller retries`
	})
}

// Positive: one attempt through the load option.
func oneAttempt(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, config.WithRetryMaxAttempts(1)) // want `retry setting config\.WithRetryMaxAttempts\(1\) disables retries: keep the default 3 attempts unless the caller retries`
}

// Positive: one attempt on aws.Config and on a client's Options literal.
func oneAttemptFields(cfg aws.Config) *sts.Client {
	cfg.RetryMaxAttempts = 1 // want `retry setting RetryMaxAttempts = 1 disables retries: keep the default 3 attempts unless the caller retries`
	return sts.New(sts.Options{
		Region:           cfg.Region,
		RetryMaxAttempts: 1, // want `RetryMaxAttempts = 1 disables`
	})
}

// Positive: a negative maximum makes retries unbounded.
func negativeAttempts(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, config.WithRetryMaxAttempts(-1)) // want `retry setting config\.WithRetryMaxAttempts\(-1\) makes retries unbounded: set a bound, or 0 for the default 3 attempts`
}

// Positive: AddWithMaxAttempts takes 1, 0 and negative values as they are.
func addWithMaxAttempts() []aws.Retryer {
	return []aws.Retryer{
		retry.AddWithMaxAttempts(retry.NewStandard(), 1),  // want `retry.AddWithMaxAttempts\(r, 1\) disables`
		retry.AddWithMaxAttempts(retry.NewStandard(), 0),  // want `retry.AddWithMaxAttempts\(r, 0\) makes retries unbounded: set a bound, such as the default 3 attempts$`
		retry.AddWithMaxAttempts(retry.NewStandard(), -5), // want `retry.AddWithMaxAttempts\(r, -5\) makes retries unbounded`
	}
}

// Positive: the standard retryer built for one attempt.
func standardOneAttempt() aws.Retryer {
	return retry.NewStandard(func(o *retry.StandardOptions) {
		o.MaxAttempts = 1 // want `StandardOptions.MaxAttempts = 1 disables`
	})
}

// Positive: no backoff between attempts.
func noBackoff() []aws.Retryer {
	return []aws.Retryer{
		retry.AddWithMaxBackoffDelay(retry.NewStandard(), 0), // want `retry setting retry\.AddWithMaxBackoffDelay\(r, 0\) removes the backoff between retries: keep the default 20s cap or set a positive maximum`
		retry.NewStandard(func(o *retry.StandardOptions) {
			o.MaxBackoff = 0 // want `StandardOptions.MaxBackoff = 0 removes the backoff`
		}),
	}
}

// Positive: RetryMode in an option function comes too late.
func modeInOptionFunc(cfg aws.Config) *s3.Client {
	return s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.RetryMode = aws.RetryModeAdaptive // want `setting RetryMode in a client option function does nothing: use config\.WithRetryMode, or set Retryer here`
	})
}

// Positive: the same, in a named option function and per operation.
func withAdaptive(o *s3.Options) {
	o.RetryMode = aws.RetryModeAdaptive // want `setting RetryMode in a client option function does nothing`
}

func perOperation(ctx context.Context, c *s3.Client) error {
	_, err := c.ListBuckets(ctx, &s3.ListBucketsInput{}, func(o *s3.Options) {
		o.RetryMode = aws.RetryModeAdaptive // want `setting RetryMode in a client option function does nothing`
	})
	return err
}

// Positive: one shared retryer handed to every client.
func sharedRetryer(ctx context.Context) (aws.Config, error) {
	shared := retry.NewStandard()
	return config.LoadDefaultConfig(ctx, config.WithRetryer(func() aws.Retryer {
		return shared // want `the Retryer factory returns the shared retryer shared, so its clients share one retry quota: build a new retryer inside`
	}))
}

var packageRetryer aws.Retryer = retry.NewAdaptiveMode()

func sharedOnConfig(cfg aws.Config) aws.Config {
	cfg.Retryer = func() aws.Retryer {
		return packageRetryer // want `the Retryer factory returns the shared retryer packageRetryer, so its clients share one retry quota: build a new retryer inside`
	}
	return cfg
}

// Negative: the documented way: a new standard retryer per client, more attempts.
func moreAttempts(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, config.WithRetryer(func() aws.Retryer {
		return retry.AddWithMaxAttempts(retry.NewStandard(), 5)
	}))
}

// Negative: longer backoff, as aws-doc-sdk-examples configure it.
func longerBackoff(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, config.WithRetryer(func() aws.Retryer {
		return retry.AddWithMaxBackoffDelay(retry.NewStandard(), 5*time.Second)
	}))
}

// Negative: 0 means the default; 2 or more; adaptive mode on the config.
func defaultsAndModes(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx,
		config.WithRetryMaxAttempts(0),
		config.WithRetryMaxAttempts(10),
		config.WithRetryMode(aws.RetryModeAdaptive),
	)
}

// Negative: values from configuration are not known.
type settings struct{ MaxRetries int }

func fromSettings(ctx context.Context, s settings) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx,
		config.WithRetryMaxAttempts(s.MaxRetries),
		config.WithRetryer(func() aws.Retryer {
			return retry.AddWithMaxAttempts(retry.NewStandard(), s.MaxRetries)
		}),
	)
}

// Negative: RetryMode on the Options literal passed to New is read, and
// RetryMaxAttempts and Retryer set in an option function take effect.
func modeOnOptions(cfg aws.Config) []*s3.Client {
	return []*s3.Client{
		s3.New(s3.Options{Region: cfg.Region, RetryMode: aws.RetryModeAdaptive, RetryMaxAttempts: 5}),
		s3.NewFromConfig(cfg, func(o *s3.Options) {
			o.RetryMaxAttempts = 8
			o.Retryer = retry.AddWithMaxAttempts(o.Retryer, 8)
		}),
	}
}

// Negative: options built by a function that returns them (not an option
// function), so RetryMode is read by New.
func buildOptions(region string) s3.Options {
	var o s3.Options
	o.Region = region
	o.RetryMode = aws.RetryModeAdaptive
	return o
}

// Negative: a resolver called directly before New, as the SDK's own
// generated resolveRetryer(&o) does: RetryMode is set before the retryer
// is built.
func resolveMode(o *s3.Options) {
	if len(o.RetryMode) == 0 {
		o.RetryMode = aws.RetryModeStandard
	}
}

func newResolved(region string) *s3.Client {
	o := s3.Options{Region: region}
	resolveMode(&o)
	return s3.New(o)
}

// Negative: StandardOptions tuned, not crippled; 0 or less is replaced by the default.
func tunedStandard() aws.Retryer {
	return retry.NewStandard(func(o *retry.StandardOptions) {
		o.MaxAttempts = 0
		o.MaxBackoff = 30 * time.Second
		o.RateLimiter = ratelimit.None
	})
}

// Negative: a factory that builds its retryer inside, from a captured setting.
func factoryWithCapturedSetting(ctx context.Context) (aws.Config, error) {
	maxAttempts := 6
	return config.LoadDefaultConfig(ctx, config.WithRetryer(func() aws.Retryer {
		r := retry.NewStandard(func(o *retry.StandardOptions) { o.MaxAttempts = maxAttempts })
		return r
	}))
}

// Negative: a deliberate single attempt, kept with a reason.
func deliberate(ctx context.Context) (aws.Config, error) {
	//awsvet:ignore retryconfig -- the SQS consumer redelivers; retrying here would double the attempts
	return config.LoadDefaultConfig(ctx, config.WithRetryMaxAttempts(1))
}

// Negative: explicit defaults and generous settings.
func explicitDefaults(ctx context.Context) (aws.Config, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRetryMode(aws.RetryModeStandard))
	cfg.RetryMaxAttempts = 0
	return cfg, err
}

// Negative: a longer cap, a standard retryer with the default reset, and
// an adaptive retryer with more attempts.
func capsAndAdaptive() []aws.Retryer {
	return []aws.Retryer{
		retry.AddWithMaxBackoffDelay(retry.NewStandard(), time.Minute),
		retry.NewStandard(func(o *retry.StandardOptions) { o.MaxAttempts = -1 }),
		retry.NewAdaptiveMode(func(o *retry.AdaptiveModeOptions) {
			o.StandardOptions = append(o.StandardOptions, func(so *retry.StandardOptions) { so.MaxAttempts = 5 })
		}),
	}
}
