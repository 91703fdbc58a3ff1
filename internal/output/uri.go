package output

import (
	"path/filepath"
	"strings"
)

// URI turns a file path into a SARIF artifactLocation.uri: a URI
// reference (RFC 3986) with forward slashes, every byte outside the
// unreserved characters, the path's sub-delimiters, "@" and "/"
// percent-encoded. A name like "sp ace#frag?.yaml" would otherwise end its
// path at "#" or "?", and a colon in the first segment ("c:x.yaml") would
// read as a scheme, so ":" is encoded too.
func URI(path string) string {
	p := filepath.ToSlash(path)
	var b strings.Builder
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(p); i++ {
		c := p[i]
		if uriKeep(c) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

func uriKeep(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("-._~!$&'()*+,;=@/", c) >= 0
}
