// Fixtures for envcreds. Every key here is a dummy.
package envcreds

import (
	"context"
	"os"
	"os/exec"
	"syscall"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sts"
	v1sts "github.com/aws/aws-sdk-go/service/sts"
)

// Positive: constants injected into the environment.
func hardcoded() {
	os.Setenv("AWS_ACCESS_KEY_ID", "AKID")                      // want `os\.Setenv\("AWS_ACCESS_KEY_ID", \(4 chars\)\) hardcodes a credential: remove and rotate it`
	os.Setenv("AWS_SECRET_ACCESS_KEY", "SECRET")                // want `os\.Setenv\("AWS_SECRET_ACCESS_KEY", SE…\(6 chars\)\) hardcodes a credential: remove and rotate it`
	_ = syscall.Setenv("AWS_SESSION_TOKEN", "TOKEN")            // want `syscall\.Setenv\("AWS_SESSION_TOKEN", TO…\(5 chars\)\) hardcodes a credential: remove and rotate it`
	if err := os.Setenv("AWS_ACCESS_KEY", "AKID"); err != nil { // want `os\.Setenv\("AWS_ACCESS_KEY", \(4 chars\)\) hardcodes a credential: remove and rotate it`
		panic(err)
	}
}

// Positive: names and values from constants.
const (
	secretVar = "AWS_SECRET_KEY"
	localKey  = "localstack-secret"
)

func fromConsts() { os.Setenv(secretVar, localKey) } // want `os\.Setenv\("AWS_SECRET_KEY", lo…\(17 chars\)\) hardcodes a credential: remove and rotate it`

// Positive: credentials from STS exported process-wide (v2).
func exportAssumed(ctx context.Context, client *sts.Client, arn string) error {
	out, err := client.AssumeRole(ctx, &sts.AssumeRoleInput{RoleArn: &arn, RoleSessionName: aws.String("s")})
	if err != nil {
		return err
	}
	os.Setenv("AWS_ACCESS_KEY_ID", *out.Credentials.AccessKeyId)         // want `os\.Setenv\("AWS_ACCESS_KEY_ID"\) shadows the IAM role process-wide: set it on the SDK config or exec\.Cmd\.Env`
	os.Setenv("AWS_SECRET_ACCESS_KEY", *out.Credentials.SecretAccessKey) // want `os\.Setenv\("AWS_SECRET_ACCESS_KEY"\) shadows the IAM role process-wide: set it on the SDK config or exec\.Cmd\.Env`
	return os.Setenv("AWS_SESSION_TOKEN", *out.Credentials.SessionToken) // want `os\.Setenv\("AWS_SESSION_TOKEN"\) shadows the IAM role process-wide: set it on the SDK config or exec\.Cmd\.Env`
}

// Positive: then exec'ing a child through the inherited environment (v1).
func execWithRole(svc *v1sts.STS, arn string, args []string) error {
	out, err := svc.AssumeRole(&v1sts.AssumeRoleInput{RoleArn: &arn})
	if err != nil {
		return err
	}
	syscall.Setenv("AWS_SECRET_ACCESS_KEY", *out.Credentials.SecretAccessKey) // want `syscall\.Setenv\("AWS_SECRET_ACCESS_KEY"\) shadows the IAM role process-wide: set it on the SDK config or exec\.Cmd\.Env`
	return syscall.Exec(args[0], args, os.Environ())
}

// Positive: from a retrieved aws.Credentials.
func fromCredentials(ctx context.Context, p aws.CredentialsProvider) error {
	creds, err := p.Retrieve(ctx)
	if err != nil {
		return err
	}
	return os.Setenv("AWS_SESSION_TOKEN", creds.SessionToken) // want `os\.Setenv\("AWS_SESSION_TOKEN"\) shadows the IAM role process-wide: set it on the SDK config or exec\.Cmd\.Env`
}

// Negative: the credentials go to the child only.
func childOnly(ctx context.Context, p aws.CredentialsProvider) error {
	creds, err := p.Retrieve(ctx)
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, "terraform", "plan")
	cmd.Env = append(os.Environ(),
		"AWS_ACCESS_KEY_ID="+creds.AccessKeyID,
		"AWS_SECRET_ACCESS_KEY="+creds.SecretAccessKey,
		"AWS_SESSION_TOKEN="+creds.SessionToken,
	)
	return cmd.Run()
}

// Negative: configuration variables, not credentials.
func configuration() {
	os.Setenv("AWS_REGION", "eu-west-1")
	os.Setenv("AWS_DEFAULT_REGION", "eu-west-1")
	os.Setenv("AWS_PROFILE", "dev")
	os.Setenv("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/app")
	os.Setenv("AWS_WEB_IDENTITY_TOKEN_FILE", "/var/run/secrets/token")
	os.Setenv("AWS_SDK_LOAD_CONFIG", "1")
}

// Negative: clearing credentials so that the role is used.
func clear() {
	os.Setenv("AWS_ACCESS_KEY_ID", "")
	os.Setenv("AWS_SECRET_ACCESS_KEY", "")
	os.Unsetenv("AWS_SESSION_TOKEN")
}

// Negative: a name the rule cannot know.
func copyEnv(vars map[string]string) {
	for k, v := range vars {
		os.Setenv(k, v)
	}
}

// Negative: reading is fine.
func read() (string, bool) {
	if v := os.Getenv("AWS_ACCESS_KEY_ID"); v != "" {
		return v, true
	}
	return os.LookupEnv("AWS_SECRET_ACCESS_KEY")
}

// Negative: a similar, non-credential variable.
func similar() {
	os.Setenv("AWS_ACCESS_KEY_ID_FILE", "/run/secrets/key_id")
	os.Setenv("MINIO_SECRET_KEY", os.Args[1])
}

// Negative: suppressed with a reason.
func suppressed(token string) {
	os.Setenv("AWS_SESSION_TOKEN", token) //awsvet:ignore envcreds -- single-purpose exec wrapper, documented
}

// Negative as errors: placeholders (internal/placeholder) are no
// credential to rotate, but they still shadow the role process-wide.
func localstackEnv() {
	os.Setenv("AWS_ACCESS_KEY_ID", "test")                 // want `os\.Setenv\("AWS_ACCESS_KEY_ID"\) shadows the IAM role process-wide: set it on the SDK config or exec\.Cmd\.Env`
	os.Setenv("AWS_SECRET_ACCESS_KEY", "minioadmin")       // want `os\.Setenv\("AWS_SECRET_ACCESS_KEY"\) shadows the IAM role process-wide: set it on the SDK config or exec\.Cmd\.Env`
	os.Setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE") // want `os\.Setenv\("AWS_ACCESS_KEY_ID"\) shadows the IAM role process-wide: set it on the SDK config or exec\.Cmd\.Env`
	os.Setenv("AWS_ACCESS_KEY_ID", "AKIAABCDEFGHIJKLMNOP") // want `os\.Setenv\("AWS_ACCESS_KEY_ID"\) shadows the IAM role process-wide: set it on the SDK config or exec\.Cmd\.Env`
}

// Positive: a random key ID that holds TEST by chance is a key.
func keyHoldingTest() {
	os.Setenv("AWS_ACCESS_KEY_ID", "AKIA2TESTQ7ZK3M5VNRW") // want `os\.Setenv\("AWS_ACCESS_KEY_ID", AKIA…5VNRW\) hardcodes a credential: remove and rotate it`
}
