// Fixtures for hardcodedsecret. Every token-shaped value here is a random
// string made for these tests (GitHub, Slack and Stripe check their own
// checksums and never issued them); none is a credential.
package hardcodedsecret

import (
	"net/http"
	"os"
)

// Positive: a GitHub token with its own format, in a constant.
const deployToken = "ghp_WK59PFkl0JfI2yyVlbPegBPrUhRZdsvDQuc8" // want `hardcoded github token gh…\(40 chars\): revoke it, remove it, and load it at run time`

// Positive: a Slack bot token passed as an argument.
func notify() {
	post("xoxb-524485628643-906307131050-zDp8mFmQp5zvqYMtrb1uvZwn", "deploy done") // want `hardcoded slack token xo…\(55 chars\): revoke it, remove it, and load it at run time`
}

func post(token, text string) {}

// Positive: a Stripe live key in a struct literal.
type billing struct{ Key string }

var shop = billing{Key: "sk_live_ZuDMjJxyZLLKcgTAOGSf9uih"} // want `hardcoded stripe access token sk…\(32 chars\): revoke it, remove it, and load it at run time`

// Positive: a private key in a raw string.
// want +1 `hardcoded private key --…\(\d+ chars\): revoke it, remove it, and load it at run time`
const signingKey = `-----BEGIN RSA PRIVATE KEY-----
fqv4Srx+o0jfcBXKLggNGXZK2OdJpg8MtBBjlmEaDhBEB7XObMHhNs1GkupJy6hJ
UZ14Ttchx6/UUfEY1mI+kpv1ohLVmKsf454zwYvWylyeoSjCFU3Vkukjgt5MtFvM
K+wECwhMm31gwfN3GpAACzTa6wt0bgdjye0+IXsKZfLSXuVSwoRCMdRdhhj8kirs
-----END RSA PRIVATE KEY-----`

// Positive: a generic API key bound to a Go name (the name supplies what
// gitleaks' generic-api-key needs).
const billingAPIKey = "4vmuGMGKAuWfpTbmRsHdRXfr" // want `hardcoded api key 4v…\(24 chars\): revoke it, remove it, and load it at run time`

// Positive: a password in a struct field.
type dbConfig struct{ Host, User, Password string }

var prod = dbConfig{Host: "db.internal", User: "app", Password: "8nBNXYK7Gh5Qhy50B7P6nL"} // want `hardcoded api key 8n…\(22 chars\): revoke it, remove it, and load it at run time`

// Positive: a password inside a DSN: the binding is in the literal's text.
const dsn = "host=db.internal user=app password=sbWsXAJKil8Krk3QCI33jOqw5L sslmode=require" // want `hardcoded api key sb…\(26 chars\): revoke it, remove it, and load it at run time`

// Positive: an environment variable set from a literal.
func env() {
	os.Setenv("PAYMENTS_API_TOKEN", "oVFqxtpuPzNP3MzTtpcq1") // want `hardcoded api key oV…\(21 chars\): revoke it, remove it, and load it at run time`
}

// Positive: a header set from a literal.
func header(req *http.Request) {
	req.Header.Set("X-Api-Key", "pyZ9NfUl36ohkjXRS4ASfzgUOVm0") // want `hardcoded api key py…\(28 chars\): revoke it, remove it, and load it at run time`
}

// Positive: a map of settings.
var settings = map[string]string{
	"client_secret": "Qe7LvB2nXk9RwT4pZc8M", // want `hardcoded api key Qe…\(20 chars\): revoke it, remove it, and load it at run time`
}

// Positive: a token in a comment. ghp_dWrdE03WKpm15UELhUOuZAzHx4LP4AzUdIG1 // want `comment holds github token gh…\(40 chars\): revoke it, remove it, and load it at run time`

// Positive: a token split across a constant concatenation.
const splitToken = "ghp_OHqttidvRzFRYToraZB" + "3DO7GWIQtUlmOS6EC" // want `constant expression spells github token gh…\(40 chars\): revoke it, remove it, and load it at run time`

// Positive: an AWS secret access key inside an embedded credentials file
// (no key ID next to it, so hardcodedkey has nothing to report).
// want +2 `hardcoded aws secret access key B5…\(40 chars\): revoke it, remove it, and load it at run time`
const credentialsFile = `[ci]
aws_secret_access_key = B5Uvoad+/q5QMegD5vfX3r1HDY0hWokTpXtZVuRT
`

// Positive: a JWT.
const serviceJWT = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAic3ZjLWJpbGxpbmciLCAiaWF0IjogMTcxODAwMDAwMCwgInNjb3BlIjogImFkbWluIn0.iKCyZQeG-JDWxCOQ2fgrlaQJx3dfqSwAExxC0nLfYmF" // want `hardcoded jwt ey…\(164 chars\): revoke it, remove it, and load it at run time`

// Positive: a suppression without a reason suppresses nothing.
const unexplained = "glpat-JSRO5k0A8Uci0qRhSBHp" //awsvet:ignore hardcodedsecret // want `hardcoded gitlab personal access token gl…\(26 chars\): revoke it, remove it, and load it at run time`
