// Package signing is a module's own SigV4 helper, in a package of its own
// whose path names no library: the packages that call SignRequest sign
// their requests (here it only dates them).
package signing

import (
	"net/http"
	"time"
)

// SignRequest signs r for service in region.
func SignRequest(r *http.Request, service, region string) error {
	r.Header.Set("X-Amz-Date", time.Now().UTC().Format("20060102T150405Z"))
	return nil
}
