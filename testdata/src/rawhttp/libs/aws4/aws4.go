// Package aws4 stands in for github.com/bmizerany/aws4, a SigV4 library
// outside the SDK, which the module proxy does not serve: only its API's
// shape matters to the fixtures (rawhttp knows the library by its path's
// last element). Its Sign computes no real signature.
package aws4

import (
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

// Keys are the credentials requests are signed with.
type Keys struct {
	AccessKey string
	SecretKey string
}

// Client signs every request it sends.
type Client struct {
	Keys   *Keys
	Client *http.Client
}

// DefaultClient signs with the keys of the environment.
var DefaultClient = &Client{Keys: &Keys{AccessKey: os.Getenv("AWS_ACCESS_KEY_ID"), SecretKey: os.Getenv("AWS_SECRET_ACCESS_KEY")}}

// Sign signs r with keys (here: dates it only).
func Sign(keys *Keys, r *http.Request) error {
	r.Header.Set("X-Amz-Date", time.Now().UTC().Format("20060102T150405Z"))
	return nil
}

// Do signs req and sends it.
func (c *Client) Do(req *http.Request) (*http.Response, error) {
	if err := Sign(c.Keys, req); err != nil {
		return nil, err
	}
	hc := c.Client
	if hc == nil {
		hc = http.DefaultClient
	}
	return hc.Do(req)
}

// Post signs and sends a POST.
func (c *Client) Post(u, bodyType string, body string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, u, strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", bodyType)
	return c.Do(req)
}

// PostForm signs and sends a form.
func (c *Client) PostForm(u string, data url.Values) (*http.Response, error) {
	return c.Post(u, "application/x-www-form-urlencoded", data.Encode())
}
