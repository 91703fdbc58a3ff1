package hardcodedsecret

import "testing"

// Negative: test fixtures bind made-up values to names.
const testPassword = "Zp4xL9qW2mK7vN3bR8tY"

var fixture = map[string]string{"api_key": "Tb6nM1qX8zL3wK9pR2vC"}

// Negative: test certificates.
const testKey = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oRnBwTcRG8vQoAoGCCqGSM49
AwEHoUQDQgAEC5F9N2pCmWH6V3sQmQ0r5sTQxq8rFxXvLZT0NhRQaDmY4nMJq7oT
-----END EC PRIVATE KEY-----`

// Positive: a token with its own format is a leak, even in a test.
const leaked = "ghp_B3mQ7xLk2Rv9Wn5Tz1Yc8Ps4Hd6Jf0Ga2Ue7" // want `hardcoded github token gh…\(40 chars\): revoke it, remove it, and load it at run time`

func TestNothing(t *testing.T) { _ = testPassword }

// Negative: a session cookie signed by a test server's key (as in saml2aws'
// provider tests) is a fixture; -hardcodedsecret.testkeys reports it.
const testSessionCookie = "authentik_session=eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzaWQiOiAieHl6MTIzYWJjIiwgImF1dGhlbnRpY2F0ZWQiOiBmYWxzZX0.Qm9ndXNTaWduYXR1cmVGb3JUZXN0czEyMzQ1Njc4OTA"
