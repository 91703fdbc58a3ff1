// Package awsauthsigned signs its requests with
// github.com/smartystreets/go-aws-auth, a SigV4 library outside the SDK:
// its raw requests to AWS are signed on purpose.
package awsauthsigned

import (
	"net/http"
	"net/url"
	"strings"

	awsauth "github.com/smartystreets/go-aws-auth"
)

// Negative: signed with awsauth.Sign4, then sent.
func listQueues(creds awsauth.Credentials) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, "https://sqs.us-east-1.amazonaws.com/?Action=ListQueues&Version=2012-11-05", nil)
	if err != nil {
		return nil, err
	}
	awsauth.Sign4(req, creds)
	return http.DefaultClient.Do(req)
}

// Negative: awsauth.Sign picks the signature version from the host, with
// the credentials of the environment.
func getCallerIdentity() (*http.Response, error) {
	form := url.Values{"Action": {"GetCallerIdentity"}, "Version": {"2011-06-15"}}
	req, err := http.NewRequest(http.MethodPost, "https://sts.amazonaws.com/", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return http.DefaultClient.Do(awsauth.Sign(req))
}

// signingTransport signs every request its client sends, as
// olivere/elastic's V4Transport does on this library.
type signingTransport struct {
	creds awsauth.Credentials
	next  http.RoundTripper
}

func (t signingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	return t.next.RoundTrip(awsauth.Sign4(req, t.creds))
}

// Negative: sent through a client whose transport signs.
func putItem(creds awsauth.Credentials, item string) (*http.Response, error) {
	c := &http.Client{Transport: signingTransport{creds: creds, next: http.DefaultTransport}}
	return c.Post("https://dynamodb.eu-west-1.amazonaws.com/", "application/x-amz-json-1.0", strings.NewReader(item))
}
