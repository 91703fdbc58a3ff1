// Package aws_signing_client stands in for
// github.com/sha1sum/aws_signing_client, which the module proxy does not
// serve: New returns an *http.Client whose transport signs every request
// with SigV4 (here it only names the service and region).
package aws_signing_client

import (
	"errors"
	"net/http"
)

// Signer signs a request for a service and region.
type Signer interface {
	Sign(r *http.Request, service, region string) error
}

type signingTransport struct {
	signer          Signer
	next            http.RoundTripper
	service, region string
}

func (t *signingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if err := t.signer.Sign(r, t.service, t.region); err != nil {
		return nil, err
	}
	return t.next.RoundTrip(r)
}

// New returns a client that signs what it sends for service in region.
func New(s Signer, hc *http.Client, service, region string) (*http.Client, error) {
	if s == nil || service == "" || region == "" {
		return nil, errors.New("aws_signing_client: signer, service and region are required")
	}
	if hc == nil {
		hc = &http.Client{}
	}
	next := hc.Transport
	if next == nil {
		next = http.DefaultTransport
	}
	hc.Transport = &signingTransport{signer: s, next: next, service: service, region: region}
	return hc, nil
}
