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
// method of a v2 or v1 service client, v1 (*request.Request).Send, or a
// method of an interface that wraps a client: named as the operation and
// taking its *<Op>Input, as v1's ec2iface.EC2API or a project's own
// wrapper for tests),
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
// A consumer or poll loop (its success goes round too: more messages,
// more records) is not a retry loop, but it is reported at its for keyword
// when its error path goes round at once: a lasting error (AccessDenied, a
// deleted queue, an expired shard iterator) is then sent again as fast as
// it fails, for as long as the program runs, and floods the log; the
// SDK's retryer does not help, as the loop starts its attempts over. The
// loop is reported when all of these hold:
//   - nothing in its header bounds it: no condition, or one that tests a
//     flag or the context (for ctx.Err() == nil) rather than comparing a
//     count or a time (for i := 0; i < 3; i++ ends by itself);
//   - the first test of the call's error, with no other call storing into
//     err before it, is "if err != nil { ...; continue }", and nothing in
//     that branch leaves (a return or break on some errors means the loop
//     tells them apart);
//   - nothing waits on the error path: not in the loop header, not before
//     the branch in the pass (a ticker at the top), not in the branch (a
//     sleep, a wait on ctx.Done() or a timer, a channel send, a helper
//     named like a wait or a function of the package that waits). Waits
//     after the branch pace the success path only;
//   - the next pass sends the same request: the call uses no variable that
//     a failing pass sets to a new value (the next item of a queue, a
//     fresh shard iterator's field, is other work). Values built again
//     from constants and the SDK's helpers, and a context made per pass,
//     are the same request.
//
// A long poll (SQS ReceiveMessage with WaitTimeSeconds, Kinesis
// SubscribeToShard) does not pace the error path: the server holds a
// request that succeeds, but an error comes back at once, so such loops
// are reported too.
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
//     left), the loop is paced by what it waits for, not by failures;
//     only an error path that goes round at once is reported (above).
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
//   - A protocol's polling: a loop that goes round only on some errors,
//     among them one that answers "not yet" (a name with "pending", such
//     as SSO OIDC's AuthorizationPendingException or RFC 8628's
//     authorization_pending), waits for a state even when it names a
//     throttling error too: in the OAuth device authorization grant the
//     token poll goes round until a person approves the sign-in, and
//     SlowDownException adds the fixed 5 s the RFC asks for. Likewise any
//     loop whose wait lasts as long as the service said: a duration
//     computed, in the function around the loop, from a field of an SDK
//     response or error (StartDeviceAuthorization's Interval, a
//     RetryAfterSeconds). Such loops wait for a person or go at the
//     service's pace; backing off exponentially would only make them
//     slower. A loop that goes round on every error at a pace of its own
//     (a poll interval of its settings) is still reported.
//   - Loops that try other things in turn: a condition up to len(...)
//     (regions, endpoints, items by index), or a request built from the
//     attempt counter (a bucket name with a number). A length compared
//     with a constant (len(ids) > 0 beside an attempt limit) only asks
//     whether work is left, and a work list trimmed by what the error
//     names (a missing ID dropped) is not a test of the error: such a
//     loop is a retry like any other. When a loop calls
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
// backoff library. In a consumer loop, wait on the error path, longer
// while the errors last and reset after a success, and stop on errors
// that will not go away (access denied, a missing queue). A loop that
// retries on purpose at a fixed pace keeps a suppression with its reason:
//
//	//awsvet:ignore retryloop -- the queue visibility timeout paces the retries
package retryloop

import (
	_ "embed" // doc is this file, the spec: rule.New makes Analyzer.Doc of it

	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

//go:embed doc.go
var doc string

// Rule is the rule declared beside its spec: severity, CWE, the packages
// it applies to and the scope it leaves alone. Analyzer stays a
// package-level variable, as nogo needs.
var Rule = rule.New(rule.Spec{Name: "retryloop", Doc: doc, Severity: report.Warning, Applies: sdk.ImportsSDK, Run: run})
var Analyzer = Rule.Analyzer
