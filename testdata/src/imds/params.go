package imds

import (
	"net/http"
	"os"
)

// The URL reaches the request through a parameter of an unexported
// helper; every call passes a URL known before run time.

const imdsBase = "http://169.254.169.254/latest/"

// Positive: the constant is one call away.
func identityDocument(c *http.Client) (*http.Response, error) {
	return getURL(c, imdsBase+"dynamic/instance-identity/document")
}

func getURL(c *http.Client, url string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil) // want `raw IMDSv1 request for metadata to 169\.254\.169\.254: use feature/ec2/imds \(v2\) or ec2metadata \(v1\)`
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}

// Positive: the caller's base is a local variable set once; the path is
// appended in the helper.
func instanceField(key string) (*http.Response, error) {
	base := "http://169.254.169.254/latest/meta-data/"
	return fieldOf(base, key)
}

func fieldOf(base, key string) (*http.Response, error) {
	return http.Get(base + key) // want `raw IMDSv1 request for metadata to 169\.254\.169\.254: use feature/ec2/imds \(v2\) or ec2metadata \(v1\)`
}

// Negative: Azure's instance metadata service, at the same address.
func azureInstance() (*http.Response, error) {
	return azureGet("http://169.254.169.254/metadata/instance?api-version=2021-02-01")
}

func azureGet(url string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Metadata", "true")
	return http.DefaultClient.Do(req)
}

// Negative: a local fake of the metadata service listening on the address
// (an emulator for development): no request is sent.
func serveFake(h http.Handler) error {
	return listenOn("169.254.169.254:80", h)
}

func listenOn(addr string, h http.Handler) error {
	return http.ListenAndServe(addr, h)
}

// Negative: the endpoint comes from configuration at one call.
func metadataFrom(path string) (*http.Response, error) {
	if ep := os.Getenv("IMDS_ENDPOINT"); ep != "" {
		return fetchFrom(ep + path)
	}
	return fetchFrom("http://169.254.169.254" + path)
}

func fetchFrom(url string) (*http.Response, error) {
	return http.Get(url)
}

// Negative: an exported helper, which an importer may call with a test
// server's URL.
func Document() (*http.Response, error) {
	return GetMetadataURL("http://169.254.169.254/latest/dynamic/instance-identity/document")
}

func GetMetadataURL(url string) (*http.Response, error) {
	return http.Get(url)
}

// Negative: a helper also used as a value, which may be called anywhere.
var fetchers = []func(string) (*http.Response, error){plainGet}

func userData() (*http.Response, error) {
	return plainGet("http://169.254.169.254/latest/user-data")
}

func plainGet(url string) (*http.Response, error) {
	return http.Get(url)
}

// Quiet, a limit: the parameter is not followed past one call (the caller's own
// parameter carries the URL).
func twoAway() (*http.Response, error) { return oneAway("http://169.254.169.254/latest/meta-data/") }

func oneAway(base string) (*http.Response, error) { return sendTo(base + "ami-id") }

func sendTo(url string) (*http.Response, error) { return http.Get(url) }
