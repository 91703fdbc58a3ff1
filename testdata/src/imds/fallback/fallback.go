// Fixtures for imds: packages that fetch an IMDSv2 token themselves, and
// one that sends the request without it when the fetch failed.
package fallback

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log"
	"net/http"
)

// Positive: the X-Ray EC2 plugin's shape. The token PUT may fail (logged),
// and the metadata GET then goes without the header: IMDSv1.
func pluginMetadata() {
	imdsURL := "http://169.254.169.254/latest/"
	client := &http.Client{Transport: http.DefaultTransport}
	token, err := getToken(imdsURL, client)
	if err != nil {
		log.Printf("no metadata token, falling back to IMDSv1: %v", err)
	}
	resp, err := getMetadata(imdsURL, client, token)
	if err != nil {
		return
	}
	resp.Body.Close()
}

func getToken(imdsURL string, client *http.Client) (string, error) {
	req, _ := http.NewRequest("PUT", imdsURL+"api/token", nil)
	req.Header.Add("X-aws-ec2-metadata-token-ttl-seconds", "60")
	resp, err := client.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	_, err = buf.ReadFrom(resp.Body)
	return buf.String(), err
}

func getMetadata(imdsURL string, client *http.Client, token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", imdsURL+"dynamic/instance-identity/document", nil) // want `raw request for metadata to 169\.254\.169\.254 goes without the IMDSv2 token when fetching one failed \(IMDSv1 fallback\): use feature/ec2/imds \(v2\) or ec2metadata \(v1\)`
	if token != "" {
		req.Header.Add("X-aws-ec2-metadata-token", token)
	}
	return client.Do(req)
}

const (
	tokenURL    = "http://169.254.169.254/latest/api/token"
	roleURL     = "http://169.254.169.254/latest/meta-data/iam/security-credentials/"
	tokenHeader = "X-aws-ec2-metadata-token"
)

// Positive: the token fetched in the same function, the PUT's header set
// unconditionally, the GET's only when the PUT worked.
func roleCredentials(ctx context.Context, role string) ([]byte, error) {
	var token string
	put, _ := http.NewRequestWithContext(ctx, http.MethodPut, tokenURL, nil)
	put.Header.Set(tokenHeader+"-ttl-seconds", "21600")
	if resp, err := http.DefaultClient.Do(put); err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		token = string(b)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, roleURL+role, nil) // want `raw request for instance role credentials to 169\.254\.169\.254 goes without the IMDSv2 token when fetching one failed \(IMDSv1 fallback\): use feature/ec2/imds \(v2\) or ec2metadata \(v1\)`
	if err != nil {
		return nil, err
	}
	if token != "" {
		req.Header.Set(tokenHeader, token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

// Negative: the token is required; a failed fetch is an error.
func instanceID(ctx context.Context) ([]byte, error) {
	token, err := fetchToken(ctx)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://169.254.169.254/latest/meta-data/instance-id", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set(tokenHeader, token)
	return send(req)
}

func fetchToken(ctx context.Context) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, tokenURL, nil)
	if err != nil {
		return "", err
	}
	req.Header.Set(tokenHeader+"-ttl-seconds", "300")
	b, err := send(req)
	if err != nil {
		return "", err
	}
	if len(b) == 0 {
		return "", errors.New("empty metadata token")
	}
	return string(b), nil
}

func send(req *http.Request) ([]byte, error) {
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

// Negative: the header is added by a helper, every time.
func region(ctx context.Context, token string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://169.254.169.254/latest/meta-data/placement/region", nil)
	if err != nil {
		return nil, err
	}
	withToken(req, token)
	return send(req)
}

func withToken(req *http.Request, token string) { req.Header.Set(tokenHeader, token) }

// Negative: the header is set in each branch of the token choice, the
// request itself always carries one.
func zone(ctx context.Context, cached string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://169.254.169.254/latest/meta-data/placement/availability-zone", nil)
	if err != nil {
		return nil, err
	}
	token := cached
	if token == "" {
		if token, err = fetchToken(ctx); err != nil {
			return nil, err
		}
	}
	req.Header.Set(tokenHeader, token)
	return send(req)
}
