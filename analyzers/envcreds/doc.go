// Package envcreds defines an Analyzer that reports AWS credentials put into
// the process environment.
//
// # Analyzer envcreds
//
// envcreds: report os.Setenv and syscall.Setenv of AWS credential variables, which shadow the instance or task role process-wide and leak to child processes
//
// Environment credentials come first in the default credential chain of
// both SDKs. A program that sets AWS_ACCESS_KEY_ID and friends with
// os.Setenv changes the credentials of every client it builds afterwards,
// in every goroutine and library, shadowing the instance profile, ECS task
// role or IRSA role the workload was given; and every child process it
// starts (exec.Command without an explicit Env) inherits them.
//
// # What it flags (severity: error)
//
// In non-test code, os.Setenv and syscall.Setenv of AWS_ACCESS_KEY_ID,
// AWS_ACCESS_KEY, AWS_SECRET_ACCESS_KEY, AWS_SECRET_KEY or
// AWS_SESSION_TOKEN (the name a constant):
//   - error when the value is a non-empty constant: hardcoded credentials,
//     injected process-wide (the finding names the value's fingerprint;
//     hardcodedkey does not report a literal written there again);
//   - warning when the value is computed at run time (from STS, a vault, a
//     flag), or is a constant placeholder: placeholders, as
//     internal/placeholder defines them (LocalStack's "test", MinIO's
//     "minioadmin", AWS's documented examples), are no credential to
//     rotate, but still shadow the role.
//
// # What it leaves alone, and why
//
// Scope: hand-written non-test code; _test.go files and test-support
// packages (importing "testing", or named like testutil or s3mock) are
// left alone because tests set these variables on purpose to point the SDK
// at fakes, and generated files because their fix belongs in the
// generator.
//
//   - Other variables, AWS_REGION, AWS_PROFILE, AWS_ROLE_ARN,
//     AWS_WEB_IDENTITY_TOKEN_FILE and the like: they select configuration,
//     not secrets.
//   - Setting a credential variable to "" (a constant empty string): both
//     SDKs treat an empty variable as unset, so this clears credentials
//     rather than injects them.
//   - os.Unsetenv and t.Setenv.
//   - Names that are not constants (os.Setenv(k, v) in a loop): the rule
//     cannot tell which variable is set.
//
// # How to fix
//
// Give the credentials to the SDK instead of the environment: v2
// config.LoadDefaultConfig(ctx, config.WithCredentialsProvider(p)), or the
// Credentials field of a client's Options; v1 aws.Config.Credentials. For a
// child process, set them on its exec.Cmd.Env only:
//
//	cmd.Env = append(os.Environ(), "AWS_ACCESS_KEY_ID="+creds.AccessKeyID, ...)
package envcreds

import (
	_ "embed" // doc is this file, the spec: rule.New makes Analyzer.Doc of it

	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/rule"
)

//go:embed doc.go
var doc string

// Rule is the rule declared beside its spec: severity, CWE, the packages
// it applies to and the scope it leaves alone. Analyzer stays a
// package-level variable, as nogo needs.
var Rule = rule.New(rule.Spec{
	Name: "envcreds", Doc: doc, Severity: report.Error, CWE: "CWE-526",
	Applies: mayCallSetenv, SkipsTestSupport: true, Run: run,
})
var Analyzer = Rule.Analyzer
