package secrets

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzScanItem feeds arbitrary bytes (long lines, invalid UTF-8, NUL
// bytes, CR line ends) to the file scanner with small chunks, so that
// chunk boundaries fall everywhere, and checks that it neither panics nor
// reports a position outside the text, and that each finding's value is in
// the text on the line it names.
func FuzzScanItem(f *testing.F) {
	k := newKeygen(9)
	id, secret := k.keyID(), k.secret()
	f.Add([]byte("aws_access_key_id = " + id + "\naws_secret_access_key = " + secret + "\n"))
	f.Add([]byte(strings.Repeat("x", 5000) + " " + id + "\r\n"))
	f.Add([]byte("\xff\xfe" + id + "\x00\n"))
	f.Add([]byte(strings.Repeat("api_key: "+secret+"\n", 40)))
	f.Add([]byte("-----BEGIN RSA PRIVATE KEY-----\n" + strings.Repeat(secret+"\n", 30) + "-----END RSA PRIVATE KEY-----\n"))
	s, _ := testScanner(f)
	s.chunks = chunking{size: 1024, overlap: 200, behind: 64}
	f.Fuzz(func(t *testing.T, data []byte) {
		hits, n := s.scanItem(&item{path: "f.txt", data: data})
		if n < 0 || n > int64(len(data)) {
			t.Fatalf("scanned %d bytes of %d", n, len(data))
		}
		lines := bytes.Split(data, []byte("\n"))
		for _, h := range hits {
			if h.Line < 1 || h.Line > len(lines) || h.EndLine < h.Line || h.EndLine > len(lines) || h.Col < 1 {
				t.Fatalf("%s at %d:%d-%d:%d, outside a %d-line text", h.Rule, h.Line, h.Col, h.EndLine, h.EndCol, len(lines))
			}
			if h.Match == "" {
				t.Fatalf("%s at %d:%d with an empty match", h.Rule, h.Line, h.Col)
			}
			first := string(lines[h.Line-1])
			if h.Line == h.EndLine && (h.Col-1 > len(first) || !strings.HasPrefix(first[h.Col-1:], h.Match)) {
				t.Fatalf("%s at %d:%d: the line there does not hold the match", h.Rule, h.Line, h.Col)
			}
		}
	})
}
