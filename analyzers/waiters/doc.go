// Package waiters defines an Analyzer that reports loops polling an AWS
// resource's state by hand where the SDK ships a waiter for it.
//
// # Analyzer waiters
//
// waiters: report hand-rolled polling loops with a fixed or no delay where the SDK ships a waiter for the operation (v2 New…Waiter, v1 WaitUntil…)
//
// Code that creates a table, a stack or an instance often waits for it in
// a loop: describe, test the status, sleep a few seconds, again. The SDK
// ships waiters for these waits, generated from the service's own model:
// they test the documented success and failure states (a stack in
// ROLLBACK_COMPLETE stops the wait with an error instead of polling on
// until a timeout), take a context and bound the wait. v2 waiters also
// back off exponentially with jitter between a minimum and a maximum
// delay; v1 waiters poll at the service's recommended interval with a
// maximum of attempts. A hand-rolled loop spends the account's request
// quota at its own fixed pace (CWE-1050, excessive platform resource
// consumption within a loop: describe calls are throttled per account,
// and every poller of the account shares that budget), often polls on
// forever when the resource fails, and repeats what the waiter does.
//
// # What it flags (severity: warning)
//
// A for loop (or a range over an integer) that:
//   - calls an operation of a service client, v2 or v1 (Op or
//     OpWithContext), or of an interface that wraps one (the SDK's
//     <Op>APIClient, v1 <svc>iface, a project's own for its mocks: a
//     method named as the operation that takes its *<Op>Input), and
//     keeps its output in a variable;
//   - leaves or goes round depending on a field of that output, directly
//     or through a variable computed from it (*out.Table.TableStatus ==
//     types.TableStatusActive, out.Stacks[0].StackStatus,
//     aws.StringValue(out.Reservations[0].Instances[0].State.Name), a
//     flag set while ranging over the instances): its condition reads it,
//     or a return, a break or continue of the loop sits under an if or
//     a switch case that reads it;
//   - waits a fixed delay between passes (time.Sleep or time.After of a
//     constant or loop-invariant duration, a ticker) or none at all. A
//     random delay that does not grow with the attempt is fixed: a
//     constant plus jitter, rand.Intn(n) seconds, or what a package-level
//     function returns from loop-invariant values (terragrunt's
//     util.GetRandomTime(min, max));
//   - when the SDK ships a waiter for that operation. v2: the service
//     package has a New<State>Waiter whose client interface
//     (<Op>APIClient) names the operation, as dynamodb.NewTableExistsWaiter
//     takes a DescribeTableAPIClient. v1: the client has a WaitUntil<State>
//     method that takes the operation's input, as WaitUntilTableExists takes
//     a *DescribeTableInput. Both are read from the SDK's types, so a
//     waiter added upstream is known without a change here.
//
// The loop may also call the operation through a wrapper of its own
// package, a function or method (not a closure, not an interface method)
// with no loop of its own that sends exactly one read-only operation
// with a waiter and does no other work, and leave on the wrapper's
// results, as on an output (its error counts only when it is the only
// result): "loop polls DescribeTable through tableActive". The wrapper
// may reach the operation through other functions of the package, up to
// three levels below the loop (copilot's e.Service calls e.Services,
// which sends DescribeServices), each read once, a cycle not followed;
// a loop that describes the names it was given in batches, without
// waiting, is one call for one name.
//
// The loop may also be a helper's: a function literal handed to a poll
// helper, which calls it again at an interval it was given until it says
// done (k8s.io/apimachinery's wait.PollImmediateUntil(interval, func()
// (bool, error) {...}, stop), terratest's retry.DoWithRetryE(t, desc,
// tries, sleep, func() (string, error) {...})). The literal stands for
// the loop's body when it polls as above and returns depending on the
// output's state: a return under a condition on it, or a done result
// computed from it (return allHealthy, nil). A poll helper is told by
// its shape and its name together: a time.Duration parameter (the
// interval, evaluated once for the whole wait), a function parameter
// whose last result is an error, and a name that says it repeats (poll,
// retry, until, eventually): the shape alone also fits helpers that run
// the function once under a timeout. The finding sits on the literal's
// func keyword: "closure for wait.PollImmediateUntil polls
// DescribeTargetHealth".
//
// The finding sits on the loop's for keyword and names the waiter: the
// only one of the operation, or the one whose state a compared constant
// names ("CREATE_COMPLETE" is StackCreateComplete); otherwise it lists the
// operation's waiters (at most three) rather than guess which state the
// loop waits for.
//
// # What it leaves alone, and why
//
// Scope: hand-written code, test-support packages included; _test.go files
// are left alone because tests wait for local emulators and fixtures as
// they see fit, and generated files because their fix belongs in the
// generator.
//
//   - Parts of an output no waiter of the operation reads: the fields
//     of a basic type (a status, a count) the loop, or the wrappers it
//     polls through, tests sit in a struct whose type name lacks the
//     subject every waiter of the operation starts with (terragrunt
//     waits for a table's SSEDescription.Status; DescribeTable's waiters
//     are TableExists and TableNotExists, which read the
//     TableDescription's status). A loop that tests no such field (a
//     length, the error) is not judged so.
//   - Operations the SDK has no waiter for (App Runner's ListOperations,
//     CloudFormation's ListStackSetOperations, SSO OIDC's CreateToken
//     device-flow poll): there is nothing to use instead.
//   - Loops with a growing delay (exponential, a backoff library, or
//     linear), or a delay whose growth cannot be told (a helper named
//     like a wait, a channel other than a ticker's, a method's result,
//     which its receiver may grow, a function given the attempt or a
//     pointer): the pace is the author's decision, and retryloop judges
//     retries.
//   - Poll helpers whose name says the delay grows (RetryWithBackoff),
//     helpers of the package whose loop grows its delay, a backoff
//     library's helpers but for its Poll functions (wait.Poll... polls at
//     the fixed interval it is given; wait.ExponentialBackoff and
//     terraform's tfresource.RetryWhen back off); helpers with no interval
//     parameter (wait.Backoff's Factor is the author's pace); function
//     literals handed to no call.
//   - Loops that describe other things in turn: a request built from the
//     loop's counter (ids[i], a batch of ten names) or a condition up to
//     len(...) (not a length compared with a constant: len(ids) > 0), as
//     retryloop tells them apart (package delay). Copilot's
//     ECS Services describes its services ten at a time and leaves on a
//     failure: that walks names, it does not wait.
//   - Loops that page through results: they read NextToken, Marker,
//     IsTruncated or the like of the output. Paginators call no client
//     operation in the loop.
//   - Loops whose exit depends on the error alone, on a channel or on
//     the context: no field of the output decides. Except S3's
//     HeadBucket and HeadObject, whose waiters decide on the error alone
//     (a table in internal/sdk, checked against both SDKs): a loop that
//     leaves once their error clears (if err == nil, a switch's case
//     err == nil or case nil, for err != nil) and tells not-found apart (404,
//     "NotFound", types.NotFound) to go round on it waits as
//     BucketExists does, though it names other statuses beside
//     not-found (case 404, 403). One that goes round on every error
//     retries a call (retryloop judges it); one that waits for the
//     resource to go (leaves on not-found) is left alone.
//   - Reconcile loops: a loop that also acts on what it read each pass
//     (a call that may change something: a write operation, a
//     Kubernetes update, a function value; a send on a channel; a
//     goroutine). A waiter would stop acting until the state is reached.
//     Reading, formatting, logging, the SDK's value helpers, other
//     read-only operations (Describe, Get, List, Head: a stack's events
//     shown as progress) and helpers of the same package that only do
//     these are not work; nor are building an error (a package named
//     errors: pkg/errors, go-commons), converting one value (aws.String
//     or another package's copy of it; this package's own functions, and
//     its logger-named methods, are judged by their bodies), a method of
//     another package or an
//     interface that takes nothing and returns one value (an error's
//     HTTPStatusCode()), or a function computing a delay from values. A
//     call that works is work wherever it sits, a log call's argument too.
//   - The waiters themselves, operations called through a v1 ...Request
//     and Send, and wrappers that send several operations, loop, write,
//     or belong to another package: the loop does not show one wait.
//
// # How to fix
//
// There is no suggested fix: the waiter's maximum wait and the failure
// states it adds are decisions for the author. v2, with the waiter the
// message names:
//
//	w := dynamodb.NewTableExistsWaiter(client)
//	err := w.Wait(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(name)}, 5*time.Minute)
//
// v1:
//
//	err := svc.WaitUntilTableExistsWithContext(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(name)})
//
// Options tune the pace: v2 func(o *dynamodb.TableExistsWaiterOptions) {
// o.MinDelay, o.MaxDelay }; v1 request.WithWaiterDelay and
// request.WithWaiterMaxAttempts. A loop that must poll by hand (it
// reports progress in a way the waiter's options cannot) keeps a
// suppression with its reason:
//
//	//awsvet:ignore waiters -- prints each stack event while it waits
package waiters

import (
	_ "embed" // doc is this file, the spec: rule.New makes Analyzer.Doc of it

	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/rule"
)

//go:embed doc.go
var doc string

// Rule is the rule declared beside its spec: severity, CWE, the packages
// it applies to and the scope it leaves alone. Analyzer stays a
// package-level variable, as nogo needs. CWE-1050: a loop that spends the
// service's request quota at a fixed pace (the spec above says why). Only
// a package that imports a service package of either SDK has operations
// to poll (the fast path).
var Rule = rule.New(rule.Spec{Name: "waiters", Doc: doc, Severity: report.Warning, CWE: "CWE-1050", Applies: importsService, Run: run})
var Analyzer = Rule.Analyzer
