package rawhttp

// Fixtures for Amazon Bedrock API keys: bedrock and bedrock-runtime take
// an API key as a bearer token instead of a SigV4 signature, so a raw
// request there may be authorised; it still goes without the SDK's
// retries, and the SDK's Bedrock clients take the same key.

import (
	"bytes"
	"context"
	"log"
	"net/http"
	"os"
)

// Positive: Converse with a Bedrock API key, by hand.
func converse(ctx context.Context, body []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://bedrock-runtime.us-east-1.amazonaws.com/model/us.amazon.nova-lite-v1:0/converse", bytes.NewReader(body)) // want `raw HTTP POST to bedrock-runtime\.us-east-1\.amazonaws\.com skips the SDK's retries \(an API key needs no SigV4 signature\): use the SDK client, which reads the key from AWS_BEARER_TOKEN_BEDROCK`
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("AWS_BEARER_TOKEN_BEDROCK"))
	req.Header.Set("Content-Type", "application/json")
	return http.DefaultClient.Do(req)
}

// Positive: the control plane, listing models with the key.
func listModels(c *http.Client) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, "https://bedrock.us-west-2.amazonaws.com/foundation-models", nil) // want `raw HTTP GET to bedrock\.us-west-2\.amazonaws\.com skips the SDK's retries \(an API key needs no SigV4 signature\): use the SDK client, which reads the key from AWS_BEARER_TOKEN_BEDROCK`
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("BEDROCK_API_KEY"))
	return c.Do(req)
}

// Positive, the signing message: a bearer token means nothing to STS,
// which only takes SigV4.
func stsWithBearer(c *http.Client, token string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, "https://sts.us-east-1.amazonaws.com/", nil) // want `raw HTTP POST to sts\.us-east-1\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	return c.Do(req)
}

// Positive: the region chosen at run time, in a package that imports the
// SDK (another file of it does).
func converseIn(region string, body []byte) (*http.Response, error) {
	return http.Post("https://bedrock-runtime."+region+".amazonaws.com/model/m/converse", "application/json", bytes.NewReader(body)) // want `raw HTTP POST to bedrock-runtime\.<region>\.amazonaws\.com skips the SDK's retries \(an API key needs no SigV4 signature\): use the SDK client, which reads the key from AWS_BEARER_TOKEN_BEDROCK`
}

// Negative: the service chosen at run time: which API this is, is not
// known.
func callService(service string, body []byte) (*http.Response, error) {
	return http.Post("https://"+service+".us-east-1.amazonaws.com/model/m/converse", "application/json", bytes.NewReader(body))
}

// Negative: a Bedrock URL compared, never requested.
func isBedrock(u string) bool {
	return u == "https://bedrock-runtime.us-east-1.amazonaws.com"
}

// Negative: a gateway of the customer's in front of Bedrock.
func viaGateway(body []byte) (*http.Response, error) {
	return http.Post("https://bedrock-gateway.internal.example.com/model/m/converse", "application/json", bytes.NewReader(body))
}

// Negative: the endpoint from the user's settings.
func converseAt(endpoint string, body []byte) (*http.Response, error) {
	return http.Post(endpoint+"/model/m/converse", "application/json", bytes.NewReader(body))
}

// Negative: the endpoint only logged.
func logEndpoint() {
	log.Printf("using %s", "https://bedrock-runtime.us-east-1.amazonaws.com")
}
