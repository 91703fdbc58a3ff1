// Package credlog defines an Analyzer that reports secret AWS credential
// material written to logs, error messages or the console.
//
// # Analyzer credlog
//
// credlog: report AWS secret access keys and session tokens written to logs, errors or the console
//
// A v2 aws.Credentials or v1 credentials.Value printed with %v prints every
// field, the secret access key and the session token included; so does the
// SecretAccessKey or SessionToken field on its own. Logs are shipped,
// indexed and kept far longer than a session token lives, and read by far
// more people than should hold the key.
//
// # What it flags (severity: error)
//
// A credentials value (v2 aws.Credentials, v1 credentials.Value, or a
// static provider holding one; value or pointer, such as what Retrieve or
// Get returns), or its SecretAccessKey or SessionToken field, or the
// secret field, dereferenced, of credentials an AWS call hands out (STS's
// Credentials from AssumeRole and the like, IAM's AccessKey from
// CreateAccessKey, IAM Identity Center's RoleCredentials from SSO
// GetRoleCredentials: *out.AccessKey.SecretAccessKey,
// aws.ToString(out.Credentials.SessionToken)), or a v1 STS Credentials
// struct, or a v1 STS output holding one (AssumeRoleOutput...), printed
// whole (its String method hides the secret key, tagged sensitive, but
// writes the session token), given to:
//   - a logger (error): any function or method of log, log/slog (key-value
//     arguments and attributes such as slog.Any included), logrus, zap,
//     zerolog, go-kit log, logr, klog, hclog and tflog;
//   - an error message (error): fmt.Errorf, errors.New, and
//     github.com/pkg/errors' New, Errorf, Wrap, Wrapf, WithMessage(f);
//   - the console (warning): fmt.Print, Printf, Println, and fmt.Fprint*
//     to os.Stdout or os.Stderr.
//
// Simple flow inside a function is followed: assignment to a local (or an
// unexported package variable) written once, a field read, string
// concatenation, conversions, fmt.Sprint/Sprintf/Sprintln, composite
// literals (logrus.Fields, a map of attributes, a struct), and any other
// call that takes the secret and returns one string or []byte
// (strings.TrimSpace(token), a colouring helper, base64 encoding): its
// result is still the secret.
//
// # What it leaves alone, and why
//
// Scope: hand-written non-test code; _test.go files and test-support
// packages (importing "testing", or named like testutil or s3mock) are
// left alone because the credentials they print are dummies made up for
// the test, and generated files because their fix belongs in the
// generator.
//
//   - AccessKeyID, Source, Expires, CanExpire, AccountID and v1
//     ProviderName on their own: identifiers and metadata, not secrets.
//   - IAM's AccessKey printed whole (v2 prints its *string fields as
//     addresses, v1's String method hides the secret key), and its
//     AccessKeyMetadata, which ListAccessKeys returns and which holds no
//     secret.
//   - v2 STS structs printed whole (their *string fields print as
//     addresses), and the parts of an STS answer that hold no secret
//     (AssumedRoleUser, GetCallerIdentity's output), which AWS's v1
//     examples print.
//   - Derived values that do not reproduce the secret: len(secret),
//     secret != "", a slice such as secret[:4] (masking), the crypto and
//     hash packages' digests, and helpers whose name says they hide the
//     value (mask, redact, hash, obfuscate, truncate, len, count, short,
//     digest, fingerprint, sum, encrypt, sign, last, tail ...).
//   - Arguments printed with %T or %p: the type or address, not the content.
//   - fmt.Fprint* to any other writer (a file, a response): writing a
//     credentials file or answering a credential_process request is what
//     credential tools do.
//   - Console output that binds the secret to the variable the SDKs read
//     it from, as a shell or a dotenv file takes it ("export
//     AWS_SECRET_ACCESS_KEY=%s", "AWS_SESSION_TOKEN=%q", PowerShell's
//     $env:, fish's set -gx, cmd's set): an export command printing for
//     eval, a choice its user made by running it. The same text written
//     to a log is still reported, and so is a secret printed under
//     another name.
//
// Other console output is only a warning: a CLI whose purpose is to print
// credentials (a credential_process helper) does so on purpose.
//
// # How to fix
//
// Log the AccessKeyID (it identifies the key without granting access) or
// the Source (which provider supplied the credentials). If a command exists
// to print credentials, keep it with a suppression:
//
//	//awsvet:ignore credlog -- "export" prints credentials for eval by design
package credlog

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
// Fast path: credentials values are SDK types; a package that does not
// import the SDK rarely holds one.
var Rule = rule.New(rule.Spec{
	Name: "credlog", Doc: doc, Severity: report.Error, CWE: "CWE-532",
	Applies: sdk.ImportsSDK, SkipsTestSupport: true, Run: run,
})
var Analyzer = Rule.Analyzer
