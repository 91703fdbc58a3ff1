// Package testutil is test support code: what it holds is made up for
// tests.
package testutil

// Negative: a test certificate's key in test support code.
const ServerKey = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgk3vT9xQ2mLp8RzWn
c4Yb7KjH1fD6sA0eU5iO2gX9tVahRANCAAR3bLq8mZ1xW4nT7pK2vC9sY5dF0hJ6
-----END PRIVATE KEY-----`

// Negative: a made-up password for a test database.
const DBPassword = "Wm8kT2xQ9vL4pZ7nB3rY"

// Positive: a token with its own format, even in test support code.
const CIToken = "xoxb-718293645012-203948576102-Hq8Lm2Xv7Nz4Kp9Wc1Tr5Yb3" // want `hardcoded slack token xo…\(55 chars\): revoke it, remove it, and load it at run time`
