package sdk_test

import (
	"fmt"
	"go/ast"
	"go/token"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

// requestsSrc holds one request call per function; the function name says
// what NetHTTPRequest and URLs.Static must find.
const requestsSrc = `package p

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
)

const base = "http://169.254.169.254/latest/meta-data/"

var endpoint = "https://sts.amazonaws.com"

var reassigned = "https://sqs.us-east-1.amazonaws.com"

func init() { reassigned = "https://example.com" }

func constant()        { http.Get("https://sts.amazonaws.com/?Action=GetCallerIdentity") }
func concatenated(k string) { http.Get(base + k) }
func sprintf(k string) { http.Get(fmt.Sprintf("https://s3.us-west-2.amazonaws.com/b/%s", k)) }
func packageVar()      { http.Head(endpoint) }
func localVar(ctx context.Context) {
	u := "http://[fd00:ec2::254]/latest/meta-data/"
	http.NewRequestWithContext(ctx, "put", u, nil)
}
func withPort(c *http.Client) { c.Post("https://sqs.us-east-1.amazonaws.com:443/q", "", nil) }
func hostAtRunTime(b string)  { http.Get("https://" + b + ".s3.amazonaws.com/") }
func sprintfHost(r string)    { http.Get(fmt.Sprintf("https://sts.%s.amazonaws.com/", r)) }
func parameter(u string)      { http.Get(u) }
func concatRegion(r string)   { http.Get("https://sts." + r + ".amazonaws.com/?Action=GetCallerIdentity") }
func hostSuffix(s string)     { http.Get("https://sts.amazonaws.com" + s) }
func hostOpen(r string)       { http.Get("https://sts." + r) }
func sprintfConst()           { http.Get(fmt.Sprintf("https://%s.%s.amazonaws.com/%d", "sqs", "eu-west-1", 7)) }
func sprintfIndexed(r string) { http.Get(fmt.Sprintf("https://sts.%[1]s.amazonaws.com/", r)) }
func urlLiteral(r string) {
	u := url.URL{Scheme: "https", Host: fmt.Sprintf("sts.%s.amazonaws.com", r), Path: "/"}
	http.Get(u.String())
}
func urlPointer(r string) { http.Get((&url.URL{Scheme: "https", Host: "sqs." + r + ".amazonaws.com"}).String()) }
func urlNoScheme()        { http.Get((&url.URL{Host: "sts.amazonaws.com"}).String()) }
func reassignedVar()          { http.Get(reassigned) }
func notHTTP()                { fmt.Println("https://sts.amazonaws.com") }
`

func TestNetHTTPRequestAndStatic(t *testing.T) {
	_, f, info := typeCheck(t, requestsSrc)
	urls := sdk.NewURLs(info, gocode.NewWrites(info, []*ast.File{f}, func(token.Pos) bool { return false }))
	type want struct {
		request    bool
		method     string
		static     bool
		host, path string
		complete   bool
	}
	wants := map[string]want{
		"constant":       {true, "GET", true, "sts.amazonaws.com", "/", true},
		"concatenated":   {true, "GET", true, sdk.IMDSHostIPv4, "/latest/meta-data/", false},
		"sprintf":        {true, "GET", true, "s3.us-west-2.amazonaws.com", "/b/", false},
		"packageVar":     {true, "HEAD", true, "sts.amazonaws.com", "", true},
		"localVar":       {true, "PUT", true, sdk.IMDSHostIPv6, "/latest/meta-data/", true},
		"withPort":       {true, "POST", true, "sqs.us-east-1.amazonaws.com", "/q", true},
		"hostAtRunTime":  {true, "GET", true, "*.s3.amazonaws.com", "/", false},
		"sprintfHost":    {true, "GET", true, "sts.*.amazonaws.com", "/", false},
		"concatRegion":   {true, "GET", true, "sts.*.amazonaws.com", "/", false},
		"hostSuffix":     {true, "GET", false, "", "", false},
		"hostOpen":       {true, "GET", false, "", "", false},
		"sprintfConst":   {true, "GET", true, "sqs.eu-west-1.amazonaws.com", "/", false},
		"sprintfIndexed": {true, "GET", false, "", "", false},
		"urlLiteral":     {true, "GET", true, "sts.*.amazonaws.com", "/", false},
		"urlPointer":     {true, "GET", true, "sqs.*.amazonaws.com", "", false},
		"urlNoScheme":    {true, "GET", false, "", "", false},
		"parameter":      {true, "GET", false, "", "", false},
		"reassignedVar":  {true, "GET", false, "", "", false},
		"notHTTP":        {false, "", false, "", "", false},
	}
	eachFunc(t, f, wants, func(fd *ast.FuncDecl, w want) {
		call := firstCall(fd.Body, func(c *ast.CallExpr) bool {
			_, isReq := sdk.NetHTTPRequest(info, c)
			return isReq || fd.Name.Name == "notHTTP"
		})
		req, ok := sdk.NetHTTPRequest(info, call)
		if ok != w.request || req.Method != w.method {
			t.Errorf("%s: NetHTTPRequest = %v %q, want %v %q", fd.Name.Name, ok, req.Method, w.request, w.method)
		}
		if !ok {
			return
		}
		u, ok := urls.Static(req.URL)
		if ok != w.static || u.Host != w.host || u.Path != w.path || u.Complete != w.complete {
			t.Errorf("%s: Static = %+v %v, want host %q path %q complete %v static %v", fd.Name.Name, u, ok, w.host, w.path, w.complete, w.static)
		}
	}, "init")
}

func TestHosts(t *testing.T) {
	for host, want := range map[string]bool{
		"sts.amazonaws.com":                          true,
		"sts.*.amazonaws.com":                        true,
		"s3.dualstack.*.amazonaws.com":               true,
		"runtime.sagemaker.*.amazonaws.com":          true,
		"*.amazonaws.com":                            false,
		"*.us-east-1.amazonaws.com":                  false,
		"*.*.amazonaws.com":                          false,
		"*.s3.amazonaws.com":                         false,
		"*.execute-api.*.amazonaws.com":              false,
		"sts.*":                                      false,
		"sqs.us-east-1.amazonaws.com":                true,
		"sts-fips.us-gov-west-1.amazonaws.com":       true,
		"sts.cn-north-1.amazonaws.com.cn":            true,
		"ec2.us-east-1.api.aws":                      true,
		"s3.dualstack.eu-west-1.amazonaws.com":       true,
		"runtime.sagemaker.us-east-1.amazonaws.com":  true,
		"streams.dynamodb.us-east-1.amazonaws.com":   true,
		"s3-us-west-2.amazonaws.com":                 true,
		"ip-ranges.amazonaws.com":                    false,
		"checkip.amazonaws.com":                      false,
		"abc123.execute-api.us-east-1.amazonaws.com": false,
		"my-lb-1.us-east-1.elb.amazonaws.com":        false,
		"ec2-54-1-2-3.compute-1.amazonaws.com":       false,
		"bucket.s3.amazonaws.com":                    false,
		"bucket.s3.us-east-1.amazonaws.com":          false,
		"search-x.eu-west-1.es.amazonaws.com":        false,
		"oidc.eks.us-west-2.amazonaws.com":           false,
		"amazonaws.com":                              false,
		"amazonaws.com.example.org":                  false,
		"example.com":                                false,
		sdk.IMDSHostIPv4:                             false,
	} {
		if got := sdk.IsServiceEndpoint(host); got != want {
			t.Errorf("IsServiceEndpoint(%s) = %v, want %v", host, got, want)
		}
	}
	if !sdk.IsS3Endpoint("s3.amazonaws.com") || !sdk.IsS3Endpoint("s3.us-east-2.amazonaws.com") || sdk.IsS3Endpoint("sts.amazonaws.com") || sdk.IsS3Endpoint("s3-bucket.example.com") {
		t.Error("IsS3Endpoint")
	}
	for _, c := range []struct {
		u    sdk.StaticURL
		imds bool
		doc  bool
	}{
		{sdk.StaticURL{Host: sdk.IMDSHostIPv4, Path: "/latest/meta-data/ami-id"}, true, false},
		{sdk.StaticURL{Host: sdk.IMDSHostIPv4, Path: "/2009-04-04/user-data"}, true, false},
		{sdk.StaticURL{Host: sdk.IMDSHostIPv4, Path: "/metadata/instance"}, false, false},
		{sdk.StaticURL{Host: sdk.IMDSHostIPv4, Path: "/computeMetadata/v1/"}, false, false},
		{sdk.StaticURL{Host: sdk.IMDSHostIPv6, Path: ""}, true, false},
		{sdk.StaticURL{Host: sdk.ECSTaskHost, Path: "/v2/credentials"}, false, false},
		{sdk.StaticURL{Host: "cognito-idp.us-east-1.amazonaws.com", Path: "/pool/.well-known/jwks.json", Complete: true}, false, true},
		{sdk.StaticURL{Host: "sns.us-east-1.amazonaws.com", Path: "/SimpleNotificationService-x.pem", Complete: true}, false, true},
		{sdk.StaticURL{Host: "pricing.us-east-1.amazonaws.com", Path: "/offers/v1.0/aws/index.json", Complete: true}, false, true},
		{sdk.StaticURL{Host: "sts.amazonaws.com", Path: "/", Complete: true}, false, false},
	} {
		if sdk.IsIMDS(c.u) != c.imds || sdk.IsPublicDocument(c.u) != c.doc {
			t.Errorf("%+v: IsIMDS %v IsPublicDocument %v, want %v %v", c.u, sdk.IsIMDS(c.u), sdk.IsPublicDocument(c.u), c.imds, c.doc)
		}
	}
}

func TestAcceptsBearerKey(t *testing.T) {
	for host, want := range map[string]bool{
		"bedrock-runtime.us-east-1.amazonaws.com":                    true,
		"bedrock-runtime-fips.us-east-1.amazonaws.com":               true,
		"bedrock.us-west-2.amazonaws.com":                            true,
		"bedrock-agent-runtime.us-east-1.amazonaws.com":              false, // not a service API keys are documented for
		"sts.us-east-1.amazonaws.com":                                false,
		"bedrock-runtime.example.com":                                false, // not an AWS endpoint
		"my-bedrock-runtime.bedrock-runtime.us-east-1.amazonaws.com": false,
	} {
		if got := sdk.AcceptsBearerKey(host); got != want {
			t.Errorf("AcceptsBearerKey(%q) = %v, want %v", host, got, want)
		}
	}
}

func TestIMDSSettings(t *testing.T) {
	opts := lookup(t, sdk.V2IMDS, "Options").Type()
	if !sdk.IsV2IMDSOptions(opts) {
		t.Error("imds.Options not recognised")
	}
	if !gocode.IsNamed(field(t, opts, sdk.FieldEnableFallback).Type(), sdk.V2AWS, "Ternary") {
		t.Error("imds.Options.EnableFallback is not an aws.Ternary")
	}
	if !sdk.IsV2TrueTernary(lookup(t, sdk.V2AWS, "TrueTernary")) || sdk.IsV2TrueTernary(lookup(t, sdk.V2AWS, "FalseTernary")) {
		t.Error("aws.TrueTernary")
	}
	field(t, lookup(t, sdk.V1AWS, "Config").Type(), sdk.FieldEC2MetadataEnableFallback)
	if !sdk.IsV1WithEC2MetadataEnableFallback(method(t, sdk.V1AWS, "Config", "WithEC2MetadataEnableFallback")) {
		t.Error("WithEC2MetadataEnableFallback not recognised")
	}
}

// TestStaticFanOut: variables that each join the one before many times
// (a1 := a0 + a0 + ...) are read once each. Read naively, the work is
// uses^levels reads: when a0 is a run-time value every template is one
// hole (run-time parts in a row make one), and no length cap stops it.
// The host is still found through such variables.
func TestStaticFanOut(t *testing.T) {
	for _, c := range []struct{ a0, host string }{
		{`"https://sts." + r + ".amazonaws.com/"`, "sts.*.amazonaws.com"},
		{`r`, ""},
	} {
		_, f, info := typeCheck(t, fanOutSrc(c.a0, 3, 1000))
		urls := sdk.NewURLs(info, gocode.NewWrites(info, []*ast.File{f}, func(token.Pos) bool { return false }))
		call := firstCall(f, func(c *ast.CallExpr) bool { _, ok := sdk.NetHTTPRequest(info, c); return ok })
		req, _ := sdk.NetHTTPRequest(info, call)
		start := time.Now()
		u, _ := urls.Static(req.URL)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("a0 := %s: Static took %v", c.a0, d)
		}
		if u.Host != c.host {
			t.Errorf("a0 := %s: Static = %+v, want host %q", c.a0, u, c.host)
		}
	}
}

// fanOutSrc is a function whose variable a<l> joins a<l-1> uses times,
// levels deep, and which sends a request to the last.
func fanOutSrc(a0 string, levels, uses int) string {
	var b strings.Builder
	b.WriteString("package p\n\nimport \"net/http\"\n\nfunc f(r string) {\n\ta0 := " + a0 + "\n")
	for l := 1; l <= levels; l++ {
		args := make([]string, uses)
		for i := range args {
			args[i] = "a" + strconv.Itoa(l-1)
		}
		fmt.Fprintf(&b, "\ta%d := %s\n", l, strings.Join(args, " + "))
	}
	fmt.Fprintf(&b, "\thttp.Get(a%d)\n}\n", levels)
	return b.String()
}
