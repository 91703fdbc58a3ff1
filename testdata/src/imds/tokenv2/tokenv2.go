// Fixtures for imds: a package that implements IMDSv2 itself.
package tokenv2

import (
	"context"
	"io"
	"net/http"
)

const (
	tokenURL    = "http://169.254.169.254/latest/api/token"
	metadataURL = "http://169.254.169.254/latest/meta-data/"
	tokenHeader = "X-aws-ec2-metadata-token"
)

// Negative: the token is fetched with PUT and sent with each request.
func get(ctx context.Context, c *http.Client, path string) ([]byte, error) {
	put, err := http.NewRequestWithContext(ctx, http.MethodPut, tokenURL, nil)
	if err != nil {
		return nil, err
	}
	put.Header.Set(tokenHeader+"-ttl-seconds", "21600")
	resp, err := c.Do(put)
	if err != nil {
		return nil, err
	}
	token, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, metadataURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set(tokenHeader, string(token))
	resp, err = c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}
