// Fixtures for rawhttp: a package that does not use the SDK. A host known
// but for its region is left alone here: the package may be a proxy or a
// client of an AWS-compatible service, and has no SDK client at hand.
package nosdk

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
)

// Positive: the whole host is constant, SDK or not.
func constantHost() (*http.Response, error) {
	return http.Get("https://sts.us-east-1.amazonaws.com/?Action=GetCallerIdentity") // want `raw HTTP GET to sts\.us-east-1\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
}

// Negative: the region decided at run time.
func regional(region string, body io.Reader) {
	http.Get(fmt.Sprintf("https://sts.%s.amazonaws.com/", region))
	http.Post("https://sqs."+region+".amazonaws.com/123456789012/q", "text/plain", body)
	u := &url.URL{Scheme: "https", Host: "dynamodb." + region + ".amazonaws.com"}
	http.Post(u.String(), "application/x-amz-json-1.0", body)
}
