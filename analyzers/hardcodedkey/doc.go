// Package hardcodedkey defines an Analyzer that reports AWS key material
// written into Go source.
//
// # Analyzer hardcodedkey
//
// hardcodedkey: report AWS access key IDs, secret access keys and session tokens written into Go source (strings, constants, comments)
//
// A key in source is a key in every clone, fork, build cache and log of the
// repository, and git history keeps it after the line is deleted. AWS's
// guidance is to never store credentials in code: let the default
// credential provider chain supply them (environment, shared files, IAM
// roles for EC2, ECS, EKS and Lambda).
//
// # What it flags (severity: error)
//
// Access key IDs: a whole token matching gitleaks' aws-access-token rule
// (AKIA, ASIA, ABIA, ACCA or A3T followed by 16 base32 characters) in any
// string literal or constant, also inside longer strings (URLs, embedded
// ini or YAML text), and in comments. A key ID that only a constant
// concatenation spells ("AKIAW5Q" + "JXN3RLPM2TKAV", or named constants
// joined) is reported once, at the outermost constant expression; a key
// inside one operand is that operand's finding.
//
// Secret access keys and session tokens, recognised by where they go
// rather than by a keyword:
//   - the SecretAccessKey and SessionToken fields of a v2 aws.Credentials or
//     a v1 credentials.Value composite literal;
//   - the secret and token arguments of v2
//     credentials.NewStaticCredentialsProvider and v1
//     credentials.NewStaticCredentials;
//   - the value of os.Setenv("AWS_SECRET_ACCESS_KEY", ...) and of the
//     other secret credential variables;
//   - a constant or variable whose name says secret and key or access
//     (awsSecretAccessKey, SECRET_KEY, awsSecret) whose value has the shape
//     of a secret key: 40 characters of the base64 alphabet, mixed, with
//     high entropy.
//
// Constants of the same package are followed to these places; the finding
// is reported once, at the constant's string literal, not at each use. A
// constant concatenation counts as the literal it spells
// ("Xq7vLm2RtZ9pWc4N" + "...").
//
// # What it leaves alone, and why
//
// Scope: all code, _test.go files, test-support packages and generated
// files included, because a real key leaks wherever it is written; in
// _test.go files only values that look real count (see below).
//
//   - Placeholders, as internal/placeholder defines them, are left alone:
//     AWS's documented examples (AKIAIOSFODNN7EXAMPLE, AKIDEXAMPLE,
//     wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY: anything carrying
//     "EXAMPLE" is documentation), alphabet, keyboard and digit runs and
//     repeats after the prefix (AKIA + ABCDEFGHIJKLMNOP), values that
//     TEST or FAKE make up most of, elisions and templates. A random key
//     that merely holds TEST somewhere is still reported.
//   - Regular expressions and patterns such as AKIA[0-9A-Z]{16}: they do not
//     match the key syntax.
//   - Low-entropy placeholders (AKIAXXXXXXXXXXXXXXXX) and 40-character hex
//     strings (git SHAs, digests).
//   - The SDKs' own dummies ("AKID", "SECRET"): they have no key shape.
//     Such hard-coded dummies in a static provider are staticcreds'
//     concern.
//   - In _test.go files, only values that look real (higher entropy) are
//     reported: test fixtures are full of made-up keys.
//
// One key, one finding, by the most specific rule:
//   - literals written straight into a static provider that staticcreds
//     reports as hardcoded (the arguments of
//     credentials.NewStaticCredentialsProvider or NewStaticCredentials,
//     the fields of a credentials literal in StaticCredentialsProvider{...},
//     StaticProvider{...} or NewStaticCredentialsFromCreds, and of the
//     credentials literal a Retrieve method or aws.CredentialsProviderFunc
//     returns) are staticcreds' one finding, which names every value's
//     fingerprint;
//   - a literal value of os.Setenv("AWS_SECRET_ACCESS_KEY", ...) and the
//     other credential variables is envcreds' finding;
//   - outside test code only: staticcreds and envcreds leave tests alone,
//     so there this rule reports the keys. A key written into a constant
//     or variable first is reported here, where it is written, and by
//     staticcreds or envcreds where it is used. The precedence holds
//     whichever rules are enabled (-staticcreds=false does not hand the
//     literals back): under go vet no rule can see which others run, and
//     findings must not differ between drivers.
//
// Secrets of other services (GitHub tokens, private keys, ...) are
// hardcodedsecret's; the same key in YAML, JSON or .env files is found by
// "awsvet secrets".
//
// Generated files ("// Code generated ... DO NOT EDIT.") are read too,
// unlike by awsvet's other rules: anyone can write that line, and a key
// under it would otherwise be reported by nothing ("awsvet secrets"
// leaves .go files to the analyzers). Their strings and comments pass the
// same keyword prefilter as any other, so the SDKs' generated clients
// cost little.
//
// # How to fix
//
// Remove the key from the source, deactivate and rotate it in IAM (it is
// compromised once committed), and let the default credential chain supply
// credentials at run time. If the value really is not a key (a fixture
// built to look like one), keep it with a suppression:
//
//	//awsvet:ignore hardcodedkey -- fake key for the parser test
package hardcodedkey

import (
	_ "embed" // doc is this file, the spec: rule.New makes Analyzer.Doc of it

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/passes/awskeys"
	"github.com/awsvet/awsvet/internal/passes/strlits"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/rule"
)

//go:embed doc.go
var doc string

// Rule is the rule declared beside its spec: severity, CWE, the packages
// it applies to and the scope it leaves alone. Analyzer stays a
// package-level variable, as nogo needs.
var Rule = rule.New(rule.Spec{
	Name: "hardcodedkey", Doc: doc, Severity: report.Error, CWE: "CWE-798", Run: run,
	// Keys are looked for in generated files too (see internal/passes/syntax).
	ReadsGenerated: true, Requires: []*analysis.Analyzer{strlits.Analyzer, awskeys.Analyzer},
})
var Analyzer = Rule.Analyzer
