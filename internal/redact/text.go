package redact

import (
	"cmp"
	"slices"
	"strings"

	"github.com/awsvet/awsvet/internal/detect"
	"github.com/awsvet/awsvet/internal/keys"
)

// Text masks the secrets in free text that awsvet relays rather than
// writes itself: the loader's and the type checker's messages, which quote
// the source ("cannot use aws.String("AKIA…") ..."). It masks what the
// default detector finds (gitleaks' rules and awsvet's AWS rules) and,
// because a message quotes a value without the name a rule would need,
// every AWS key shape on its own: access key IDs, 40-character secret
// keys and session tokens. Masking a harmless look-alike in an error
// message costs nothing; printing a key cannot be undone, so the shapes
// are matched without the entropy thresholds that findings use.
func Text(s string) string {
	var spans []span
	if d, err := detect.Default(); err == nil {
		for _, f := range d.ScanFragment(detect.Fragment{Text: s}) {
			spans = append(spans, span{f.Start, f.End})
		}
	}
	for _, m := range keys.KeyIDs(s, 0) {
		spans = append(spans, span{m.Start, m.End})
	}
	spans = append(spans, keyShapes(s)...)
	return replace(s, spans)
}

// span is a piece of text to mask.
type span struct{ start, end int }

// keyShapes finds the runs of base64 characters that have the shape of a
// secret key or a session token.
func keyShapes(s string) []span {
	var out []span
	for i := 0; i < len(s); {
		if !isB64(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isB64(s[j]) {
			j++
		}
		if run := s[i:j]; looksLikeKeyID(run) || keys.ShapedLikeSecretKey(run) || keys.ShapedLikeSessionToken(run) {
			out = append(out, span{i, j})
		}
		i = j
	}
	return out
}

// looksLikeKeyID reports whether run is 20 upper-case letters and digits
// with a key ID's prefix, whatever its entropy (KeyIDs applies gitleaks').
func looksLikeKeyID(run string) bool {
	if len(run) != 20 || !keys.MayHoldKeyID(run[:4]) && !strings.HasPrefix(run, "A3T") {
		return false
	}
	for i := 0; i < len(run); i++ {
		if c := run[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

func isB64(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '/' || c == '+' || c == '='
}

// replace writes s with each span masked by Secret, whichever way it was
// found, so that the same text always masks the same way. Overlapping
// spans (the detector and the shapes finding the same key) are merged and
// masked as one.
func replace(s string, spans []span) string {
	if len(spans) == 0 {
		return s
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	var b strings.Builder
	at := 0
	for i := 0; i < len(spans); {
		cur := spans[i]
		for i++; i < len(spans) && spans[i].start < cur.end; i++ {
			cur.end = max(cur.end, spans[i].end)
		}
		b.WriteString(s[at:cur.start])
		b.WriteString(Secret(s[cur.start:cur.end]))
		at = cur.end
	}
	b.WriteString(s[at:])
	return b.String()
}
