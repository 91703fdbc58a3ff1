// Fixtures for credlog: the secret passed through a helper that returns
// text is still the secret; a helper that hides it is not.
package credlog

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"log"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// color wraps text in a terminal colour, as CLIs do.
func color(s string) string { return "\x1b[32m" + s + "\x1b[0m" }

// maskSecret keeps the last four characters.
func maskSecret(s string) string {
	if len(s) <= 4 {
		return "****"
	}
	return strings.Repeat("*", len(s)-4) + s[len(s)-4:]
}

// Positive: a colouring helper, as an export command prints it.
func printColored(creds aws.Credentials) {
	fmt.Println("AWS_SECRET_ACCESS_KEY=" + color(creds.SecretAccessKey)) // want `secret access key creds\.SecretAccessKey printed by fmt\.Println: print the AccessKeyID, or suppress in an export command`
}

// Positive: the standard library's text helpers, and a local that holds
// their result.
func logTrimmed(creds aws.Credentials) {
	token := strings.TrimSpace(creds.SessionToken)
	log.Printf("token %s", token)                                              // want `session token creds\.SessionToken written to the log by log\.Printf: log the AccessKeyID or Source`
	log.Print(strings.ToUpper(strings.TrimPrefix(creds.SecretAccessKey, " "))) // want `secret access key creds\.SecretAccessKey written to the log by log\.Print: log the AccessKeyID or Source`
}

// Positive: encoding is not hiding; a []byte result counts as text.
func logEncoded(creds *aws.Credentials) error {
	log.Println(base64.StdEncoding.EncodeToString([]byte(creds.SecretAccessKey))) // want `secret access key creds\.SecretAccessKey written to the log by log\.Println`
	b := bytes.TrimSpace([]byte(creds.SessionToken))
	return fmt.Errorf("refresh with %s failed", string(b)) // want `session token creds\.SessionToken put into an error by fmt\.Errorf`
}

// Positive: a function value returned by a colour library.
func printWith(paint func(string) string, creds aws.Credentials) {
	fmt.Printf("secret: %s\n", paint(creds.SecretAccessKey)) // want `secret access key creds\.SecretAccessKey printed by fmt\.Printf`
}

// Negative: helpers that hide the value, digests, and derived values.
func hidden(creds aws.Credentials, redact func(string) string) {
	log.Printf("secret %s", maskSecret(creds.SecretAccessKey))
	log.Printf("token %s", redact(creds.SessionToken))
	sum := sha256.Sum256([]byte(creds.SecretAccessKey))
	log.Printf("secret digest %s", hex.EncodeToString(sum[:]))
	log.Printf("secret length %d, set %v, empty %v", len(creds.SecretAccessKey), creds.SecretAccessKey != "", creds.SessionToken == "")
	log.Printf("token has %d parts", strings.Count(creds.SessionToken, "/"))
	log.Printf("secret %s", truncate(creds.SecretAccessKey, 4))
}

// Negative: a helper called with the key ID, or only the key ID's text.
func keyID(creds aws.Credentials) {
	log.Printf("key %s", color(creds.AccessKeyID))
	log.Printf("key %s", strings.TrimSpace(creds.AccessKeyID))
	log.Printf("source %s", fmt.Sprintf("%s", creds.Source))
}

// Negative: the helper's result does not carry the text (a bool, an
// error from an unrelated check, a count).
func checked(creds aws.Credentials) {
	log.Printf("valid %v", strings.HasPrefix(creds.SessionToken, "IQo"))
	log.Printf("index %d", strings.IndexByte(creds.SecretAccessKey, '/'))
}

func truncate(s string, n int) string { return s[:min(n, len(s))] + "…" }
