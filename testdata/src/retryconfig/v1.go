// Fixtures for retryconfig with aws-sdk-go (v1).
package retryconfig

import (
	"time"

	awsv1 "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
	"github.com/aws/aws-sdk-go/aws/request"
	"github.com/aws/aws-sdk-go/aws/session"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"
)

// Positive: no retries on the config literal.
func v1NoRetries() *session.Session {
	return session.Must(session.NewSession(&awsv1.Config{
		Region:     awsv1.String("us-east-1"),
		MaxRetries: awsv1.Int(0), // want `retry setting MaxRetries: aws\.Int\(0\) disables retries: keep the default 3 retries unless the caller retries`
	}))
}

// Positive: the chained setter, and an assignment.
func v1WithMaxRetries(sess *session.Session) *s3v1.S3 {
	cfg := awsv1.NewConfig().WithMaxRetries(0) // want `WithMaxRetries\(0\) disables`
	cfg.MaxRetries = awsv1.Int(-2)             // want `MaxRetries: aws.Int\(-2\) disables`
	return s3v1.New(sess, cfg)
}

// Positive: DefaultRetryer's zero value retries nothing.
func v1DefaultRetryers(cfg *awsv1.Config) []*awsv1.Config {
	return []*awsv1.Config{
		request.WithRetryer(cfg.Copy(), client.DefaultRetryer{}),                 // want `client.DefaultRetryer without NumMaxRetries disables`
		request.WithRetryer(cfg.Copy(), client.DefaultRetryer{NumMaxRetries: 0}), // want `client.DefaultRetryer\{NumMaxRetries: 0\} disables`
		request.WithRetryer(cfg.Copy(), client.DefaultRetryer{ // want `client.DefaultRetryer without NumMaxRetries disables`
			MinRetryDelay: time.Second,
		}),
	}
}

// Positive: a nil retryer is replaced by one that does not retry.
func v1NilRetryer(cfg *awsv1.Config) *awsv1.Config {
	return request.WithRetryer(cfg, nil) // want `request.WithRetryer\(cfg, nil\) disables`
}

// Negative: the service default, more retries, run-time values.
func v1Fine(sess *session.Session, maxRetries int) []*s3v1.S3 {
	return []*s3v1.S3{
		s3v1.New(sess, &awsv1.Config{MaxRetries: awsv1.Int(awsv1.UseServiceDefaultRetries)}),
		s3v1.New(sess, awsv1.NewConfig().WithMaxRetries(5)),
		s3v1.New(sess, &awsv1.Config{MaxRetries: awsv1.Int(maxRetries)}),
		s3v1.New(sess, awsv1.NewConfig().WithMaxRetries(maxRetries)),
	}
}

// Negative: a DefaultRetryer with retries and throttle delays, as
// hashicorp/aws-sdk-go-base builds it.
func v1CustomRetryer(cfg *awsv1.Config, maxRetries int) *awsv1.Config {
	return request.WithRetryer(cfg, client.DefaultRetryer{
		NumMaxRetries:    maxRetries,
		MinThrottleDelay: 500 * time.Millisecond,
	})
}

// Negative: the SDK's default retryer constant.
func v1DefaultConstant(cfg *awsv1.Config) *awsv1.Config {
	return request.WithRetryer(cfg, client.DefaultRetryer{NumMaxRetries: client.DefaultRetryerMaxNumRetries})
}

// Negative: retries off while the session resolves credentials, then set
// again, as hashicorp/aws-sdk-go-base's v1 shim does.
func v1RetriesRestored(maxAttempts int) (*session.Session, error) {
	sess, err := session.NewSessionWithOptions(session.Options{
		Config: awsv1.Config{MaxRetries: awsv1.Int(0)},
	})
	if err != nil {
		return nil, err
	}
	return sess.Copy(&awsv1.Config{MaxRetries: awsv1.Int(maxAttempts)}), nil
}

// Positive: set again, but to no retries either.
func v1RetriesStillOff() (*session.Session, error) {
	sess, err := session.NewSessionWithOptions(session.Options{
		Config: awsv1.Config{MaxRetries: awsv1.Int(0)}, // want `MaxRetries: aws.Int\(0\) disables`
	})
	if err != nil {
		return nil, err
	}
	return sess.Copy(awsv1.NewConfig().WithMaxRetries(0)), nil // want `WithMaxRetries\(0\) disables`
}

// Negative: the documented defaults, and a custom retryer embedding
// DefaultRetryer with retries set.
type throttleRetryer struct{ client.DefaultRetryer }

func v1Defaults() *awsv1.Config {
	cfg := awsv1.NewConfig().WithMaxRetries(awsv1.UseServiceDefaultRetries)
	return request.WithRetryer(cfg, throttleRetryer{client.DefaultRetryer{NumMaxRetries: 10}})
}
