package unsent

import (
	"context"
	"net/http"
	"testing"
)

// Negative: the request is built, tagged and inspected; it is never sent.
func TestTagWritesTraceID(t *testing.T) {
	req, err := http.NewRequest(http.MethodPost, "https://sqs.us-east-1.amazonaws.com/123456789012/q", nil)
	if err != nil {
		t.Fatal(err)
	}
	Tag(req, "1-5759e988-bd862e3fe1be46a994272793")
	if got := req.Header.Get("X-Amz-Trace-Id"); got == "" {
		t.Errorf("no trace header on %s", req.URL)
	}
}

// Negative: built with a context in a subtest, only its URL read.
func TestTagKeepsHost(t *testing.T) {
	t.Run("host", func(t *testing.T) {
		req, _ := http.NewRequestWithContext(context.Background(), http.MethodGet, "https://sts.amazonaws.com/", nil)
		Tag(req, "1-0")
		if req.URL.Host != "sts.amazonaws.com" {
			t.Error(req.URL.Host)
		}
	})
}

// Positive: a test that sends the request.
func TestCallerIdentity(t *testing.T) {
	req, err := http.NewRequest(http.MethodGet, "https://sts.amazonaws.com/?Action=GetCallerIdentity", nil) // want `raw HTTP GET to sts\.amazonaws\.com skips SigV4 signing`
	if err != nil {
		t.Fatal(err)
	}
	Tag(req, "1-1")
	resp, err := http.DefaultClient.Do(req)
	if err == nil {
		resp.Body.Close()
	}
}

// Positive: sent through a derived request, or a transport.
func TestDerived(t *testing.T) {
	req, _ := http.NewRequest(http.MethodGet, "https://ec2.us-east-1.amazonaws.com/?Action=DescribeRegions", nil) // want `raw HTTP GET to ec2\.us-east-1\.amazonaws\.com skips`
	http.DefaultClient.Do(req.WithContext(context.Background()))
	other, _ := http.NewRequest(http.MethodGet, "https://ec2.us-west-2.amazonaws.com/?Action=DescribeRegions", nil) // want `raw HTTP GET to ec2\.us-west-2\.amazonaws\.com skips`
	http.DefaultTransport.RoundTrip(other)
}

// Positive: a helper that returns the request, for another to send.
func newRequest(t *testing.T) *http.Request {
	req, err := http.NewRequest(http.MethodGet, "https://sts.us-east-1.amazonaws.com/", nil) // want `raw HTTP GET to sts\.us-east-1\.amazonaws\.com skips`
	if err != nil {
		t.Fatal(err)
	}
	return req
}

// Positive: test code that sends with http.Get sends, whatever follows.
func TestGet(t *testing.T) {
	resp, err := http.Get("https://sts.amazonaws.com/") // want `raw HTTP GET to sts\.amazonaws\.com skips`
	if err == nil {
		resp.Body.Close()
	}
}
