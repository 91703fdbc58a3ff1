// With -hardcodedsecret.testkeys, private keys in test code are reported.
package testkeys

// want +1 `hardcoded private key --…\(\d+ chars\): revoke it, remove it, and load it at run time`
const testKey = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oRnBwTcRG8vQoAoGCCqGSM49
AwEHoUQDQgAEC5F9N2pCmWH6V3sQmQ0r5sTQxq8rFxXvLZT0NhRQaDmY4nMJq7oT
-----END EC PRIVATE KEY-----`

// Negative: other loose rules stay off in tests.
const testPassword = "Zp4xL9qW2mK7vN3bR8tY"

// With -hardcodedsecret.testkeys, JWTs in test code are reported too.
const testJWT = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzaWQiOiAieHl6MTIzYWJjIiwgImF1dGhlbnRpY2F0ZWQiOiBmYWxzZX0.Qm9ndXNTaWduYXR1cmVGb3JUZXN0czEyMzQ1Njc4OTA" // want `hardcoded jwt ey…\(144 chars\): revoke it, remove it, and load it at run time`
