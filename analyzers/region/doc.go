// Package region defines an Analyzer that reports AWS configurations and
// clients that have no region and no region default.
//
// # Analyzer region
//
// region: report AWS configurations and clients built with no region and no region default (fix: config.WithDefaultRegion)
//
// Every AWS request is addressed to a region. When the code gives none, the
// SDKs look in the environment and the shared config; when those are empty
// too (a fresh container, a CI runner, a developer without ~/.aws/config),
// nothing fails at start-up: every request fails at run time with a
// missing-region error.
//
// # What it flags (severity: warning)
//
// aws-sdk-go-v2:
//   - in a program (package main), config.LoadDefaultConfig(ctx, ...)
//     whose options, as written at the call, include none of
//     config.WithRegion, config.WithDefaultRegion and
//     config.WithEC2IMDSRegion, nor a function literal that sets
//     LoadOptions.Region. The region then comes only from AWS_REGION,
//     AWS_DEFAULT_REGION or the shared config profile. A suggested fix adds
//     config.WithDefaultRegion("us-east-1"): a pure fallback that never
//     overrides a configured region (us-east-1 is also the AWS CLI's own
//     default). It is not offered when the line it edits holds a secret
//     (keys passed to a static provider on the same line): go fix -diff
//     would print that line.
//   - <svc>.New(<svc>.Options{...}) and <svc>.NewFromConfig(aws.Config{...})
//     whose literal sets no Region and whose option functions (literals)
//     set none either. Such a client never reads the environment, so its
//     first request is certain to fail.
//
// aws-sdk-go (v1):
//   - session.NewSession(...), session.Must(session.NewSession(...)),
//     session.New(...) and session.NewSessionWithOptions(...) whose
//     aws.Config values set no Region and which do not set
//     SharedConfigState: session.SharedConfigEnable. v1 then reads the
//     region only from AWS_REGION: not from ~/.aws/config, nor from
//     AWS_DEFAULT_REGION, unless AWS_SDK_LOAD_CONFIG is set.
//
// # What it leaves alone, and why
//
// Scope: hand-written non-test code; _test.go files and test-support
// packages (testutil, mocks, such as aws-sdk-go's own awstesting/mock) are
// left alone because tests run in a known environment and SDK stubs often
// short-circuit before endpoint resolution, and generated files because
// their fix belongs in the generator.
//
//   - Options or configs it cannot read at the call: a forwarded variadic
//     (config.LoadDefaultConfig(ctx, opts...)), a variable, a helper
//     function of your own. Real code (hashicorp/aws-sdk-go-base,
//     external-dns) builds option lists at run time, often with a region.
//   - A region given later in the same function: cfg.Region = ... or a
//     check of cfg.Region, sess.Config.Region = ..., a client built from the
//     config or session with an option or aws.Config that sets the region
//     (s3.NewFromConfig(cfg, func(o *s3.Options) { o.Region = r }),
//     s3.New(sess, aws.NewConfig().WithRegion(r))).
//   - Packages that read or set AWS_REGION or AWS_DEFAULT_REGION
//     themselves (os.Getenv, os.LookupEnv, os.Setenv and their syscall
//     forms), or that set AWS_SDK_LOAD_CONFIG (v1): the code manages the
//     region through the environment on purpose.
//   - config.LoadDefaultConfig in a library (any package but main): the
//     region belongs to the programs that use it, which set it through
//     their environment or a client they pass in, and a fallback region
//     chosen by a library would silently send their requests to the wrong
//     region (aws-secretsmanager-caching-go, kinesis-consumer and the
//     helper packages of serverless samples build such default clients).
//     Client literals and v1 sessions are still checked there: their
//     failure does not depend on the caller.
//   - A config or session used only to build an instance metadata client
//     (imds.NewFromConfig(cfg), ec2metadata.New(sess)): that client never
//     reads the region, and such code is often how a program finds its
//     region (amazon-vpc-cni-k8s). The session may be built in the
//     client's argument itself: ec2metadata.New(session.New(cfg)).
//   - A v1 session used only to build clients of the services v1 sends
//     to their global endpoint when the region is empty (IAM, STS, Route
//     53, CloudFront, Organizations, Budgets, Cost Explorer, Support, WAF
//     Classic, Chime): sts.New(sess) signs for us-east-1 and never fails
//     with MissingRegion (a login CLI's GetCallerIdentity check). v2 has
//     no such fallback, so its configs are still checked.
//   - Lambda functions (packages importing
//     github.com/aws/aws-lambda-go/lambda): the Lambda runtime always sets
//     AWS_REGION. This does not cover clients built from literals, which
//     never read the environment.
//   - Client literals that set a custom endpoint (BaseEndpoint,
//     EndpointResolver, EndpointResolverV2): local emulators and test
//     doubles; the failure is no longer certain.
//
// # How to fix
//
// v2: add a fallback that keeps every configured region:
//
//	cfg, err := config.LoadDefaultConfig(ctx, config.WithDefaultRegion("us-east-1"))
//
// or config.WithRegion(region) when the program knows its region. For a
// client literal, set Region in the literal.
//
// v1: set aws.Config.Region, or let the session read the shared config:
//
//	sess := session.Must(session.NewSessionWithOptions(session.Options{
//		SharedConfigState: session.SharedConfigEnable,
//	}))
package region

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
// Test-support packages (testutil, mocks, awstesting/mock) point sessions
// at local fakes, like _test.go files.
var Rule = rule.New(rule.Spec{Name: "region", Doc: doc, Severity: report.Warning, Applies: sdk.ImportsSDK, SkipsTestSupport: true, Run: run})
var Analyzer = Rule.Analyzer
