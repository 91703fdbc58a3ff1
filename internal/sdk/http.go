package sdk

import (
	"go/ast"
	"go/constant"
	"go/types"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/awsvet/awsvet/internal/gocode"
)

// AWS endpoints reached with net/http instead of an SDK client: which calls
// build or send a request, what of their URL is known before run time, and
// which hosts are AWS service APIs or the instance metadata service.

// HTTPRequest is a net/http call that sends a request or builds one.
type HTTPRequest struct {
	URL    ast.Expr // the URL argument
	Method string   // "GET", "POST", ... when it is constant, else ""
	Builds bool     // the call only builds the request (http.NewRequest...), another sends it
}

// NetHTTPRequest reports whether call sends or builds a net/http request:
// http.Get, Head, Post, PostForm, NewRequest, NewRequestWithContext, and
// the Get, Head, Post and PostForm methods of *http.Client.
func NetHTTPRequest(info *types.Info, call *ast.CallExpr) (HTTPRequest, bool) {
	fn := gocode.Callee(info, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "net/http" {
		return HTTPRequest{}, false
	}
	sending := map[string]string{"Get": "GET", "Head": "HEAD", "Post": "POST", "PostForm": "POST"}
	if m, ok := sending[fn.Name()]; ok && (gocode.IsFunc(fn, "net/http", fn.Name()) || gocode.IsMethod(fn, "net/http", "Client", fn.Name())) {
		if len(call.Args) == 0 {
			return HTTPRequest{}, false
		}
		return HTTPRequest{URL: call.Args[0], Method: m}, true
	}
	methodArg := -1
	switch {
	case gocode.IsFunc(fn, "net/http", "NewRequest"):
		methodArg = 0
	case gocode.IsFunc(fn, "net/http", "NewRequestWithContext"):
		methodArg = 1
	default:
		return HTTPRequest{}, false
	}
	if len(call.Args) < methodArg+2 {
		return HTTPRequest{}, false
	}
	req := HTTPRequest{URL: call.Args[methodArg+1], Builds: true}
	if tv, ok := info.Types[call.Args[methodArg]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		req.Method = strings.ToUpper(constant.StringVal(tv.Value))
		if req.Method == "" {
			req.Method = "GET" // net/http's default
		}
	}
	return req, true
}

// IMDS hosts: the EC2 instance metadata service on IPv4 and IPv6 (Nitro).
const (
	IMDSHostIPv4 = "169.254.169.254"
	IMDSHostIPv6 = "fd00:ec2::254"
	// ECSTaskHost is the ECS task metadata and credentials endpoint, which
	// is not IMDS.
	ECSTaskHost = "169.254.170.2"
	// IMDSTokenHeader carries the IMDSv2 session token;
	// IMDSTokenPath is where the token is fetched with PUT.
	IMDSTokenHeader = "X-aws-ec2-metadata-token"
	IMDSTokenPath   = "/latest/api/token"
)

// ec2MetadataPath matches the paths of EC2's metadata API: /latest/...,
// /2009-04-04/..., /1.0/... Other clouds serve 169.254.169.254 too (Azure's
// /metadata/, Google's /computeMetadata/, OpenStack's /openstack/).
var ec2MetadataPath = regexp.MustCompile(`^/(latest|\d{4}-\d{2}-\d{2}|1\.0)(/|$)`)

// IsIMDS reports whether u targets the EC2 instance metadata service: its
// IPv6 address, or its IPv4 address with a path of EC2's metadata API.
func IsIMDS(u StaticURL) bool {
	switch u.Host {
	case IMDSHostIPv6:
		return true
	case IMDSHostIPv4:
		return ec2MetadataPath.MatchString(u.Path)
	}
	return false
}

// awsDomains are the DNS suffixes of AWS service endpoints.
var awsDomains = []string{".amazonaws.com", ".amazonaws.com.cn", ".api.aws"}

// region matches AWS region names: us-east-1, cn-north-1, us-gov-west-1, us-isob-east-1, eu-central-2.
var region = regexp.MustCompile(`^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d+$`)

// serviceSubdomains are the leading labels of the endpoints of services
// whose API host has two labels before the region (runtime.sagemaker, ...).
var serviceSubdomains = map[string]bool{"runtime": true, "api": true, "data": true, "streams": true, "models": true, "runtime-v2": true}

// publicHosts serve public documents, not APIs with an SDK operation.
var publicHosts = map[string]bool{"ip-ranges": true, "checkip": true}

// IsServiceEndpoint reports whether host is the API endpoint of an AWS
// service: <svc>.amazonaws.com, <svc>.<region>.amazonaws.com(.cn),
// <svc>.<region>.api.aws, <svc>-fips.<region>..., s3.dualstack.<region>...
// The region may be RunTimeLabel (sts.*.amazonaws.com), no other label.
// Hosts of customer resources (API Gateway stages, load balancers, EC2
// instances, OpenSearch domains, S3 buckets, EKS clusters) have more labels
// and are not service endpoints: they are reached with plain HTTP by design.
func IsServiceEndpoint(host string) bool {
	var labels []string
	for _, d := range awsDomains {
		if rest, ok := strings.CutSuffix(host, d); ok {
			labels = strings.Split(rest, ".")
			break
		}
	}
	if len(labels) == 0 {
		return false
	}
	// Only the region may be decided at run time: a service's name is
	// what the code calls, and a run-time first label is a bucket, an API
	// or a domain of the customer's.
	last := len(labels) - 1
	for _, l := range labels[:last] {
		if l == RunTimeLabel {
			return false
		}
	}
	isRegion := func(l string) bool { return l == RunTimeLabel || region.MatchString(l) }
	switch len(labels) {
	case 1:
		return labels[0] != "" && labels[0] != RunTimeLabel && !publicHosts[labels[0]]
	case 2:
		return isRegion(labels[1])
	case 3:
		return isRegion(labels[2]) && (labels[1] == "dualstack" || serviceSubdomains[labels[0]])
	}
	return false
}

// IsS3Endpoint reports whether host is an S3 service endpoint
// (s3.amazonaws.com, s3.<region>..., s3-<region>..., s3.dualstack...).
func IsS3Endpoint(host string) bool {
	return IsServiceEndpoint(host) && (strings.HasPrefix(host, "s3.") || strings.HasPrefix(host, "s3-"))
}

// bearerKeyServices take an API key as a bearer token in place of a SigV4
// signature: Amazon Bedrock's API keys, for the bedrock and
// bedrock-runtime endpoints, which the v2 SDK's clients of both also take
// (Options.BearerAuthTokenProvider, or AWS_BEARER_TOKEN_BEDROCK).
var bearerKeyServices = map[string]bool{"bedrock": true, "bedrock-runtime": true}

// BearerKeyEnvVar is where the v2 SDK's Bedrock clients read an API key.
const BearerKeyEnvVar = "AWS_BEARER_TOKEN_BEDROCK"

// AcceptsBearerKey reports whether host is the endpoint of a service that
// accepts an API key as a bearer token, so that a request to it needs no
// SigV4 signature.
func AcceptsBearerKey(host string) bool {
	svc, _, _ := strings.Cut(host, ".")
	return IsServiceEndpoint(host) && bearerKeyServices[strings.TrimSuffix(svc, "-fips")]
}

// unsignedOperations are the operations of a service that AWS documents
// as called without a SigV4 signature (the caller has no credentials yet:
// it trades a web identity or SAML token, or a user pool's password or
// refresh token, for them), by the endpoint's service name.
var unsignedOperations = map[string][]string{
	"sts":              {"AssumeRoleWithWebIdentity", "AssumeRoleWithSAML"},
	"cognito-idp":      {"InitiateAuth", "RespondToAuthChallenge", "SignUp", "ConfirmSignUp", "ForgotPassword", "ConfirmForgotPassword"},
	"cognito-identity": {"GetId", "GetOpenIdToken", "GetCredentialsForIdentity"},
}

// UnsignedOperation returns the operation of host's service that needs no
// SigV4 signature and that text names as a whole word (Action=...,
// AWSCognitoIdentityProviderService.InitiateAuth), or "".
func UnsignedOperation(host, text string) string {
	svc, _, _ := strings.Cut(host, ".")
	ops := unsignedOperations[strings.TrimSuffix(svc, "-fips")]
	if len(ops) == 0 {
		return ""
	}
	notWord := func(r rune) bool { return r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	for _, w := range strings.FieldsFunc(text, notWord) {
		if slices.Contains(ops, w) {
			return w
		}
	}
	return ""
}

// IsPublicDocument reports whether u is a document AWS serves unsigned
// under a service endpoint, with no SDK operation to read it: OIDC
// discovery and JWKS (/.well-known/, as Cognito user pools publish), SNS
// signing certificates (.pem), and the Price List bulk files (/offers/).
func IsPublicDocument(u StaticURL) bool {
	return strings.Contains(u.Path, "/.well-known/") ||
		(u.Complete && strings.HasSuffix(u.Path, ".pem")) ||
		(strings.HasPrefix(u.Host, "pricing.") && strings.HasPrefix(u.Path, "/offers/"))
}

// Settings that turn IMDSv1 fallback back on: when fetching the IMDSv2
// token fails, the client then sends the metadata request without one.
const (
	FieldEnableFallback            = "EnableFallback"            // v2 imds.Options (aws.Ternary)
	FieldEC2MetadataEnableFallback = "EC2MetadataEnableFallback" // v1 aws.Config (*bool), see IsV1Config
)

// IsV2IMDSOptions reports whether t is (a pointer to) v2 imds.Options.
func IsV2IMDSOptions(t types.Type) bool { return gocode.IsNamed(t, V2IMDS, "Options") }

// IsIMDSClientConstructor reports whether fn builds an instance metadata
// client from a config or session: v2 imds.NewFromConfig(cfg) or v1
// ec2metadata.New(sess). The metadata service answers at a link-local
// address and the client never reads the config's region.
func IsIMDSClientConstructor(fn *types.Func) bool {
	return gocode.IsFunc(fn, V2IMDS, "NewFromConfig") || gocode.IsFunc(fn, V1EC2Metadata, "New")
}

// IsV2TrueTernary reports whether obj is the constant aws.TrueTernary of v2.
func IsV2TrueTernary(obj types.Object) bool {
	c, ok := obj.(*types.Const)
	return ok && c.Name() == "TrueTernary" && c.Pkg() != nil && c.Pkg().Path() == V2AWS
}

// IsV1WithEC2MetadataEnableFallback reports whether fn is v1
// (*aws.Config).WithEC2MetadataEnableFallback(bool).
func IsV1WithEC2MetadataEnableFallback(fn *types.Func) bool {
	return gocode.IsMethod(fn, V1AWS, "Config", "WithEC2MetadataEnableFallback")
}
