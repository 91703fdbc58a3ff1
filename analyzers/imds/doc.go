// Package imds defines an Analyzer that reports raw calls to the EC2
// instance metadata service and IMDSv1 fallback turned on.
//
// # Analyzer imds
//
// imds: report raw net/http calls to the EC2 instance metadata service and IMDSv1 fallback forced on
//
// IMDSv2 protects the instance metadata service, and the role credentials
// it serves, with a session token fetched by a PUT that SSRF attacks
// cannot make. An IMDSv1 request, a plain GET, carries no token: it is
// what an SSRF replays, and it fails on instances that require IMDSv2 (the
// default for new instance types). The SDK clients (v2 feature/ec2/imds,
// v1 ec2metadata) fetch, cache and refresh the token.
//
// # What it flags (severity: warning)
//
//   - net/http requests (http.Get, Head, Post, PostForm, NewRequest,
//     NewRequestWithContext, the *http.Client methods) whose URL is known
//     before run time (a constant, a constant concatenation or
//     fmt.Sprintf start, a variable set once, or a parameter of an
//     unexported helper that every call, one level up, passes the same
//     such URL: getMetadata(imdsURL + "dynamic/...")) and targets
//     169.254.169.254 with a path of EC2's metadata API (/latest/...,
//     /2009-04-04/...) or [fd00:ec2::254], reported at the call.
//   - The same request in a package that fetches the IMDSv2 token itself,
//     when the function sending it adds the token header only under a
//     condition (if token != ""): when the token fetch fails the request
//     goes as IMDSv1, a hand-rolled fallback. Such a request is reported
//     also when its URL is known only at run time (a client's field set
//     from a flag, to test against a mock): the token header says it is
//     for the metadata service, where the package spells the token PUT's
//     X-aws-ec2-metadata-token-ttl-seconds header.
//   - IMDSv1 fallback forced on: v2 imds.Options{EnableFallback:
//     aws.TrueTernary} (or the same assignment in an option function), v1
//     aws.Config{EC2MetadataEnableFallback: aws.Bool(true)} and
//     (*aws.Config).WithEC2MetadataEnableFallback(true). When the token
//     cannot be fetched the client then sends requests without it, even
//     where AWS_EC2_METADATA_V1_DISABLED or ec2_metadata_v1_disabled
//     forbid it.
//
// # What it leaves alone, and why
//
// Scope: hand-written code, test code included, because a request without
// a token fails the same way wherever it is sent from; generated files are
// left alone because their fix belongs in the generator.
//
//   - 169.254.170.2, the ECS task metadata and credentials endpoint.
//   - 169.254.169.254 with the paths of other clouds (Azure's /metadata/,
//     Google's /computeMetadata/, OpenStack's /openstack/), and URLs known
//     only at run time.
//   - Packages that spell the IMDSv2 token header
//     (X-aws-ec2-metadata-token): they implement IMDSv2 themselves, with
//     the PUT to /latest/api/token and the header on each request (added
//     unconditionally where the request is built, or by a helper).
//   - A proxy that copies the token header from the request it serves
//     (it fetches no token: the caller chose IMDSv1 or v2), and a request
//     to a constant URL of another host that forwards a token.
//   - A URL passed through a parameter when any call passes a value known
//     only at run time (configuration), when the helper is exported or
//     used as a function value, or when the caller's own parameter
//     carries it (one call level is followed); a local server listening
//     on 169.254.169.254 (no request).
//   - The SDK clients, and EnableFallback left unset or set to
//     aws.FalseTernary.
//
// # How to fix
//
// Use the SDK's client, which speaks IMDSv2:
//
//	client := imds.NewFromConfig(cfg)
//	out, err := client.GetMetadata(ctx, &imds.GetMetadataInput{Path: "instance-id"})
//
// With v1, ec2metadata.New(sess).GetMetadata("instance-id"). Leave
// EnableFallback unset, or set aws.FalseTernary so that a failed token
// fetch is an error rather than a silent IMDSv1 request.
package imds

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
var Rule = rule.New(rule.Spec{Name: "imds", Doc: doc, Severity: report.Warning, Applies: mayCallMetadata, Run: run})
var Analyzer = Rule.Analyzer
