package sdk

import "go/types"

// v1GlobalServices maps the v1 service packages whose clients work with no
// region to their endpoint IDs. v1's endpoint resolver gives these
// services their partition's global endpoint (iam.amazonaws.com, signed
// for us-east-1) when the session has no region (endpoints'
// allowLegacyEmptyRegion), so a session that builds only such clients
// never fails with MissingRegion. v2 has no such fallback. The test
// resolves every endpoint ID with the pinned SDK.
var v1GlobalServices = map[string]string{
	"budgets":       "budgets",
	"chime":         "chime",
	"cloudfront":    "cloudfront",
	"costexplorer":  "ce",
	"iam":           "iam",
	"organizations": "organizations",
	"route53":       "route53",
	"sts":           "sts",
	"support":       "support",
	"waf":           "waf",
}

// IsV1GlobalClientConstructor reports whether fn is <svc>.New of a v1
// service that v1 addresses without a region (iam.New, sts.New,
// route53.New...).
func IsV1GlobalClientConstructor(fn *types.Func) bool {
	if !IsV1ClientConstructor(fn) {
		return false
	}
	_, ok := v1GlobalServices[fn.Pkg().Name()]
	return ok
}

// V1GlobalServiceEndpointIDs returns the endpoint IDs of the services
// IsV1GlobalClientConstructor accepts, keyed by package name, for tests.
func V1GlobalServiceEndpointIDs() map[string]string {
	ids := make(map[string]string, len(v1GlobalServices))
	for pkg, id := range v1GlobalServices {
		ids[pkg] = id
	}
	return ids
}
