// Package signingclient queries Amazon Managed Prometheus, an API the SDK
// has no operation for, with the *http.Client that
// sha1sum/aws_signing_client (here its stand-in) returns: its transport
// signs every request.
package signingclient

import (
	"net/http"
	"net/url"

	"awsvet.test/src/rawhttp/libs/aws_signing_client"
)

const workspace = "https://aps-workspaces.us-east-1.amazonaws.com/workspaces/ws-0123/api/v1/"

// Negative: Get of the signing client.
func query(s aws_signing_client.Signer, promQL string) (*http.Response, error) {
	c, err := aws_signing_client.New(s, nil, "aps", "us-east-1")
	if err != nil {
		return nil, err
	}
	return c.Get(workspace + "query?query=" + url.QueryEscape(promQL))
}

// Negative: a request built with net/http, sent by the signing client.
func labels(s aws_signing_client.Signer) (*http.Response, error) {
	c, err := aws_signing_client.New(s, &http.Client{}, "aps", "us-east-1")
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodGet, workspace+"labels", nil)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}
