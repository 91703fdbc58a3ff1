// Package hardcodedsecret defines an Analyzer that reports secrets of any
// service (tokens, API keys, private keys) written into Go source.
//
// # Analyzer hardcodedsecret
//
// hardcodedsecret: report tokens, API keys and private keys of other services (gitleaks' rules) in Go string literals, constants and comments
//
// A secret in source is a secret in every clone, fork, build cache and log
// of the repository, and git history keeps it after the line is deleted.
// The rule runs gitleaks' rules (gitleaks v8.30.1's default configuration,
// reused as data by awsvet's detector, internal/detect) over the package's
// string literals, constant string expressions and comments, and names the
// gitleaks rule that matched (github-pat, slack-bot-token, private-key,
// stripe-access-token, ...).
//
// # What it flags (severity: error)
//
//   - A token with its own format anywhere in a literal or comment: GitHub,
//     GitLab, Slack, Stripe, OpenAI and Anthropic tokens, private keys,
//     JWTs, and the other formats gitleaks knows.
//   - A secret bound to a name that says so, where gitleaks' name-bound
//     rules (generic-api-key and the "service = value" rules) apply: the
//     binding is read from the Go code (const apiToken = "…",
//     cfg.Password = "…", Config{APIKey: "…"}, map keys,
//     os.Setenv("API_TOKEN", "…"), Header.Set("X-Api-Key", "…")) or from
//     the literal's own text ("user=app password=…" in a DSN, a JSON or
//     YAML document in a raw string).
//   - A secret split across a constant concatenation ("ghp_" + "…").
//   - A private key whatever its length: an RSA-8192 key or an armored
//     PGP key block is found whole, up to its END line.
//   - AWS secret access keys and session tokens bound to their names
//     inside a literal's text (an embedded credentials file or
//     environment).
//
// # What it leaves alone, and why
//
// Scope: all code, generated files included, because a real secret leaks
// wherever it is written; in test code (_test.go files and test-support
// packages) only tokens with their own format count (see below).
//
//   - AWS key material that hardcodedkey finds: access key IDs anywhere,
//     and secret keys and session tokens by where they go in Go code,
//     written in a literal or spelled by a constant concatenation. Each
//     key is reported once, by hardcodedkey or by the rule that reports
//     its call (staticcreds, envcreds), even when a generic rule of this
//     one (generic-api-key) matches it too.
//   - Name-bound values that are not secrets: identifiers, paths, URLs,
//     UUIDs, content hashes, pagination and idempotency tokens, values
//     without letters and digits mixed, and generic-api-key values of low
//     entropy (below 3.8 bits per character). internal/detect's filters.go
//     lists each filter and why.
//   - Placeholders, as internal/placeholder defines them, are left alone:
//     ${VAR}, {{ .Token }}, <your-token>, xxxxxx, changeme, EXAMPLE,
//     elided keys ("..."), values typed by counting or along a keyboard
//     row, values that TEST or FAKE make up most of, emulators' published
//     keys (Azurite's devstoreaccount1 key). Format strings
//     ("api_key=%s") hold a verb where the secret would be, which no
//     rule's value takes.
//   - Regular expressions: literals passed to the regexp package.
//   - Test code (_test.go files and test support packages such as
//     testutil, mocks, testdata): only tokens with their own format are
//     reported, since made-up keys bound to names are what test fixtures
//     are made of; private keys and JWTs in test code are test certificates
//     and tokens signed by test keys, reported only with
//     -hardcodedsecret.testkeys.
//
// Generated files ("// Code generated ... DO NOT EDIT.") are read too,
// unlike by awsvet's other rules: anyone can write that line, and a key
// under it would otherwise be reported by nothing ("awsvet secrets"
// leaves .go files to the analyzers). Their strings and comments pass the
// same keyword prefilter as any other, so the SDKs' generated clients
// cost little.
//
// # Options
//
//   - -hardcodedsecret.config FILE: a gitleaks TOML configuration, the
//     same file "awsvet secrets --config" takes ([extend] useDefault = true
//     to keep the default rules; custom rules and allowlists added).
//   - -hardcodedsecret.testkeys: also report private keys and JWTs in test code.
//
// # How to fix
//
// Revoke the secret where it was issued (it is compromised once
// committed), remove it from the source, and load it at run time: from the
// environment, AWS Secrets Manager or SSM Parameter Store. If the value is
// not a secret (a fixture built to look like one), keep it with a
// suppression:
//
//	//awsvet:ignore hardcodedsecret -- revoked token kept for the parser test
package hardcodedsecret

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
	Name: "hardcodedsecret", Doc: doc, Severity: report.Error, CWE: "CWE-798", Run: run,
	// Secrets are looked for in generated files too (see internal/passes/syntax).
	ReadsGenerated: true, Requires: []*analysis.Analyzer{strlits.Analyzer, awskeys.Analyzer},
	Prewarm: Prewarm,
})
var Analyzer = Rule.Analyzer
