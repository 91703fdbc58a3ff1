package credlog

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sts"
	v1aws "github.com/aws/aws-sdk-go/aws"
	v1sts "github.com/aws/aws-sdk-go/service/sts"
)

// Positive: the secret fields of an STS answer, once dereferenced.
func assumeV2(ctx context.Context, client *sts.Client, arn string) error {
	out, err := client.AssumeRole(ctx, &sts.AssumeRoleInput{RoleArn: &arn, RoleSessionName: aws.String("s")})
	if err != nil {
		return err
	}
	log.Printf("token: %s", *out.Credentials.SessionToken)                // want `session token \*out\.Credentials\.SessionToken written to the log by log\.Printf: log the AccessKeyID or Source`
	fmt.Println("secret:", aws.ToString(out.Credentials.SecretAccessKey)) // want `secret access key aws\.ToString\(out\.Credentials\.SecretAccessKey\) printed by fmt\.Println: print the AccessKeyID, or suppress in an export command`
	return nil
}

func assumeV1(svc *v1sts.STS, arn string) {
	out, err := svc.AssumeRole(&v1sts.AssumeRoleInput{RoleArn: &arn})
	if err != nil {
		log.Fatal(err)
	}
	log.Println("session token", v1aws.StringValue(out.Credentials.SessionToken)) // want `session token v1aws\.StringValue\(out\.Credentials\.SessionToken\) written to the log by log\.Println: log the AccessKeyID or Source`
}

// Negative: what STS answers besides the secrets.
func assumedInfo(ctx context.Context, client *sts.Client, arn string) error {
	out, err := client.AssumeRole(ctx, &sts.AssumeRoleInput{RoleArn: &arn, RoleSessionName: aws.String("s")})
	if err != nil {
		return fmt.Errorf("assume %s: %w", arn, err)
	}
	log.Printf("assumed %s with key %s until %v", aws.ToString(out.AssumedRoleUser.Arn),
		aws.ToString(out.Credentials.AccessKeyId), out.Credentials.Expiration)
	slog.Info("assumed", "expires", out.Credentials.Expiration, "packed_policy_size", out.PackedPolicySize)
	return nil
}

// Negative: a credential_process helper writes JSON to stdout, by design,
// and not through a formatting call.
func credentialProcess(creds aws.Credentials) error {
	return json.NewEncoder(os.Stdout).Encode(map[string]any{
		"Version": 1, "AccessKeyId": creds.AccessKeyID, "SecretAccessKey": creds.SecretAccessKey,
		"SessionToken": creds.SessionToken, "Expiration": creds.Expires,
	})
}

// Negative: a container credentials endpoint answers with the credentials.
func serveCredentials(p aws.CredentialsProvider) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		creds, err := p.Retrieve(r.Context())
		if err != nil {
			http.Error(w, "credentials unavailable", http.StatusInternalServerError)
			log.Printf("retrieve credentials: %v", err)
			return
		}
		fmt.Fprintf(w, `{"AccessKeyId":%q,"SecretAccessKey":%q,"Token":%q}`, creds.AccessKeyID, creds.SecretAccessKey, creds.SessionToken)
	}
}

// Negative: the secret goes to a child's environment, not to output.
func childEnv(ctx context.Context, creds aws.Credentials) error {
	env := "AWS_SECRET_ACCESS_KEY=" + creds.SecretAccessKey
	cmd := exec.CommandContext(ctx, "aws", "sts", "get-caller-identity")
	cmd.Env = append(os.Environ(), env, "AWS_ACCESS_KEY_ID="+creds.AccessKeyID)
	log.Printf("running %s with key %s", strings.Join(cmd.Args, " "), creds.AccessKeyID)
	return cmd.Run()
}

// Negative: a mask that keeps only the length.
func stars(creds aws.Credentials) {
	log.Printf("secret %s", strings.Repeat("*", len(creds.SecretAccessKey)))
	slog.Info("credentials", slog.Bool("has_token", creds.SessionToken != ""), slog.Int("secret_len", len(creds.SecretAccessKey)))
}

// Negative: an error about expiry, naming the source.
func expired(creds aws.Credentials) error {
	return fmt.Errorf("credentials from %s expired at %v", creds.Source, creds.Expires)
}

// Negative: the STS pointer fields themselves are not dereferenced.
func pointers(out *sts.AssumeRoleOutput) {
	log.Printf("expiration set: %v", out.Credentials.Expiration != nil)
}
