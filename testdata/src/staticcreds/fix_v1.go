package staticcreds

import (
	"os"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials"
	"github.com/aws/aws-sdk-go/aws/session"
)

// Positive with a fix: the Credentials field of the session's config.
func envSessionV1() *session.Session {
	return session.Must(session.NewSession(&aws.Config{
		Credentials: credentials.NewStaticCredentials(os.Getenv("AWS_ACCESS_KEY_ID"), os.Getenv("AWS_SECRET_ACCESS_KEY"), ""), // want `credentials.NewStaticCredentials re-reads`
	}))
}

// Positive with a fix: session.Options.Config.
func envOptionsV1() (*session.Session, error) {
	return session.NewSessionWithOptions(session.Options{
		Config: aws.Config{Region: aws.String("eu-west-1"), Credentials: credentials.NewStaticCredentials(os.Getenv("AWS_ACCESS_KEY"), os.Getenv("AWS_SECRET_KEY"), "")}, // want `re-reads AWS_ACCESS_KEY and AWS_SECRET_KEY`
	})
}
