// Fixtures for credlog with aws-sdk-go-v2 and the standard library.
package credlog

import (
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Positive: the whole value, which prints every field.
func logValue(ctx context.Context, p aws.CredentialsProvider) {
	creds, err := p.Retrieve(ctx)
	if err != nil {
		log.Fatalf("retrieve: %v", err)
	}
	log.Printf("using credentials %+v", creds) // want `secret access key and session token creds written to the log by log\.Printf: log the AccessKeyID or Source`
}

// Positive: a pointer, and the secret fields.
func logFields(creds *aws.Credentials, logger *log.Logger) {
	log.Println("credentials:", creds)                                   // want `secret access key and session token creds written to the log by log\.Println: log the AccessKeyID or Source`
	logger.Printf("secret=%s", creds.SecretAccessKey)                    // want `secret access key creds\.SecretAccessKey written to the log by log\.Logger\.Printf: log the AccessKeyID or Source`
	slog.Debug("refreshed", "token", creds.SessionToken)                 // want `session token creds\.SessionToken written to the log by slog\.Debug: log the AccessKeyID or Source`
	slog.Info("refreshed", slog.String("secret", creds.SecretAccessKey)) // want `secret access key creds\.SecretAccessKey written to the log by slog\.String: log the AccessKeyID or Source`
}

// Positive: a *slog.Logger with an attribute holding the whole value.
func slogAttr(l *slog.Logger, creds aws.Credentials) {
	l.With(slog.Any("creds", creds)).Info("assumed role") // want `secret access key and session token creds written to the log by slog\.Any: log the AccessKeyID or Source`
}

// Positive: simple flow through locals, concatenation and Sprintf.
func flow(creds aws.Credentials) {
	secret := creds.SecretAccessKey
	msg := fmt.Sprintf("key=%s secret=%s", creds.AccessKeyID, secret)
	log.Print(msg)                           // want `secret access key creds\.SecretAccessKey written to the log by log\.Print: log the AccessKeyID or Source`
	log.Print("token " + creds.SessionToken) // want `session token creds\.SessionToken written to the log by log\.Print: log the AccessKeyID or Source`
}

// Positive: error messages.
func errorsOut(creds aws.Credentials) error {
	if creds.Expired() {
		return errors.New("expired token " + creds.SessionToken) // want `session token creds\.SessionToken put into an error by errors\.New: name the AccessKeyID or Source`
	}
	return fmt.Errorf("bad credentials %v", creds) // want `secret access key and session token creds put into an error by fmt\.Errorf: name the AccessKeyID or Source`
}

// Positive: the console (warning).
func console(creds aws.Credentials) {
	fmt.Printf("secret=%s\n", creds.SecretAccessKey) // want `secret access key creds\.SecretAccessKey printed by fmt\.Printf: print the AccessKeyID, or suppress in an export command`
	fmt.Fprintln(os.Stderr, "creds:", creds)         // want `secret access key and session token creds printed by fmt\.Fprintln: print the AccessKeyID, or suppress in an export command`
}

// Positive: a static provider holds the credentials.
func provider(p credentials.StaticCredentialsProvider) {
	log.Printf("provider: %#v", p) // want `secret access key and session token p written to the log by log\.Printf: log the AccessKeyID or Source`
}

// Negative: identifiers and metadata, not secrets.
func identifiers(creds aws.Credentials) {
	log.Printf("using key %s from %s (expires %v, can expire %v, account %s)",
		creds.AccessKeyID, creds.Source, creds.Expires, creds.CanExpire, creds.AccountID)
	slog.Info("credentials", "key_id", creds.AccessKeyID, "source", creds.Source)
}

// Negative: facts about the secret, not the secret.
func facts(creds aws.Credentials) {
	log.Printf("secret set: %t, %d chars, token set: %v", creds.SecretAccessKey != "", len(creds.SecretAccessKey), creds.SessionToken != "")
	log.Printf("has keys: %v, expired: %v", creds.HasKeys(), creds.Expired())
}

// Negative: masking.
func masked(creds aws.Credentials) {
	log.Printf("secret %s****", creds.SecretAccessKey[:4])
}

// Negative: the type and the address.
func typeOnly(creds *aws.Credentials) {
	log.Printf("provider returned %T at %p", creds, creds)
	fmt.Printf("%[2]s: %[1]T\n", creds, "type")
}

// Negative: writing a credentials file is what credential tools do.
func writeFile(f *os.File, creds aws.Credentials) {
	fmt.Fprintf(f, "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n", creds.AccessKeyID, creds.SecretAccessKey)
}

// Negative: an error about the credentials, without them.
func wrapErr(creds aws.Credentials, err error) error {
	return fmt.Errorf("retrieve credentials for %s: %w", creds.AccessKeyID, err)
}

// Negative: a local reassigned to something else is not followed.
func reassigned(creds aws.Credentials) {
	v := creds.SecretAccessKey
	if v != "" {
		v = "<redacted>"
	}
	log.Println(v)
}

// Negative: a suppressed print of the token on the console.
func export(creds aws.Credentials) {
	fmt.Printf("token %s\n", creds.SessionToken) //awsvet:ignore credlog -- the operator asked for the token with --show-token
}
