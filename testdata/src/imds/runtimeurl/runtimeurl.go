// Fixtures for imds: metadata clients whose URL is known only at run time
// (a field set from a flag, for tests against a mock), in a package that
// fetches its own IMDSv2 token.
package runtimeurl

import (
	"errors"
	"io"
	"net/http"
	"strconv"
	"sync"
)

const (
	tokenPath   = "/latest/api/token"
	tokenHeader = "X-aws-ec2-metadata-token"
	ttlHeader   = tokenHeader + "-ttl-seconds"
)

// Service is a metadata client: the URL comes from configuration.
type Service struct {
	sync.Mutex
	metadataURL string
	token       string
	httpClient  http.Client
}

func New(metadataURL string) *Service { return &Service{metadataURL: metadataURL} }

// Positive: when the token PUT fails, the GET goes without the header.
func (s *Service) Request(path string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, s.metadataURL+path, nil) // want `raw metadata request goes without the IMDSv2 token when fetching one failed \(IMDSv1 fallback\): use feature/ec2/imds \(v2\) or ec2metadata \(v1\)`
	if err != nil {
		return nil, err
	}
	if s.token == "" {
		s.Lock()
		if token, err := s.fetchToken(); err == nil {
			s.token = token
		}
		s.Unlock()
	}
	if s.token != "" {
		req.Header.Add(tokenHeader, s.token)
	}
	return s.httpClient.Do(req)
}

// Negative: the token PUT itself.
func (s *Service) fetchToken() (string, error) {
	req, err := http.NewRequest(http.MethodPut, s.metadataURL+tokenPath, nil)
	if err != nil {
		return "", err
	}
	req.Header.Add(ttlHeader, strconv.Itoa(21600))
	resp, err := s.httpClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", errors.New("no token")
	}
	b, err := io.ReadAll(resp.Body)
	return string(b), err
}

// Negative: IMDSv2 only. A failed token fetch is an error; the header is
// always sent.
func (s *Service) Strict(path string) (*http.Response, error) {
	token, err := s.fetchToken()
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodGet, s.metadataURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set(tokenHeader, token)
	return s.httpClient.Do(req)
}

// Negative: a request to another service of the same program, whose
// optional header has nothing to do with the token.
func (s *Service) Report(webhook, auth string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, webhook, nil)
	if err != nil {
		return nil, err
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	return s.httpClient.Do(req)
}

// Negative: the URL is a constant of another host; the token header is
// added when the caller has one (a token forwarded to an internal API).
func forward(token string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, "https://inventory.internal.example.com/v1/instance", nil)
	if err != nil {
		return nil, err
	}
	if token != "" {
		req.Header.Set(tokenHeader, token)
	}
	return http.DefaultClient.Do(req)
}
