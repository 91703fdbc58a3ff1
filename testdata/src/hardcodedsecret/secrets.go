// Fixtures for hardcodedsecret. Every token-shaped value here is a random
// string made for these tests (GitHub, Slack and Stripe check their own
// checksums and never issued them); none is a credential.
package hardcodedsecret

import (
	"net/http"
	"os"
)

// Positive: a GitHub token with its own format, in a constant.
const deployToken = "ghp_WK59PFkl0JfI2yyVlbPegBPrUhRZdsvDQuc8" // want `hardcoded secret gh…\(40 chars\) matches gitleaks rule github-pat`

// Positive: a Slack bot token passed as an argument.
func notify() {
	post("xoxb-524485628643-906307131050-zDp8mFmQp5zvqYMtrb1uvZwn", "deploy done") // want `hardcoded secret xo…\(55 chars\) matches gitleaks rule slack-bot-token`
}

func post(token, text string) {}

// Positive: a Stripe live key in a struct literal.
type billing struct{ Key string }

var shop = billing{Key: "sk_live_ZuDMjJxyZLLKcgTAOGSf9uih"} // want `hardcoded secret sk…\(32 chars\) matches gitleaks rule stripe-access-token`

// Positive: a private key in a raw string.
// want +1 `hardcoded secret --…\(\d+ chars\) matches gitleaks rule private-key`
const signingKey = `-----BEGIN RSA PRIVATE KEY-----
fqv4Srx+o0jfcBXKLggNGXZK2OdJpg8MtBBjlmEaDhBEB7XObMHhNs1GkupJy6hJ
UZ14Ttchx6/UUfEY1mI+kpv1ohLVmKsf454zwYvWylyeoSjCFU3Vkukjgt5MtFvM
K+wECwhMm31gwfN3GpAACzTa6wt0bgdjye0+IXsKZfLSXuVSwoRCMdRdhhj8kirs
-----END RSA PRIVATE KEY-----`

// Positive: a generic API key bound to a Go name (the name supplies what
// gitleaks' generic-api-key needs).
const billingAPIKey = "4vmuGMGKAuWfpTbmRsHdRXfr" // want `hardcoded secret 4v…\(24 chars\) matches gitleaks rule generic-api-key`

// Positive: a password in a struct field.
type dbConfig struct{ Host, User, Password string }

var prod = dbConfig{Host: "db.internal", User: "app", Password: "8nBNXYK7Gh5Qhy50B7P6nL"} // want `hardcoded secret 8n…\(22 chars\) matches gitleaks rule generic-api-key`

// Positive: a password inside a DSN: the binding is in the literal's text.
const dsn = "host=db.internal user=app password=sbWsXAJKil8Krk3QCI33jOqw5L sslmode=require" // want `hardcoded secret sb…\(26 chars\) matches gitleaks rule generic-api-key`

// Positive: an environment variable set from a literal.
func env() {
	os.Setenv("PAYMENTS_API_TOKEN", "oVFqxtpuPzNP3MzTtpcq1") // want `hardcoded secret oV…\(21 chars\) matches gitleaks rule generic-api-key`
}

// Positive: a header set from a literal.
func header(req *http.Request) {
	req.Header.Set("X-Api-Key", "pyZ9NfUl36ohkjXRS4ASfzgUOVm0") // want `hardcoded secret py…\(28 chars\) matches gitleaks rule generic-api-key`
}

// Positive: a map of settings.
var settings = map[string]string{
	"client_secret": "Qe7LvB2nXk9RwT4pZc8M", // want `hardcoded secret Qe…\(20 chars\) matches gitleaks rule generic-api-key`
}

// Positive: a token in a comment. ghp_dWrdE03WKpm15UELhUOuZAzHx4LP4AzUdIG1 // want `comment holds secret gh…\(40 chars\) matches gitleaks rule github-pat`

// Positive: a token split across a constant concatenation.
const splitToken = "ghp_OHqttidvRzFRYToraZB" + "3DO7GWIQtUlmOS6EC" // want `constant expression spells secret gh…\(40 chars\) matches gitleaks rule github-pat`

// Positive: an AWS secret access key inside an embedded credentials file
// (no key ID next to it, so hardcodedkey has nothing to report).
// want +2 `hardcoded secret B5…\(40 chars\) matches awsvet rule aws-secret-access-key`
const credentialsFile = `[ci]
aws_secret_access_key = B5Uvoad+/q5QMegD5vfX3r1HDY0hWokTpXtZVuRT
`

// Positive: a JWT.
const serviceJWT = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAic3ZjLWJpbGxpbmciLCAiaWF0IjogMTcxODAwMDAwMCwgInNjb3BlIjogImFkbWluIn0.iKCyZQeG-JDWxCOQ2fgrlaQJx3dfqSwAExxC0nLfYmF" // want `hardcoded secret ey…\(\d+ chars\) matches gitleaks rule jwt`

// Positive: a suppression without a reason suppresses nothing.
const unexplained = "glpat-JSRO5k0A8Uci0qRhSBHp" //awsvet:ignore hardcodedsecret // want `hardcoded secret gl…\(26 chars\) matches gitleaks rule gitlab-pat`
