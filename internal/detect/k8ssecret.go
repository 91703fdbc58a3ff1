package detect

import (
	"encoding/base64"
	"strings"

	"github.com/awsvet/awsvet/internal/placeholder"
)

// A Kubernetes Secret's data: values are base64, so the placeholder
// judgement that drops "test" or "foobar_new" elsewhere never sees the
// text they encode; sample manifests (postgres-operator's fake Teams API
// token, its infrastructure role "foobar_new") then read as leaked
// credentials. gitleaks' kubernetes-secret-yaml reports one entry of the
// block, often a user name; the block is judged whole here: the finding
// goes when every secret-bearing value of its data: block decodes to a
// placeholder. A value that does not decode, a block scalar, a flow map,
// a block too long to judge cheaply, or any real-looking value keeps it.

// Bounds that keep the judgement linear whatever the file: a finding
// reads at most manifestBlockMax bytes of its block, and values longer
// than manifestValueMax (base64) are never decoded: people type
// placeholders, not pages.
const (
	manifestBlockMax = 16 << 10
	manifestValueMax = 4 << 10
)

// manifestOfPlaceholders reports whether the data: block holding finding
// f of kubernetes-secret-yaml holds only placeholders where secrets go.
func manifestOfPlaceholders(text string, f *found) bool {
	data := lastDataKey(text[f.MatchStart:f.Start])
	if data < 0 {
		return false
	}
	data += f.MatchStart
	lineStart := strings.LastIndexByte(text[:data], '\n') + 1
	if strings.TrimLeft(text[lineStart:data], " ") != "" {
		return false // "- data:" or "x: data:": not a plain mapping key
	}
	indent := data - lineStart
	rest := text[data+len("data:"):]
	eol := strings.IndexByte(rest, '\n')
	if eol < 0 || !blankOrComment(rest[:eol]) {
		return false // a flow map or nothing below
	}
	block := rest[eol+1:]
	cut := len(block) > manifestBlockMax
	if cut {
		block = block[:manifestBlockMax]
	}
	placeholders, entryIndent := 0, -1
	for {
		line, more, found := strings.Cut(block, "\n")
		if !found && cut {
			return false // the bound cut the block: it is not judged whole
		}
		block = more
		line = strings.TrimSuffix(line, "\r")
		if blankOrComment(line) {
			if !found {
				break
			}
			continue
		}
		in := len(line) - len(strings.TrimLeft(line, " "))
		if in <= indent {
			break // the block ends
		}
		if entryIndent < 0 {
			entryIndent = in
		}
		if in != entryIndent {
			return false // a multi-line value: not judged
		}
		name, value, ok := manifestEntry(line[in:])
		if !ok {
			return false
		}
		if secretBearingEntry(name) {
			if !decodesToPlaceholder(value) {
				return false
			}
			placeholders++
		}
		if !found {
			break
		}
	}
	return placeholders > 0
}

// lastDataKey returns where the last "data:" that starts a word begins in
// s, -1 if none does.
func lastDataKey(s string) int {
	for end := len(s); ; {
		i := strings.LastIndex(s[:end], "data:")
		if i < 0 {
			return -1
		}
		if i == 0 || !isWord(s[i-1]) {
			return i
		}
		end = i
	}
}

func blankOrComment(s string) bool {
	s = strings.TrimSpace(s)
	return s == "" || s[0] == '#'
}

// manifestEntry splits "name: value  # comment" and unquotes the value.
func manifestEntry(s string) (name, value string, ok bool) {
	name, value, ok = strings.Cut(s, ":")
	if !ok || name == "" || strings.ContainsAny(name, " \t\"'") {
		return "", "", false
	}
	value = strings.TrimSpace(value)
	if i := strings.Index(value, " #"); i >= 0 {
		value = strings.TrimSpace(value[:i])
	}
	if len(value) >= 2 && (value[0] == '"' || value[0] == '\'') && value[len(value)-1] == value[0] {
		value = value[1 : len(value)-1]
	}
	return name, value, value != ""
}

// nonSecretEntryWords name a Secret's entries that hold who or where, not
// the secret: a user or role name, the token's type ("Bearer").
var nonSecretEntryWords = map[string]bool{
	"user": true, "username": true, "login": true, "role": true, "inrole": true,
	"email": true, "host": true, "port": true, "database": true, "dbname": true,
}

// secretBearingEntry reports whether a data: entry's name may hold a
// secret: user1, inrole1 and read-only-token-type do not.
func secretBearingEntry(name string) bool {
	last := strings.ToLower(strings.TrimRight(name, "0123456789"))
	if i := strings.LastIndexAny(last, "-_."); i >= 0 {
		last = last[i+1:]
	}
	return !nonSecretEntryWords[last] && !notSecretWords[last]
}

// decodesToPlaceholder reports whether a base64 value decodes to text that
// internal/placeholder calls a placeholder. The decoded text is judged and
// dropped, never returned: it may be a real secret.
func decodesToPlaceholder(v string) bool {
	if len(v) > manifestValueMax {
		return false
	}
	b, err := base64.StdEncoding.DecodeString(v)
	if err != nil {
		return false
	}
	return placeholder.Is(strings.TrimSpace(string(b)))
}
