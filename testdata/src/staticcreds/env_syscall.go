// Fixtures: syscall.Getenv reads the environment os.Getenv reads, so a
// provider built from it grades the same (gocode's one list of
// environment functions).
package staticcreds

import (
	"syscall"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Positive: the standard variables re-read through syscall.Getenv.
func envSyscall(cfg *aws.Config) {
	id, _ := syscall.Getenv("AWS_ACCESS_KEY_ID")
	secret, found := syscall.Getenv("AWS_SECRET_ACCESS_KEY")
	if !found {
		return
	}
	cfg.Credentials = credentials.NewStaticCredentialsProvider(id, secret, "") // want `credentials\.NewStaticCredentialsProvider re-reads AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, shutting out the IAM role: drop it, the default chain reads them`
}

// Negative: variables the default chain does not read are run-time
// values, through syscall.Getenv as through os.Getenv.
func envSyscallOther(cfg *aws.Config) {
	id, _ := syscall.Getenv("S3_KEY_ID")
	secret, _ := syscall.Getenv("S3_SECRET")
	cfg.Credentials = credentials.NewStaticCredentialsProvider(id, secret, "")
}
