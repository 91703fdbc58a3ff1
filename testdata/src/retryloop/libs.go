// Fixtures for retryloop: loops that use a backoff library or helper.
package retryloop

import (
	"context"
	"errors"
	"time"

	retrygo "github.com/avast/retry-go/v4"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/cenkalti/backoff/v4"
)

// Negative: cenkalti/backoff's exponential backoff drives the loop.
func cenkaltiLoop(ctx context.Context, c *s3.Client, in *s3.GetObjectInput) (*s3.GetObjectOutput, error) {
	b := backoff.NewExponentialBackOff()
	for {
		out, err := c.GetObject(ctx, in)
		if err == nil {
			return out, nil
		}
		d := b.NextBackOff()
		if d == backoff.Stop {
			return nil, err
		}
		time.Sleep(d)
	}
}

// Negative: cenkalti/backoff.Retry around the call, no loop of ours.
func cenkaltiRetry(ctx context.Context, c *s3.Client, in *s3.PutObjectInput) error {
	return backoff.Retry(func() error {
		_, err := c.PutObject(ctx, in)
		return err
	}, backoff.WithContext(backoff.NewExponentialBackOff(), ctx))
}

// Negative: avast/retry-go with exponential delays.
func retryGo(ctx context.Context, c *s3.Client, in *s3.HeadObjectInput) error {
	return retrygo.Do(func() error {
		_, err := c.HeadObject(ctx, in)
		return err
	}, retrygo.Attempts(5), retrygo.DelayType(retrygo.BackOffDelay), retrygo.Context(ctx))
}

// Negative: a loop whose error comes through an instrumentation wrapper
// and whose waits come from a backoff helper with Ongoing/Wait, as Loki's
// DynamoDB client and dskit's backoff write it.
type expBackoff struct {
	ctx     context.Context
	retries int
	delay   time.Duration
}

func (b *expBackoff) Ongoing() bool { return b.ctx.Err() == nil && b.retries < 10 }

func (b *expBackoff) Wait() {
	b.retries++
	time.Sleep(b.delay << b.retries)
}

func instrumented(ctx context.Context, op string, f func(context.Context) error) error { return f(ctx) }

func wrappedCall(ctx context.Context, c *s3.Client, in *s3.PutObjectInput) error {
	b := &expBackoff{ctx: ctx, delay: 100 * time.Millisecond}
	var err error
	for b.Ongoing() {
		err = instrumented(ctx, "S3.PutObject", func(ctx context.Context) error {
			_, err := c.PutObject(ctx, in)
			return err
		})
		if err == nil {
			return nil
		}
		b.Wait()
	}
	return err
}

// Positive: the same wrapper, retried at once.
func wrappedNoDelay(ctx context.Context, c *s3.Client, in *s3.PutObjectInput) error {
	var err error
	for i := 0; i < 3; i++ { // want `loop retries s3\.Client\.PutObject with no delay: configure the SDK retryer or back off exponentially`
		err = instrumented(ctx, "S3.PutObject", func(ctx context.Context) error {
			_, err := c.PutObject(ctx, in)
			return err
		})
		if err == nil {
			return nil
		}
	}
	return err
}

// Negative: the SDK's own jittered exponential backoff computes the delay.
func sdkBackoff(ctx context.Context, c *s3.Client, in *s3.GetObjectInput) error {
	delayer := retry.NewExponentialJitterBackoff(20 * time.Second)
	for attempt := 1; attempt <= 5; attempt++ {
		_, err := c.GetObject(ctx, in)
		if err == nil {
			return nil
		}
		d, derr := delayer.BackoffDelay(attempt, err)
		if derr != nil {
			return derr
		}
		time.Sleep(d)
	}
	return errors.New("gave up")
}
