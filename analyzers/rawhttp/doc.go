// Package rawhttp defines an Analyzer that reports AWS service endpoints
// called with net/http instead of an SDK client.
//
// # Analyzer rawhttp
//
// rawhttp: report net/http requests to AWS service endpoints that bypass the SDK's retries and SigV4 signing
//
// The SDK clients sign every request with SigV4, retry throttling and
// transient errors with capped exponential backoff, resolve endpoints per
// region and partition, and parse service errors. A request built with
// net/http does none of that: unsigned it fails, and when it does get
// through it gives up on the first throttling error.
//
// # What it flags (severity: warning)
//
// net/http requests (http.Get, Head, Post, PostForm, http.NewRequest,
// http.NewRequestWithContext, and the Get, Head, Post and PostForm methods
// of *http.Client) whose URL is known before run time: a constant, a
// concatenation or fmt.Sprintf whose constant parts hold the whole host,
// (*url.URL).String of a url.URL literal, or a variable initialised once
// with one of those. The host must be a service API endpoint under
// amazonaws.com, amazonaws.com.cn or api.aws: <svc>.amazonaws.com,
// <svc>.<region>.amazonaws.com, <svc>-fips.<region>...,
// <svc>.<region>.api.aws, s3.dualstack.<region>...,
// runtime.sagemaker.<region>... Reported at the call. In a package that
// imports the SDK, the region label may be decided at run time
// (fmt.Sprintf("https://sts.%s.amazonaws.com/", region), "https://sqs." +
// region + ".amazonaws.com"): the service is known, and its SDK client is
// at hand; no other label may be.
//
// Amazon Bedrock's endpoints (bedrock, bedrock-runtime) also take an API
// key as a bearer token instead of a SigV4 signature, so a request there
// may be authorised: it is reported for the retries it skips alone, and
// the message says that the SDK's Bedrock clients take the same key
// (AWS_BEARER_TOKEN_BEDROCK, or Options.BearerAuthTokenProvider).
// Likewise the operations AWS documents as called without a signature,
// because the caller has no credentials yet (STS AssumeRoleWithWebIdentity
// and AssumeRoleWithSAML; a Cognito user pool's InitiateAuth, SignUp and
// the like; Cognito identity pools' GetId and GetCredentialsForIdentity):
// when a constant of the request's function names one (the form's Action,
// the X-Amz-Target header), the message names it and claims only the
// retries.
//
// # What it leaves alone, and why
//
// Scope: hand-written code, test code included, because a request to an
// AWS endpoint goes unsigned and unretried wherever it is sent from;
// generated files are left alone because their fix belongs in the
// generator.
//
//   - URLs known only at run time: following a pre-signed URL, a queue
//     URL or an SNS SubscribeURL is what those URLs are for. So are hosts
//     whose service or first label is a variable, and, in a package that
//     does not import the SDK, hosts whose region is one.
//   - Hosts of customer resources, reached with plain HTTP by design: API
//     Gateway stages (<id>.execute-api...), load balancers (...elb...),
//     EC2 public names, OpenSearch domains, EKS clusters, S3 buckets
//     (<bucket>.s3...), and hosts built at run time (a bucket name
//     concatenated before ".s3.amazonaws.com").
//   - Public documents that have no SDK operation: ip-ranges.amazonaws.com,
//     checkip.amazonaws.com, OIDC discovery and JWKS (/.well-known/, as
//     Cognito user pools publish them), SNS signing certificates (.pem),
//     the Price List bulk files (pricing.../offers/).
//   - GET and HEAD on S3 endpoints: reading public objects, such as the
//     open data sets, needs no signature.
//   - Packages that sign their requests themselves: they import the SDK's
//     SigV4 signer (v2 aws/signer/v4, v1 aws/signer/v4) or call a service
//     client's signer (c.Options().HTTPSignerV4.SignHTTP), as code calling
//     an API the SDK lacks does (Amazon Managed Prometheus' query API).
//   - Packages that sign with a SigV4 library outside the SDK: they import
//     one, known by its path's last elements in any version or fork
//     (bmizerany/aws4, smartystreets/go-aws-auth,
//     sha1sum/aws_signing_client, prometheus/sigv4, smithy-go's
//     aws-http-auth/sigv4, opensearch-go's signer/awsv2, olivere/elastic's
//     aws/v4, a copy of the SDK's signer/v4), or they call a function of
//     their own or another package named as a request signer is (Sign,
//     Sign4, SignV4, SignRequest, SignHTTP, Presign) that takes the
//     http.Request (not SignUp, nor a Sign of bytes). The whole package
//     is left alone, as with the SDK's signer, because such a library
//     signs through its client or transport (aws4.DefaultClient.Do, an
//     *http.Client from aws_signing_client.New), which may be built far
//     from the request: following each request to it would report signed
//     ones.
//   - Packages with a SigV4 signer of their own, in their non-test code:
//     they set an Authorization header (http.Header Set or Add, or
//     Header["Authorization"] = ...) or an X-Amz-Algorithm query
//     parameter (url.Values) to a value built with a SigV4 algorithm name
//     (AWS4-HMAC-SHA256, AWS4-ECDSA-P256-SHA256, AWS4-X509-..., the last
//     signed with a certificate's key), followed through constants,
//     concatenation, call arguments, slice literals and variables written
//     once; or they derive a signing key (they call crypto/hmac.New and
//     spell "aws4_request"). Reading such a header, or naming the
//     algorithm in a message, is not signing.
//   - Requests a test builds (http.NewRequest, NewRequestWithContext) only
//     to read what a signer or middleware wrote: held in a local variable
//     (or dropped) whose every use reads a field (req.Header.Get, req.URL)
//     or passes it to a call not named Do, RoundTrip or Send. Returned,
//     stored, or derived (req.WithContext, req.Clone), it may be sent and
//     is reported; so is every request sent with http.Get, Post, ...
//   - The instance metadata service (169.254.169.254, fd00:ec2::254): the
//     imds rule's.
//   - Strings that are only logged or compared: only request calls count.
//
// # How to fix
//
// Call the operation through the service's SDK client, which signs,
// retries and parses errors:
//
//	out, err := sts.NewFromConfig(cfg).GetCallerIdentity(ctx, &sts.GetCallerIdentityInput{})
//
// If no SDK operation exists for what the request does, suppress the
// finding with the reason:
//
//	//awsvet:ignore rawhttp -- public endpoint, no SDK operation
package rawhttp

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
var Rule = rule.New(rule.Spec{Name: "rawhttp", Doc: doc, Severity: report.Warning, Applies: callsUnsigned, Run: run})
var Analyzer = Rule.Analyzer
