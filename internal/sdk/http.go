package sdk

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net"
	"regexp"
	"strings"

	"github.com/awsvet/awsvet/internal/gocode"
)

// AWS endpoints reached with net/http instead of an SDK client: which calls
// build or send a request, what of their URL is known before run time, and
// which hosts are AWS service APIs or the instance metadata service.

// HTTPRequest is a net/http call that sends a request or builds one.
type HTTPRequest struct {
	URL    ast.Expr // the URL argument
	Method string   // "GET", "POST", ... when it is constant, else ""
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
	req := HTTPRequest{URL: call.Args[methodArg+1]}
	if tv, ok := info.Types[call.Args[methodArg]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		req.Method = strings.ToUpper(constant.StringVal(tv.Value))
		if req.Method == "" {
			req.Method = "GET" // net/http's default
		}
	}
	return req, true
}

// StaticURL is what is known of a request URL before run time.
type StaticURL struct {
	Text     string // the constant text: the whole URL, or its constant start
	Complete bool   // Text is the whole URL
	Host     string // lower case, without port, user info or IPv6 brackets
	Path     string // the path in Text (only its start when !Complete)
}

// URLs resolves the request URLs of one package. A URL is static when it is
// a constant, a concatenation or fmt.Sprintf whose constant start holds the
// whole host, or a variable the package's own code gives one of those
// (gocode.Writes.Default: written once, not counting tests).
type URLs struct {
	info   *types.Info
	writes *gocode.Writes
}

// NewURLs resolves URLs through the package's variable writes.
func NewURLs(info *types.Info, writes *gocode.Writes) *URLs {
	return &URLs{info: info, writes: writes}
}

// Static returns what is known of the URL e before run time, if that
// includes the scheme and the whole host.
func (u *URLs) Static(e ast.Expr) (StaticURL, bool) {
	text, complete, ok := u.text(e, 0)
	if !ok {
		return StaticURL{}, false
	}
	return parseStaticURL(text, complete)
}

// text returns the constant text of e (complete) or its constant start.
func (u *URLs) text(e ast.Expr, depth int) (string, bool, bool) {
	if depth > 4 {
		return "", false, false
	}
	e = ast.Unparen(e)
	if tv, ok := u.info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() != constant.String {
			return "", false, false
		}
		return constant.StringVal(tv.Value), true, true
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false, false
		}
		left, complete, ok := u.text(e.X, depth+1)
		if !ok || !complete {
			return left, false, ok
		}
		right, rcomplete, rok := u.text(e.Y, depth+1)
		if !rok {
			return left, false, true
		}
		return left + right, rcomplete, true
	case *ast.CallExpr:
		if fn := gocode.Callee(u.info, e); gocode.IsFunc(fn, "fmt", "Sprintf") && len(e.Args) > 0 {
			format, complete, ok := u.text(e.Args[0], depth+1)
			if !ok || !complete {
				return "", false, false
			}
			if i := strings.IndexByte(format, '%'); i >= 0 {
				return format[:i], false, true
			}
			return format, true, true
		}
	case *ast.Ident:
		if w, ok := u.writes.Default(e); ok && w.Index < 0 {
			return u.text(w.Rhs, depth+1)
		}
	}
	return "", false, false
}

// parseStaticURL splits the constant text of a URL; the host must be whole:
// followed by a port, a path, a query, or the end of a complete URL.
func parseStaticURL(text string, complete bool) (StaticURL, bool) {
	scheme, rest, ok := strings.Cut(text, "://")
	if !ok || (!strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https")) {
		return StaticURL{}, false
	}
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		if !complete && !hostEnds(rest) {
			return StaticURL{}, false // "https://" + bucket or "https://s3." + region + ...
		}
		end = len(rest)
	}
	hostport := rest[:end]
	if at := strings.LastIndexByte(hostport, '@'); at >= 0 {
		hostport = hostport[at+1:]
	}
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.ToLower(strings.TrimSuffix(strings.Trim(host, "[]"), "."))
	if host == "" {
		return StaticURL{}, false
	}
	path := rest[end:]
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	return StaticURL{Text: text, Complete: complete, Host: host, Path: path}, true
}

// hostEnds reports whether the constant start of a URL after "://", with
// no path yet, already holds the whole host: a port separator follows it,
// or an IPv6 bracket closes it.
func hostEnds(rest string) bool {
	if strings.HasPrefix(rest, "[") {
		return strings.Contains(rest, "]")
	}
	return strings.Contains(rest, ":")
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
	switch len(labels) {
	case 1:
		return labels[0] != "" && !publicHosts[labels[0]]
	case 2:
		return region.MatchString(labels[1])
	case 3:
		return region.MatchString(labels[2]) && (labels[1] == "dualstack" || serviceSubdomains[labels[0]])
	}
	return false
}

// IsS3Endpoint reports whether host is an S3 service endpoint
// (s3.amazonaws.com, s3.<region>..., s3-<region>..., s3.dualstack...).
func IsS3Endpoint(host string) bool {
	return IsServiceEndpoint(host) && (strings.HasPrefix(host, "s3.") || strings.HasPrefix(host, "s3-"))
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

// SigV4 signer packages of both SDKs. A package that imports one signs
// the requests it builds with net/http itself.
const (
	V2SignerV4 = V2Root + "/aws/signer/v4"
	V1SignerV4 = V1Root + "/aws/signer/v4"
)

// ImportsSigV4Signer reports whether pkg imports the SigV4 signer of either SDK.
func ImportsSigV4Signer(pkg *types.Package) bool {
	return gocode.Imports(pkg, V2SignerV4) || gocode.Imports(pkg, V1SignerV4)
}

// IsSigV4SignCall reports whether fn signs or pre-signs an HTTP request
// with SigV4 without its package importing the signer: the SignHTTP and
// PresignHTTP methods of the HTTPSignerV4 interface every v2 service
// package declares for its Options (c.Options().HTTPSignerV4.SignHTTP),
// or of the v2 signer itself; v1's (*v4.Signer).Sign and Presign.
func IsSigV4SignCall(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Name() {
	case "SignHTTP", "PresignHTTP":
		return strings.HasPrefix(fn.Pkg().Path(), V2Root+"/")
	case "Sign", "Presign":
		return gocode.IsMethod(fn, V1SignerV4, "Signer", fn.Name())
	}
	return false
}
