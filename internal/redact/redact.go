// Package redact turns secrets into short fingerprints that identify a
// finding to a human without reproducing the secret. Every output path
// (text, JSON, SARIF, baselines, errors, test logs) goes through it: nothing
// in awsvet prints a secret any other way.
package redact

import (
	"fmt"
	"unicode/utf8"
)

// KeyID shortens an identifier-like credential that is not secret on its
// own but should still not be copied around whole, such as an AWS access key
// ID: the first four and the last five characters, "AKIA…RHDSV".
func KeyID(s string) string {
	if utf8.RuneCountInString(s) < 12 {
		return Secret(s)
	}
	r := []rune(s)
	return string(r[:4]) + "…" + string(r[len(r)-5:])
}

// Secret shortens secret material to its first two characters and its
// length, "wJ…(40 chars)": enough to tell two findings apart, far too little
// to use.
func Secret(s string) string {
	n := utf8.RuneCountInString(s)
	if n <= 4 {
		// Short values are most likely dummies, but even two characters of a
		// four-character secret is half of it: show only the length.
		return fmt.Sprintf("(%d chars)", n)
	}
	r := []rune(s)
	return fmt.Sprintf("%s…(%d chars)", string(r[:2]), n)
}
