// Package presign defines an Analyzer that reports pre-signed URLs whose
// constant lifetime exceeds what SigV4 allows.
//
// # Analyzer presign
//
// presign: report pre-signed URLs with a constant expiry longer than SigV4's 7 days (v1 and v2); -presign.max sets a shorter team limit
//
// A SigV4 pre-signed URL is valid for at most 7 days (X-Amz-Expires at
// most 604800 seconds): the signing key is derived from the signing date
// and honoured for a week. Neither SDK checks the expiry: both sign a
// 30-day URL without complaint, and S3 rejects it when it is used, with
// AuthorizationQueryParametersError. The mistake only shows when someone
// follows the link.
//
// # What it flags (severity: error)
//
// A constant expiry (a Go constant expression such as 30*24*time.Hour or
// a named constant) longer than 7 days, at the call or assignment:
//   - v2: s3.WithPresignExpires(d), and an assignment to the Expires field
//     of s3.PresignOptions, in an option function literal or a composite
//     literal (severity: error);
//   - v2: the Expires field of s3.PresignPostOptions, the lifetime of a
//     pre-signed POST policy (severity: warning: S3 documents the 7-day
//     limit for query-string URLs; a POST policy's signature is derived
//     from the same date-scoped key);
//   - v1: (*request.Request).Presign(d) and PresignRequest(d) (severity:
//     error).
//
// With -presign.max=DURATION (off by default), constant expiries longer
// than DURATION are also reported (severity: warning), so a team can
// enforce a shorter limit, such as 15m for links that leave the company.
//
// # What it leaves alone, and why
//
// Scope: hand-written code, test code included, because an expiry over 7
// days is refused wherever it is set; generated files are left alone
// because their fix belongs in the generator.
//
//   - Expiries that are not constants (read from configuration, computed):
//     their value is only known at run time.
//   - Exactly 7 days (7*24*time.Hour), the longest valid expiry.
//   - CloudFront signed URLs (service/cloudfront/sign): they are not SigV4
//     and can last longer.
//   - Functions and types of other packages that happen to be called
//     WithPresignExpires, Presign or PresignOptions.
//
// # How to fix
//
// Use at most 7*24*time.Hour, and generate a fresh URL when an old one
// expires; better, use the shortest lifetime the link needs. For links
// that must live longer, serve the object through CloudFront with signed
// URLs or cookies. Note also that a URL signed with temporary credentials
// (an IAM role, SSO) stops working when those credentials expire, often
// after an hour, whatever its expiry says.
package presign

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
var Rule = rule.New(rule.Spec{Name: "presign", Doc: doc, Severity: report.Error, Applies: sdk.ImportsSDK, Run: run})
var Analyzer = Rule.Analyzer
