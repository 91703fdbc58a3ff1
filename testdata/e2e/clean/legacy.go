package clean

import (
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3"
)

// LegacyClient is the v1 equivalent: the shared config enabled, so the
// region and credentials come from the environment and ~/.aws.
func LegacyClient() *s3.S3 {
	sess := session.Must(session.NewSessionWithOptions(session.Options{
		SharedConfigState: session.SharedConfigEnable,
	}))
	return s3.New(sess)
}
