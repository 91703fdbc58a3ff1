// Fixtures for imds: a metadata proxy (as node-level credential agents
// run) forwards each request upstream and copies the token header when
// the caller sent one. It fetches no token itself: the caller's request
// is IMDSv1 or v2 as the caller made it.
package imdsproxy

import (
	"io"
	"net/http"
)

const tokenHeader = "X-aws-ec2-metadata-token"

type proxy struct {
	upstream string
	client   *http.Client
}

// Negative: the header copied from the request being served.
func (p *proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	out, err := http.NewRequestWithContext(r.Context(), r.Method, p.upstream+r.URL.Path, nil)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	if token := r.Header.Get(tokenHeader); token != "" {
		out.Header.Set(tokenHeader, token)
	}
	resp, err := p.client.Do(out)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
	_, _ = io.Copy(w, resp.Body)
}

// Negative: a health check of the upstream, with no header at all.
func (p *proxy) healthy() bool {
	resp, err := p.client.Get(p.upstream + "/latest/meta-data/")
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK || resp.StatusCode == http.StatusUnauthorized
}
