// Package retryconfig defines an Analyzer that reports SDK retry settings
// that disable, uncap or silently drop the clients' retries.
//
// # Analyzer retryconfig
//
// retryconfig: report AWS SDK retry settings (v1 and v2) that disable retries, make them unbounded, remove the backoff or are silently ignored
//
// AWS's guidance is that rate-limited and transient failures are retried
// with capped exponential backoff. The SDKs do it by default: v2 makes 3
// attempts with jittered exponential backoff capped at 20s; v1 retries 3
// times. This rule looks for settings that lose that.
//
// # What it flags (severity: warning)
//
// Retries disabled (one attempt, the first throttling error fails the call):
//   - aws.NopRetryer{} (v2);
//   - config.WithRetryMaxAttempts(1), and RetryMaxAttempts = 1 on
//     aws.Config, config.LoadOptions or a service's Options;
//   - retry.AddWithMaxAttempts(r, 1);
//   - MaxAttempts = 1 on retry.StandardOptions (retry.NewStandard's options);
//   - v1: aws.Config{MaxRetries: aws.Int(0)} (or a negative value other than
//     aws.UseServiceDefaultRetries), (*aws.Config).WithMaxRetries(0),
//     client.DefaultRetryer{NumMaxRetries: 0} and client.DefaultRetryer{}
//     without NumMaxRetries (its zero value retries nothing),
//     client.NoOpRetryer{}, and request.WithRetryer(cfg, nil).
//
// Retries unbounded: a negative RetryMaxAttempts or WithRetryMaxAttempts,
// and retry.AddWithMaxAttempts(r, 0) or a negative maximum. The SDK then
// retries until its retry quota or the context runs out: about 100
// attempts with the default quota, without end with ratelimit.None.
//
// Backoff removed: retry.AddWithMaxBackoffDelay(r, 0) and
// StandardOptions.MaxBackoff = 0 (or less): retries follow each other with
// no delay.
//
// Settings ignored:
//   - RetryMode assigned inside a client option function
//     (func(o *s3.Options) passed to s3.NewFromConfig, s3.New or an
//     operation): the client builds its retryer from RetryMode before it
//     runs the option functions, so the mode never takes effect.
//     RetryMaxAttempts and Retryer set there do take effect.
//   - a Retryer factory (config.WithRetryer, aws.Config.Retryer,
//     LoadOptions.Retryer) that returns one retryer captured from outside
//     the function instead of building one per call: every client then
//     shares one retry quota (token bucket), so one client's failures use
//     up the others' retries. Reported when the captured value is a
//     retry.Standard, a retry.AdaptiveMode or an aws.Retryer.
//
// # What it leaves alone, and why
//
// Scope: hand-written non-test code; _test.go files and test-support
// packages (importing "testing", or named like testutil or s3mock) are
// left alone because tests disable retries on purpose, to fail fast
// against fakes, and generated files because their fix belongs in the
// generator.
//
//   - RetryMaxAttempts 0 (the SDK default), 2 or more; adaptive mode;
//     StandardOptions.MaxAttempts 0 or less (NewStandard replaces it with
//     the default); aws.UseServiceDefaultRetries in v1.
//   - Values computed at run time: their value is not known. With
//     -retryconfig.strict, retry.AddWithMaxAttempts with a run-time
//     maximum is reported, as 0 or less would make retries unbounded.
//   - Settings chosen at run time: a constant setting above (no retries,
//     unbounded, no backoff) that applies only when a run-time value
//     selects it is the program's user choosing a documented mode (a
//     config field, a --no-retry flag, an environment variable, a
//     parameter), not a mistake. Precisely, the setting is
//     control-dependent, inside its function, on a non-constant condition:
//     it sits in the body or else of an if, or in a case of a switch,
//     whose condition, tag or case expressions (or a type switch's value)
//     are not constant, or it follows an if on such a condition whose body
//     leaves (return, break, continue, panic) and that is about retries
//     (its condition or body names a retry setting or retryer: if
//     *showVersion { return } chooses nothing); function literals built
//     in the branch count. Two conditions choose nothing about retries and do
//     not count: error tests (any operand of type error, as in
//     err != nil) and nil tests (o.Retryer == nil picks the code's own
//     default). Counts derived from a run-time value
//     (aws.Int(cfg.MaxRetries)) are values computed at run time, above.
//     With -retryconfig.strict these settings are reported too.
//   - Retries turned off for one step and set again further on in the same
//     function (MaxRetries: aws.Int(0) while a v1 session resolves
//     credentials, then sess.Copy(&aws.Config{MaxRetries: aws.Int(n)}), as
//     hashicorp/aws-sdk-go-base does).
//   - RetryMode set in the Options literal passed to New, or on aws.Config:
//     it is read there. Likewise in a named function that is called
//     directly on the Options before New (the SDK's own generated
//     resolveRetryer does this): only a function handed over as an option
//     runs too late.
//
// # How to fix
//
// Keep the defaults, or configure bounded retries with backoff:
//
//	cfg, err := config.LoadDefaultConfig(ctx, config.WithRetryer(func() aws.Retryer {
//		return retry.AddWithMaxAttempts(retry.NewStandard(), 5)
//	}))
//
// Set RetryMode on the config (config.WithRetryMode(aws.RetryModeAdaptive))
// or on the Options given to New, not in an option function. When a call
// must make one attempt because the caller retries at a higher level (a
// queue redelivers, a workflow engine retries the step), say so:
//
//	//awsvet:ignore retryconfig -- SQS redelivers the message; retrying here doubles the attempts
package retryconfig

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
//
// Test code disables retries on purpose, to fail fast against fakes. The
// strict mode also reports retry.AddWithMaxAttempts with a run-time
// maximum, which may be 0 (unbounded) or 1 (disabled), and settings a
// run-time condition selects (chosenAtRunTime).
var Rule = rule.New(rule.Spec{
	Name: "retryconfig", Doc: doc, Severity: report.Warning,
	Applies: sdk.ImportsSDK, SkipsTestSupport: true, Run: run,
	Strict: "also report retry.AddWithMaxAttempts with a maximum computed at run time, and settings chosen by a run-time condition",
})
var Analyzer = Rule.Analyzer
