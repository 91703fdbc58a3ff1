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
			spans = append(spans, span{f.Start, f.End, Secret(f.Secret)})
		}
	}
	for _, m := range keys.KeyIDs(s, 0) {
		spans = append(spans, span{m.Start, m.End, KeyID(m.Value)})
	}
	spans = append(spans, keyShapes(s)...)
	return replace(s, spans)
}

// span is a piece of text to replace with its masked form.
type span struct {
	start, end int
	masked     string
}

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
		if run := s[i:j]; keys.LooksLikeSecretKey(run, 0) || keys.LooksLikeSessionToken(run) {
			out = append(out, span{i, j, Secret(run)})
		}
		i = j
	}
	return out
}

func isB64(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '/' || c == '+' || c == '='
}

// replace writes s with each span masked. Overlapping spans (the detector
// and the shapes finding the same key) are merged: the union is masked
// with the first span's masked form, so no part of either shows.
func replace(s string, spans []span) string {
	if len(spans) == 0 {
		return s
	}
	slices.SortStableFunc(spans, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	var b strings.Builder
	at := 0
	for i := 0; i < len(spans); {
		cur := spans[i]
		for i++; i < len(spans) && spans[i].start < cur.end; i++ {
			cur.end = max(cur.end, spans[i].end)
		}
		if cur.start < at {
			cur.start = at
		}
		b.WriteString(s[at:cur.start])
		b.WriteString(cur.masked)
		at = cur.end
	}
	b.WriteString(s[at:])
	return b.String()
}
