// Package staticcreds defines an Analyzer that reports AWS credential
// providers that pin credentials instead of using the default chain.
//
// # Analyzer staticcreds
//
// staticcreds: report static AWS credential providers that bypass the default chain: hardcoded values, re-read AWS_* variables (with a fix), run-time values under -staticcreds.strict
//
// The default credential chain of both SDKs (v2 config.LoadDefaultConfig,
// v1 session.NewSession) looks for credentials in the environment, the
// shared config and credentials files, SSO, and finally the IAM role of the
// machine (EC2 instance profile, ECS task role, EKS IRSA or Pod Identity,
// Lambda). A static provider takes that search away: the credentials it
// holds are the only ones the client will use, they never refresh, and a
// role attached to the workload is ignored.
//
// # What it flags (severity: error)
//
// In non-test code, at the constructor call or the literal:
//   - v2: credentials.NewStaticCredentialsProvider(...) and
//     credentials.StaticCredentialsProvider{...} literals;
//   - v1: credentials.NewStaticCredentials(...),
//     credentials.NewStaticCredentialsFromCreds(credentials.Value{...}) and
//     credentials.StaticProvider{...} literals, also inside
//     credentials.NewChainCredentials;
//   - an aws.CredentialsProviderFunc literal, or the Retrieve method of a
//     provider type (v2 Retrieve(ctx) (aws.Credentials, error), v1 Retrieve()
//     or RetrieveWithContext(ctx) (credentials.Value, error)), that returns a
//     credentials literal: reported at that literal, and only for the first
//     two grades below.
//
// Wrappers such as aws.NewCredentialsCache(p) and v1
// credentials.NewCredentials(p) are looked through. Values are followed
// through local variables (and unexported package variables) that are
// assigned exactly once.
//
// Grades, from the values the provider holds:
//   - error: the secret access key or session token is a compile-time
//     constant (a literal, a const, dummies such as "test" included), or the
//     key ID is one and the secret is empty. Hardcoded credentials ship with
//     every copy of the source.
//   - warning: the key ID and secret come from os.Getenv, os.LookupEnv or
//     syscall.Getenv of the standard variables (AWS_ACCESS_KEY_ID or AWS_ACCESS_KEY,
//     AWS_SECRET_ACCESS_KEY or AWS_SECRET_KEY, and AWS_SESSION_TOKEN or
//     nothing for the token). The default chain already reads these, and
//     falls back to the IAM role when they are unset; the static provider
//     shuts that fallback out.
//   - other run-time values (flags, a settings struct, a parameter, a
//     secrets store's answer): not reported by default, since credential
//     libraries, CLIs and storage backends take keys from their users this
//     way on purpose. Run with -staticcreds.strict to report them as
//     warnings (for a service that should only ever run with a role).
//
// # What it leaves alone, and why
//
// Scope: hand-written non-test code; _test.go files and test-support
// packages (a package whose non-test files import "testing", or named like
// testutil, internal/testing, mockdata, s3test or fakes3) are left alone
// because tests pin dummy credentials on purpose (against a local stack, a
// mock server, a recorded replay), and generated files because their fix
// belongs in the generator.
//
//   - Providers with every value empty, such as v1
//     credentials.NewStaticCredentials("", "", ""): that is how the v1 SDK
//     itself defines credentials.AnonymousCredentials, for unsigned
//     requests to public data. v2 aws.AnonymousCredentials{} and v1
//     credentials.AnonymousCredentials are not static providers at all.
//   - Placeholders: providers whose every constant is a placeholder, as
//     internal/placeholder defines them, are left alone: constants that
//     say they are not a credential ("NoOpAccessKey", "unused",
//     "placeholder", "anonymous"), as in a no-op provider that only
//     satisfies the signer while authentication happens elsewhere (a
//     bearer token, a custom signer); AWS's documented examples; and the
//     published credentials of emulators (LocalStack's and moto's
//     "test"/"testing", MinIO's "minioadmin"), even without an endpoint.
//     So are fakes such as "AKIAFAKE", "fake-secret" and
//     "fake-session-token" wherever they are (a record/replay harness pins
//     them in its replay branch, outside test code): a key ID too short to
//     be one counts as a placeholder when its body after AKIA or ASIA is
//     one, and a real-looking key is reported in any branch.
//   - Other emulator dummies: constants not shaped like AWS keys
//     ("user"/"pass", "local") in a function statement that
//     also points the config, session or client at a custom endpoint
//     (config.WithEndpointResolver(WithOptions), config.WithBaseEndpoint,
//     Options.BaseEndpoint, v1 aws.Config.Endpoint or WithEndpoint), as
//     code written for LocalStack, Kinesalite or DynamoDB Local does
//     (kinesis-consumer's examples). Emulators accept any credentials but
//     the SDK needs some; nothing secret ships, and aimed at AWS such a
//     config fails at once. Without an endpoint beside them, dummies would
//     be sent to AWS and are reported; a key-shaped constant is reported
//     whatever the endpoint.
//   - Provider functions and Retrieve methods that compute credentials at
//     run time (from STS, a vault, a file): they are real providers, even
//     with -staticcreds.strict.
//   - Environment variables other than the standard ones
//     (os.Getenv("S3_SECRET")): the default chain does not read them, so the
//     provider is how the program takes its configuration (run-time grade).
//
// A hardcoded provider is one finding that names every constant it holds
// by its fingerprint (AKIA…RHDSV, wJ…(40 chars)); hardcodedkey does not
// report the literals written straight into it again.
//
// # How to fix
//
// Delete the static provider and let the default chain find credentials:
// on AWS, attach a role to the workload; elsewhere, use the environment or
// a profile (AWS_PROFILE, ~/.aws/config). For the environment grade a
// suggested fix removes the provider where that leaves the default chain
// in charge: the config.WithCredentialsProvider option of
// config.LoadDefaultConfig (v2), or the Credentials field of an aws.Config
// literal given to session.New or session.NewSession, or as
// session.Options.Config (v1). Hardcoded keys must also be deactivated and
// rotated in IAM. When a static provider is intended (a local emulator in a
// non-test helper), keep it with a suppression:
//
//	//awsvet:ignore staticcreds -- LocalStack only, fixed dummy keys
package staticcreds

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
var Rule = rule.New(rule.Spec{
	Name: "staticcreds", Doc: doc, Severity: report.Error, CWE: "CWE-798",
	Applies: sdk.ImportsSDK, SkipsTestSupport: true, Run: run,
	Strict: "also report static providers built from run-time values (flags, settings, a secrets store)",
})
var Analyzer = Rule.Analyzer
