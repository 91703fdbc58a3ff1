// Package convert copies the SDK's value helpers, as the load-balancer
// controller's internal/aws does: converting a value is not work.
package convert

// String returns a pointer to v.
func String(v string) *string { return &v }

// StringValue returns the string p points to, or "".
func StringValue(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
