// Package escape makes text from the scanned repository (file names above
// all) safe to print on one line of a terminal or a log.
package escape

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Control returns s as it is when every character of it is printable, and
// quoted as a Go string otherwise (control characters, escape sequences,
// invalid UTF-8 and bidirectional overrides become \n, \x1b, \u202e...).
// File names come from the repository being scanned: unescaped, a
// newline in one forges a whole output line and an escape sequence drives
// the terminal. A name that itself starts with a quote is quoted too, so
// that a quoted name always means an escaped one.
func Control(s string) string {
	if strings.HasPrefix(s, `"`) {
		return strconv.Quote(s)
	}
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size <= 1 {
				return strconv.Quote(s)
			}
		}
		if r != ' ' && !unicode.IsPrint(r) {
			return strconv.Quote(s)
		}
	}
	return s
}
