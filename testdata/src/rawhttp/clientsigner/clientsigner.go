// Package clientsigner signs its requests through a service client's own
// signer (Options().HTTPSignerV4), without importing aws/signer/v4, as
// KEDA does for Amazon Managed Prometheus' query API, which has no SDK
// operation. Its raw requests, here and in its tests, are on purpose.
package clientsigner

import (
	"context"
	"net/http"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/sts"
)

const emptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

// signingTransport signs each request with the client's SigV4 signer.
type signingTransport struct {
	client *sts.Client
	next   http.RoundTripper
}

func (t *signingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	o := t.client.Options()
	creds, err := o.Credentials.Retrieve(req.Context())
	if err != nil {
		return nil, err
	}
	if err := o.HTTPSignerV4.SignHTTP(req.Context(), creds, req, emptyPayloadHash, "sts", o.Region, time.Now()); err != nil {
		return nil, err
	}
	return t.next.RoundTrip(req)
}

func callerIdentity(ctx context.Context, c *sts.Client) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://sts.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15", nil)
	if err != nil {
		return nil, err
	}
	hc := &http.Client{Transport: &signingTransport{client: c, next: http.DefaultTransport}}
	return hc.Do(req)
}
