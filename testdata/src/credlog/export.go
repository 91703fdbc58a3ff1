// Fixtures for credlog: an export command prints credentials on the
// console bound to the variables the SDKs read, for eval: the user's
// choice, left alone. The same values logged, or printed under another
// name, are still reported.
package credlog

import (
	"fmt"
	"log"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// Negative: eval $(tool export), as aws-vault and saml2aws print.
func exportShell(creds aws.Credentials) {
	fmt.Printf("export AWS_ACCESS_KEY_ID=%s\n", creds.AccessKeyID)
	fmt.Printf("export AWS_SECRET_ACCESS_KEY=%s\n", creds.SecretAccessKey)
	fmt.Printf("export AWS_SESSION_TOKEN=%s\n", creds.SessionToken)
}

// Negative: a dotenv file printed to stdout, quoted values.
func exportDotenv(creds aws.Credentials) {
	fmt.Printf("AWS_SECRET_ACCESS_KEY=%q\nAWS_SESSION_TOKEN=%q\n", creds.SecretAccessKey, creds.SessionToken)
}

// Negative: PowerShell and fish.
func exportOtherShells(creds aws.Credentials) {
	fmt.Printf("$env:AWS_SECRET_ACCESS_KEY=\"%s\"\n", creds.SecretAccessKey)
	fmt.Fprintf(os.Stdout, "set -gx AWS_SESSION_TOKEN %s\n", creds.SessionToken)
}

// Negative: the shell's prefix chosen at run time ("export ", "set ").
func exportPrefixed(creds aws.Credentials, prefix string) {
	fmt.Printf("%sAWS_SECRET_ACCESS_KEY=%s\n", prefix, creds.SecretAccessKey)
	fmt.Printf("%sAWS_SESSION_TOKEN=%s\n", prefix, creds.SessionToken)
}

// Positive: a name that only ends like the SDK's variable is another one.
func exportOtherName(creds aws.Credentials) {
	fmt.Printf("MY_AWS_SECRET_ACCESS_KEY=%s\n", creds.SecretAccessKey) // want `secret access key creds\.SecretAccessKey printed by fmt\.Printf`
}

// Negative: Windows cmd.
func exportCmd(creds aws.Credentials) {
	fmt.Printf("set AWS_SECRET_ACCESS_KEY=%s\r\n", creds.SecretAccessKey)
}

// Positive: the same assignment written to the log is a leak.
func exportLogged(creds aws.Credentials) {
	log.Printf("AWS_SECRET_ACCESS_KEY=%s", creds.SecretAccessKey) // want `secret access key creds\.SecretAccessKey written to the log by log\.Printf`
}

// Positive: the secret printed under the key ID's name is no export.
func exportMislabelled(creds aws.Credentials) {
	fmt.Printf("export AWS_ACCESS_KEY_ID=%s\n", creds.SecretAccessKey) // want `secret access key creds\.SecretAccessKey printed by fmt\.Printf`
}

// Positive: an export line followed by a debugging print of the secret.
func exportThenDebug(creds aws.Credentials) {
	fmt.Printf("export AWS_SECRET_ACCESS_KEY=%s # from %s\n", creds.SecretAccessKey, creds.SessionToken) // want `session token creds\.SessionToken printed by fmt\.Printf`
}
