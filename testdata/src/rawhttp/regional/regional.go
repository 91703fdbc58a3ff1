// Fixtures for rawhttp: a package that uses the SDK for some calls and
// net/http for others, with the region chosen at run time. The host is
// known but for the region, which is enough to know the service.
package regional

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sts"
)

// The SDK is used elsewhere in the package.
func whoAmI(ctx context.Context, cfg aws.Config) (*sts.GetCallerIdentityOutput, error) {
	return sts.NewFromConfig(cfg).GetCallerIdentity(ctx, &sts.GetCallerIdentityInput{})
}

// Positive: the regional STS endpoint in a format string.
func callerIdentity(ctx context.Context, cfg aws.Config) (*http.Response, error) {
	endpoint := fmt.Sprintf("https://sts.%s.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15", cfg.Region)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint, nil) // want `raw HTTP GET to sts\.<region>\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

// Positive: the region concatenated in.
func sendMessage(region string, body io.Reader) (*http.Response, error) {
	return http.Post("https://sqs."+region+".amazonaws.com/123456789012/orders", "application/x-www-form-urlencoded", body) // want `raw HTTP POST to sqs\.<region>\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
}

// Positive: a url.URL literal whose host names the region.
func putItem(ctx context.Context, region string, body io.Reader) (*http.Request, error) {
	u := url.URL{Scheme: "https", Host: fmt.Sprintf("dynamodb.%s.amazonaws.com", region), Path: "/"}
	return http.NewRequestWithContext(ctx, "POST", u.String(), body) // want `raw HTTP POST to dynamodb\.<region>\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
}

// Positive: a FIPS endpoint in a China or GovCloud partition.
func fips(c *http.Client, region string) (*http.Response, error) {
	return c.Get(fmt.Sprintf("https://sts-fips.%s.amazonaws.com/?Action=GetCallerIdentity", region)) // want `raw HTTP GET to sts-fips\.<region>\.amazonaws\.com skips`
}

// Negative: customer resources, whatever the region.
func customerResources(ctx context.Context, apiID, bucket, region, key string, body io.Reader) {
	http.Get(fmt.Sprintf("https://%s.execute-api.%s.amazonaws.com/prod/items", apiID, region))
	http.Get("https://" + bucket + ".s3." + region + ".amazonaws.com/" + key)
	http.NewRequestWithContext(ctx, http.MethodPut, fmt.Sprintf("https://%s.s3.%s.amazonaws.com/%s", bucket, region, key), body)
}

// Negative: public objects read from a regional S3 endpoint.
func openData(region, key string) {
	http.Get(fmt.Sprintf("https://s3.%s.amazonaws.com/noaa-goes16/%s", region, key))
	http.Head("https://s3." + region + ".amazonaws.com/my-public-bucket/" + key)
}

// Negative: the service, or the whole host, decided at run time; a host
// that may go on after the region.
func runTimeHosts(service, region, domain string) {
	http.Get(fmt.Sprintf("https://%s.%s.amazonaws.com/", service, region))
	http.Get(fmt.Sprintf("https://sts.%s.%s/", region, domain))
	http.Get("https://sts." + region)
	http.Get(fmt.Sprintf("https://oidc.eks.%s.amazonaws.com/id/%s/.well-known/openid-configuration", region, service))
}

// Negative: endpoints only logged or compared.
func logged(region, u string) bool {
	log.Printf("using https://sts.%s.amazonaws.com", region)
	return strings.HasPrefix(u, fmt.Sprintf("https://sqs.%s.amazonaws.com", region))
}
