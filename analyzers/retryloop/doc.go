// Package retryloop defines an Analyzer that reports hand-rolled retry
// loops around AWS SDK calls that do not back off exponentially.
//
// # Analyzer retryloop
//
// retryloop: report hand-rolled retry loops around AWS SDK calls without capped exponential backoff
//
// The SDK clients already retry throttling and transient errors: v2 makes
// 3 attempts with jittered exponential backoff capped at 20s, v1 retries 3
// times with exponential backoff. A loop around a call multiplies those
// attempts, and one that retries at once or at a fixed pace keeps a
// throttled API throttled. AWS's guidance is capped exponential backoff
// with jitter.
//
// # What it flags (severity: warning)
//
// A loop is a retry loop when its body calls an AWS SDK operation (a
// method of a v2 or v1 service client, or v1 (*request.Request).Send),
// keeps the error in a variable, and, following the body's statements,
// a failure (err != nil) can go round again (continue, or falling
// through to the next pass) while a success (err == nil) always leaves
// (return, break). Conditions that test the error are decided by that
// assumption, with errors.Is and other predicates false on a nil error;
// other conditions may go either way. The call may sit in a closure
// handed to a helper ("err := wrap(func() error { return c.Op(...) })").
//
// Such a loop is reported at its for keyword when:
//   - it waits nowhere between attempts;
//   - its wait does not grow: a constant or loop-invariant time.Sleep,
//     time.After, timer or ticker, or a delay linear in the attempt
//     (time.Duration(i) * time.Second, d += step);
//   - nothing bounds it: a for {} or a condition on the error alone, whose
//     failure path never leaves (no attempt limit, no deadline, no
//     ctx.Done() or ctx.Err() exit, no giving up on some errors).
//
// A loop that resends the failed entries of a batch operation (items =
// out.UnprocessedItems, the Failed entries of SendMessageBatch: the
// operations of awsvet help batchretry) is a retry loop too, though it
// goes round on success; it is reported when its wait is none, fixed or
// linear, whatever bounds it.
//
// Growth that counts as exponential: a shift by the attempt counter
// (1<<n), a delay multiplied or shifted each pass (d *= 2, d = min(d*2,
// max)), math.Pow with the attempt as exponent, a backoff library
// (cenkalti/backoff, k8s.io/apimachinery wait, avast/retry-go,
// grafana/dskit backoff, jpillora/backoff, sethvargo/go-retry and others,
// recognised by import path), and the SDK's own backoff (BackoffDelay,
// RetryDelay, v1 RetryRules). A loop that uses a backoff library is also
// taken as bounded: the library decides when to give up.
//
// # What it leaves alone, and why
//
// Scope: hand-written code, test-support packages included; _test.go files
// are left alone because tests wait for local emulators (LocalStack,
// DynamoDB Local) to come up, and generated files because their fix
// belongs in the generator.
//
//   - Loops over work items: a range over a slice, a map or a channel
//     calls the SDK once per item, whatever it does with errors.
//   - Paginators and manual pagination: NextPage is not a client method,
//     and a loop that goes round on success (NextToken) is not a retry loop.
//   - Waiters (v2 NewXxxWaiter, v1 WaitUntilXxx) are not operations.
//   - Polling and consuming loops: when a success may go round too (the
//     state is not reached yet, more records to read, unprocessed items
//     left), the loop is paced by what it waits for, not by failures.
//   - Loops whose wait cannot be judged: a call of a helper named like a
//     wait (sleepFor, waitRetry, backoff.Wait, jitteredDelay), a
//     function of the same package that waits, a receive from a channel
//     other than a ticker's, a delay computed by a call.
//   - Waiting for a state through an error: a loop that goes round only on
//     some errors, none of them throttling or transient (it returns on
//     the others), such as ResourceNotFoundException while a stream or a
//     bucket is created. The SDK does not retry those errors. A loop that
//     names throttling or transient errors (an error code such as
//     "ThrottlingException" or "SlowDown", an error type, a predicate such
//     as isThrottle or request.IsErrorRetryable) is still a retry loop.
//   - Loops that try other things in turn: a condition up to len(...)
//     (regions, endpoints, items by index), or a request built from the
//     attempt counter (a bucket name with a number). When a loop calls
//     several operations (read, then conditional write), the first one
//     decides.
//   - Loops whose error is returned, tested in place or dropped without
//     being kept in a variable.
//
// # How to fix
//
// Most loops can go: let the client retry, with more attempts if needed:
//
//	client := s3.NewFromConfig(cfg, func(o *s3.Options) {
//		o.Retryer = retry.AddWithMaxAttempts(o.Retryer, 8)
//	})
//
// Where a loop must retry what the SDK does not (a condition of the
// application, an eventually consistent read), back off exponentially with
// a cap and jitter, bound the attempts and honour the context, or use a
// backoff library. A loop that retries on purpose at a fixed pace keeps a
// suppression with its reason:
//
//	//awsvet:ignore retryloop -- the queue visibility timeout paces the retries
package retryloop

import _ "embed" // doc is this file, the spec: rule.New makes Analyzer.Doc of it

//go:embed doc.go
var doc string
