// Package tables wraps DynamoDB's DescribeTable for the waiters fixtures:
// a wrapper of another package is not read through.
package tables

import (
	"context"
	"math/rand"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ddbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Active reports whether the table is ACTIVE.
func Active(ctx context.Context, c *dynamodb.Client, name string) (bool, error) {
	out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
	if err != nil {
		return false, err
	}
	return out.Table.TableStatus == ddbtypes.TableStatusActive, nil
}

// Between returns a random duration in [lo, hi): a delay that does not
// grow with the attempt (terragrunt's util.GetRandomTime).
func Between(lo, hi time.Duration) time.Duration {
	if hi <= lo {
		return lo
	}
	return lo + time.Duration(rand.Int63n(int64(hi-lo)))
}

// Next returns the next delay of a growing backoff: a call of another
// package whose body is not read, given the attempt.
func Next(attempt int) time.Duration {
	return time.Duration(1<<attempt) * time.Second
}

// Pacer keeps its own state between calls: what its method returns may grow.
type Pacer struct{ d time.Duration }

// Next doubles the delay each call.
func (p *Pacer) Next() time.Duration {
	p.d *= 2
	return p.d
}

// Poll calls cond every interval until it is done: a poll helper of
// another package, taken at its name.
func Poll(interval time.Duration, cond func() (bool, error)) error {
	for {
		if done, err := cond(); err != nil || done {
			return err
		}
		time.Sleep(interval)
	}
}

// RetryWithBackoff calls cond until it is done, doubling the delay from
// initial: its name says the delay grows.
func RetryWithBackoff(initial time.Duration, cond func() (bool, error)) error {
	for d := initial; ; d *= 2 {
		if done, err := cond(); err != nil || done {
			return err
		}
		time.Sleep(d)
	}
}

// Audit records err somewhere and returns it: work, though it returns an
// error.
func Audit(err error) error {
	audited = append(audited, err)
	return err
}

var audited []error

// Mark records a table's readiness: two values in, work.
func Mark(name string, ready bool) bool {
	marks[name] = ready
	return ready
}

var marks = map[string]bool{}
