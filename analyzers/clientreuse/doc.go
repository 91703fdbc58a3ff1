// Package clientreuse defines an Analyzer that reports AWS configurations
// and clients rebuilt on every loop iteration, HTTP request or Lambda
// invocation.
//
// # Analyzer clientreuse
//
// clientreuse: report AWS configs, sessions and clients rebuilt on every loop iteration, HTTP request or Lambda invocation
//
// Loading a configuration resolves the credential chain again: the
// environment, the shared files, and for roles a round trip to the
// instance metadata service or STS, which throttle callers that ask too
// often. A v2 client built from it gets its own connection pool (the
// transport is cloned per client) and its own retry token bucket, so
// connections are never reused and the retry quota that protects a
// struggling service never builds up. AWS's guidance is to build
// configurations and clients once and share them: they are safe for
// concurrent use.
//
// # What it flags (severity: warning)
//
// These calls:
//   - v2 config.LoadDefaultConfig, <svc>.NewFromConfig and <svc>.New;
//   - v1 session.NewSession, session.NewSessionWithOptions, session.New
//     and <svc>.New;
//
// when they run again and again with the same arguments:
//   - in the body of a for or range loop, when nothing in their arguments
//     changes from one iteration to the next;
//   - in an HTTP handler: a function or function literal taking
//     (http.ResponseWriter, *http.Request), which covers http.HandlerFunc,
//     ServeHTTP methods and literals passed to HandleFunc;
//   - in a Lambda handler: the function given to lambda.Start,
//     StartWithOptions, StartWithContext, StartHandlerFunc or NewHandler;
//   - one call below such handlers: in an unexported package-level
//     function (not a method) that the package's non-test code only ever
//     calls, straight from the bodies of handlers of one kind (not from a
//     function literal in them, not behind a cache lookup), such as an
//     upload helper putToS3(w, body, key) calling session.NewSession.
//     Deeper helpers are not followed.
//
// In a handler, "the same arguments" means arguments that do not depend
// on the request or event (a context.Context does not count: it is new
// on every request but changes nothing the call builds).
//
// # What it leaves alone, and why
//
// Scope: hand-written code, test-support packages included; _test.go files
// are left alone because tests build fresh clients per case on purpose,
// and generated files because their fix belongs in the generator.
//
//   - Construction in main, init, constructors (NewXxx functions returning
//     a struct that holds the client) and package-level variables: it runs
//     once.
//   - Construction inside the function given to sync.Once.Do,
//     sync.OnceFunc, sync.OnceValue or sync.OnceValues.
//   - Lazy initialisation and per-key caches that look up before they
//     build (terraform-provider-aws, cluster-api-provider-aws, steampipe):
//     a construction guarded by an if that tests for nil or for the ok of a
//     comma-ok lookup (v, ok := cache[key]; v, ok := m.Load(key)), or that
//     follows such an if returning the cached value.
//   - Construction whose arguments change per iteration or request: one
//     client per region, account, role or tenant (for _, region := range
//     regions { ec2.NewFromConfig(cfg, withRegion(region)) }) is the
//     documented pattern.
//   - Loops that keep what they build: a value returned, stored in a
//     variable, map, slice or field declared outside the loop, sent on a
//     channel or handed to a goroutine (retrying LoadDefaultConfig until it
//     succeeds, building one client per worker at start-up).
//   - Calls inside a function literal that merely sits in a loop (a
//     callback, a goroutine body): how often it runs is not visible.
//
// # How to fix
//
// Build the configuration and the clients once and pass them in:
//
//	func main() {
//		cfg, err := config.LoadDefaultConfig(ctx)
//		...
//		h := &handler{s3: s3.NewFromConfig(cfg)}
//		http.Handle("/upload", h)
//	}
//
// In Lambda, build them outside the handler (in main or init): the
// execution environment reuses them across invocations. When the client
// really depends on the request (a region, a tenant's role), cache it per
// key.
package clientreuse

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
var Rule = rule.New(rule.Spec{Name: "clientreuse", Doc: doc, Severity: report.Warning, Applies: sdk.ImportsSDK, Run: run})
var Analyzer = Rule.Analyzer
