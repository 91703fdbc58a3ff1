// Package signer signs webhook payloads, not HTTP requests: its path ends
// in "signer", but no SigV4 library's does.
package signer

import (
	"crypto/hmac"
	"crypto/sha256"
)

// Sign returns the payload's MAC under key.
func Sign(key, payload []byte) []byte {
	m := hmac.New(sha256.New, key)
	m.Write(payload)
	return m.Sum(nil)
}
