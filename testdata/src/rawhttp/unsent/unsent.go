// Package unsent holds a header-writing helper whose tests build requests
// to AWS endpoints only to read what it wrote (unsent_test.go).
package unsent

import "net/http"

// Tag writes the headers a proxy adds before it forwards a request.
func Tag(req *http.Request, id string) {
	req.Header.Set("X-Amz-Trace-Id", "Root="+id)
}
