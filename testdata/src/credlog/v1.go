package credlog

import (
	"fmt"
	"log"
	"os"

	v1aws "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials"
	"github.com/aws/aws-sdk-go/aws/session"
	v1sts "github.com/aws/aws-sdk-go/service/sts"
)

// Positive: v1 credentials.Value from Get.
func logV1(sess *session.Session) error {
	v, err := sess.Config.Credentials.Get()
	if err != nil {
		return fmt.Errorf("get credentials: %w", err)
	}
	log.Printf("credentials: %v", v)                     // want `secret access key and session token v written to the log by log\.Printf: log the AccessKeyID or Source`
	log.Printf("secret: %s", v.SecretAccessKey)          // want `secret access key v\.SecretAccessKey written to the log by log\.Printf: log the AccessKeyID or Source`
	fmt.Fprintf(os.Stdout, "token=%s\n", v.SessionToken) // want `session token v\.SessionToken printed by fmt\.Fprintf: print the AccessKeyID, or suppress in an export command`
	return fmt.Errorf("unexpected credentials %+v", &v)  // want `secret access key and session token &v put into an error by fmt\.Errorf: name the AccessKeyID or Source`
}

// Positive: through a StaticProvider, whose Value is embedded.
func providerV1(p *credentials.StaticProvider) {
	log.Println("secret", p.SecretAccessKey) // want `secret access key p\.SecretAccessKey written to the log by log\.Println: log the AccessKeyID or Source`
}

// Negative: v1 identifiers.
func identifiersV1(creds *credentials.Credentials) error {
	v, err := creds.Get()
	if err != nil {
		return err
	}
	log.Printf("using %s from %s", v.AccessKeyID, v.ProviderName)
	log.Printf("expired: %v", creds.IsExpired())
	return nil
}

// Negative: printing the *credentials.Credentials wrapper shows no keys
// until retrieved (its value is unexported state).
func wrapperV1(creds *credentials.Credentials) {
	log.Printf("credentials object %p", creds)
}

// Negative: the type of a v1 value, and its metadata.
func metadataV1(v credentials.Value) error {
	log.Printf("got %T from %s, has keys: %v", v, v.ProviderName, v.HasKeys())
	return fmt.Errorf("provider %s returned no session token", v.ProviderName)
}

// Negative: the key ID and expiry of a v1 STS answer.
func assumedInfoV1(out *v1sts.AssumeRoleOutput) {
	log.Printf("assumed with key %s until %v", v1aws.StringValue(out.Credentials.AccessKeyId), v1aws.TimeValue(out.Credentials.Expiration))
	fmt.Fprintf(os.Stderr, "role %s assumed\n", v1aws.StringValue(out.AssumedRoleUser.Arn))
}
