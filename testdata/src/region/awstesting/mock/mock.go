// Package mock is test support, as aws-sdk-go's own awstesting/mock: a
// session pointed at a local test server. Test-support packages are left
// alone like _test.go files.
package mock

import (
	"net/http"
	"net/http/httptest"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
)

// Negative: a mock session for a local server, in a test-support package.
var Session = func() *session.Session {
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	return session.Must(session.NewSession(&aws.Config{DisableSSL: aws.Bool(true), Endpoint: aws.String(server.URL)}))
}()
