// Fixtures for imds: raw requests to the instance metadata service.
package imds

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"os"
)

// Positive: an IMDSv1 GET.
func instanceID() (*http.Response, error) {
	return http.Get("http://169.254.169.254/latest/meta-data/instance-id") // want `raw IMDSv1 request for metadata to 169\.254\.169\.254: use feature/ec2/imds \(v2\) or ec2metadata \(v1\)`
}

// Positive: the role credentials, fetched without a token.
func roleCredentials(role string) (*http.Response, error) {
	return http.Get("http://169.254.169.254/latest/meta-data/iam/security-credentials/" + role) // want `raw IMDSv1 request for instance role credentials to 169\.254\.169\.254: use feature/ec2/imds \(v2\) or ec2metadata \(v1\)`
}

// Positive: a constant base joined with a run-time key.
const metadataURL = "http://169.254.169.254/latest/meta-data/"

func metadata(key string) (*http.Response, error) {
	return http.Get(metadataURL + key) // want `raw IMDSv1 request for metadata to 169\.254\.169\.254: use feature/ec2/imds \(v2\) or ec2metadata \(v1\)`
}

// Positive: fmt.Sprintf with the host in its constant start.
func placement(ctx context.Context, key string) (*http.Request, error) {
	return http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("http://169.254.169.254/latest/meta-data/placement/%s", key), nil) // want `raw IMDSv1 request for metadata to 169\.254\.169\.254: use feature/ec2/imds \(v2\) or ec2metadata \(v1\)`
}

// Positive: the IPv6 endpoint of Nitro instances.
func ipv6() (*http.Request, error) {
	return http.NewRequest("GET", "http://[fd00:ec2::254]/latest/meta-data/local-ipv4", nil) // want `raw IMDSv1 request for metadata to fd00:ec2::254: use feature/ec2/imds \(v2\) or ec2metadata \(v1\)`
}

// Positive: a versioned path, on a client.
func versioned(c *http.Client) (*http.Response, error) {
	return c.Get("http://169.254.169.254/2009-04-04/meta-data/ami-id") // want `raw IMDSv1 request for metadata to 169\.254\.169\.254: use feature/ec2/imds \(v2\) or ec2metadata \(v1\)`
}

// Positive: user data and the identity document.
func userDataAndIdentity(ctx context.Context) {
	http.NewRequestWithContext(ctx, "GET", "http://169.254.169.254/latest/user-data", nil) // want `raw IMDSv1 request for metadata to 169\.254\.169\.254: use feature/ec2/imds \(v2\) or ec2metadata \(v1\)`
	http.Get("http://169.254.169.254/latest/dynamic/instance-identity/document")           // want `raw IMDSv1 request for metadata to 169\.254\.169\.254: use feature/ec2/imds \(v2\) or ec2metadata \(v1\)`
}

// Negative: the ECS task credentials endpoint is not IMDS.
func ecsCredentials() (*http.Response, error) {
	return http.Get("http://169.254.170.2" + os.Getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"))
}

// Negative: the same address on other clouds.
func otherClouds() {
	http.Get("http://169.254.169.254/metadata/instance?api-version=2021-02-01")
	http.Get("http://169.254.169.254/computeMetadata/v1/instance/id")
	http.Get("http://169.254.169.254/openstack/latest/meta_data.json")
}

// Negative: an endpoint known only at run time (a test server, a setting).
func configured(endpoint string) (*http.Response, error) {
	return http.Get(endpoint + "/latest/meta-data/instance-id")
}

// Negative: only logged.
func logged() {
	log.Println("instance metadata at http://169.254.169.254/latest/meta-data/")
}

// Negative: deliberate, kept with a reason.
func probe() (*http.Response, error) {
	//awsvet:ignore imds -- the probe checks that IMDSv1 is refused on this fleet
	return http.Get("http://169.254.169.254/latest/meta-data/")
}
