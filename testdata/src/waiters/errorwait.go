// Fixtures for waiters: S3's bucket and object waiters decide on the
// error alone, and so do loops that wait on HeadBucket or HeadObject.
package waiters

import (
	"context"
	"errors"
	"net/http"
	"time"

	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/aws-sdk-go/aws/awserr"
	ddbv1 "github.com/aws/aws-sdk-go/service/dynamodb"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"
)

// Positive: s3 manager's integration set-up: 404 goes round, 301 and 403
// count as there, other errors end the wait.
func waitUntilBucketExists(ctx context.Context, client *s3.Client, params *s3.HeadBucketInput) error {
	for i := 0; i < 20; i++ { // want `loop polls HeadBucket with a fixed delay: use s3\.NewBucketExistsWaiter\(client\)\.Wait\(ctx, in, maxWait\), which backs off`
		_, err := client.HeadBucket(ctx, params)
		if err == nil {
			return nil
		}
		var httpErr interface{ HTTPStatusCode() int }
		if !errors.As(err, &httpErr) {
			return err
		}
		if httpErr.HTTPStatusCode() == http.StatusMovedPermanently || httpErr.HTTPStatusCode() == http.StatusForbidden {
			return nil
		}
		if httpErr.HTTPStatusCode() != http.StatusNotFound {
			return err
		}
		time.Sleep(5 * time.Second)
	}
	return nil
}

// Negative: every error goes round: a retry of the call, which
// retryloop judges (one rule per loop).
func waitObjectV1(svc *s3v1.S3, bucket, key string) error {
	var err error
	for i := 0; i < 10; i++ {
		_, err = svc.HeadObject(&s3v1.HeadObjectInput{Bucket: &bucket, Key: &key})
		if err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// Positive: "NotFound" goes round, any other code ends the wait, v1.
func waitBucketCodeV1(svc *s3v1.S3, bucket string) error {
	for { // want `loop polls HeadBucket with a fixed delay: use the client's WaitUntilBucketExistsWithContext\(ctx, in\)`
		_, err := svc.HeadBucket(&s3v1.HeadBucketInput{Bucket: &bucket})
		if err == nil {
			break
		}
		if aerr, ok := err.(awserr.Error); !ok || aerr.Code() != "NotFound" {
			return err
		}
		time.Sleep(2 * time.Second)
	}
	return nil
}

// Positive: the loop's condition is the error, v2's NotFound type goes
// round.
func waitObjectTyped(ctx context.Context, c *s3.Client, in *s3.HeadObjectInput) error {
	_, err := c.HeadObject(ctx, in)
	for err != nil { // want `loop polls HeadObject with a fixed delay: use s3\.NewObjectExistsWaiter\(client\)\.Wait`
		var nf *s3types.NotFound
		if !errors.As(err, &nf) {
			return err
		}
		time.Sleep(2 * time.Second)
		_, err = c.HeadObject(ctx, in)
	}
	return nil
}

// Positive: v1, a 404 status goes round, other failures end the wait.
func waitObjectStatusV1(svc *s3v1.S3, bucket, key string, every time.Duration) error {
	for { // want `loop polls HeadObject with a fixed delay: use the client's WaitUntilObjectExistsWithContext\(ctx, in\)`
		_, err := svc.HeadObject(&s3v1.HeadObjectInput{Bucket: &bucket, Key: &key})
		if err == nil {
			return nil
		}
		if rf, ok := err.(awserr.RequestFailure); ok && rf.StatusCode() == http.StatusNotFound {
			time.Sleep(every)
			continue
		}
		return err
	}
}

// isThrottled is a project's own test of a throttling error.
func isThrottled(err error) bool {
	var ae interface{ ErrorCode() string }
	return errors.As(err, &ae) && ae.ErrorCode() == "SlowDown"
}

// Negative: a retry of a failing call: other errors than throttling end
// it, a missing object among them.
func headWithRetry(ctx context.Context, c *s3.Client, in *s3.HeadObjectInput) (*s3.HeadObjectOutput, error) {
	for i := 0; i < 3; i++ {
		out, err := c.HeadObject(ctx, in)
		if err == nil {
			return out, nil
		}
		if !isThrottled(err) {
			return nil, err
		}
		time.Sleep(time.Second)
	}
	return nil, errors.New("throttled")
}

// Negative: every error goes round, with a growing delay.
func waitObjectBackoff(ctx context.Context, c *s3.Client, in *s3.HeadObjectInput) error {
	d := 100 * time.Millisecond
	for i := 0; i < 8; i++ {
		if _, err := c.HeadObject(ctx, in); err == nil {
			return nil
		}
		time.Sleep(d)
		d *= 2
	}
	return errors.New("object never appeared")
}

// Negative: DescribeTable's waiters read the table's status: a loop on
// its error alone retries the call.
func describeUntilNoError(svc *ddbv1.DynamoDB, name string) error {
	var err error
	for i := 0; i < 3; i++ {
		if _, err = svc.DescribeTable(&ddbv1.DescribeTableInput{TableName: &name}); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// Negative: the loop checks each key in turn.
func firstMissing(ctx context.Context, c *s3.Client, bucket string, keys []string) int {
	for i := 0; i < len(keys); i++ {
		_, err := c.HeadObject(ctx, &s3.HeadObjectInput{Bucket: &bucket, Key: &keys[i]})
		if err != nil {
			return i
		}
	}
	return -1
}

// Negative: each pass also copies the object once it is there: work.
func copyWhenThere(ctx context.Context, c *s3.Client, bucket, key, dst string) error {
	for {
		_, err := c.HeadObject(ctx, &s3.HeadObjectInput{Bucket: &bucket, Key: &key})
		if err == nil {
			break
		}
		src := bucket + "/" + key
		if _, err := c.CopyObject(ctx, &s3.CopyObjectInput{Bucket: &dst, Key: &key, CopySource: &src}); err != nil {
			return err
		}
		time.Sleep(time.Second)
	}
	return nil
}

// Negative: the loop leaves on any error and waits while the object is
// there: it waits for nothing the error-decided waiters know.
func whileThere(ctx context.Context, c *s3.Client, in *s3.HeadObjectInput) error {
	for {
		if _, err := c.HeadObject(ctx, in); err != nil {
			return err
		}
		time.Sleep(time.Second)
	}
}

// Negative: the loop goes round while the bucket is there and leaves on
// NotFound: it waits for the bucket to go, which BucketExists does not.
func waitBucketGone(svc *s3v1.S3, bucket string) error {
	for {
		_, err := svc.HeadBucket(&s3v1.HeadBucketInput{Bucket: &bucket})
		if err == nil {
			time.Sleep(time.Second)
			continue
		}
		if aerr, ok := err.(awserr.Error); ok && aerr.Code() == "NotFound" {
			return nil
		}
		return err
	}
}

// Positive: 404 and 403 (HeadObject's answer without s3:ListBucket) go
// round, named in one case of a switch; any other status ends the wait.
func waitObjectStatus(ctx context.Context, client *s3.Client, in *s3.HeadObjectInput) error {
	for { // want `loop polls HeadObject with a fixed delay: use s3\.NewObjectExistsWaiter\(client\)\.Wait\(ctx, in, maxWait\), which backs off`
		_, err := client.HeadObject(ctx, in)
		if err == nil {
			return nil
		}
		var re *awshttp.ResponseError
		if errors.As(err, &re) {
			switch re.HTTPStatusCode() {
			case http.StatusNotFound, http.StatusForbidden:
				time.Sleep(3 * time.Second)
				continue
			}
		}
		return err
	}
}

// Negative (v1): the codes that go round say nothing of a missing object
// (denied, a server error): a retry of the call, which retryloop judges.
func headObjectRetriedV1(svc *s3v1.S3, bucket, key string) error {
	for {
		_, err := svc.HeadObject(&s3v1.HeadObjectInput{Bucket: &bucket, Key: &key})
		if err == nil {
			return nil
		}
		aerr, ok := err.(awserr.Error)
		if !ok {
			return err
		}
		switch aerr.Code() {
		case "Forbidden", "InternalError":
			time.Sleep(time.Second)
		default:
			return err
		}
	}
}

// Positive: the success case of a switch returns; a missing bucket goes
// round, any other error ends the wait.
func waitBucketSwitch(ctx context.Context, client *s3.Client, bucket string) error {
	for attempt := 0; attempt < 30; attempt++ { // want `loop polls HeadBucket with a fixed delay: use s3\.NewBucketExistsWaiter\(client\)\.Wait\(ctx, in, maxWait\), which backs off`
		_, err := client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: &bucket})
		var nf *s3types.NotFound
		switch {
		case err == nil:
			return nil
		case errors.As(err, &nf):
			time.Sleep(2 * time.Second)
		default:
			return err
		}
	}
	return errors.New("bucket never appeared")
}

// Positive (v1): switch on the error itself, "case nil" leaves.
func waitObjectSwitchV1(svc *s3v1.S3, bucket, key string) error {
	for { // want `loop polls HeadObject with a fixed delay: use the client's WaitUntilObjectExistsWithContext\(ctx, in\)`
		_, err := svc.HeadObject(&s3v1.HeadObjectInput{Bucket: &bucket, Key: &key})
		switch err {
		case nil:
			return nil
		}
		if aerr, ok := err.(awserr.Error); ok && aerr.Code() == "NotFound" {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
}

// Negative: the switch's success case goes round, until the object is
// gone: a wait for deletion.
func waitObjectGoneSwitch(ctx context.Context, client *s3.Client, in *s3.HeadObjectInput) error {
	for {
		_, err := client.HeadObject(ctx, in)
		var nf *s3types.NotFound
		switch {
		case errors.As(err, &nf):
			return nil
		case err == nil:
			time.Sleep(time.Second)
		default:
			return err
		}
	}
}

// Negative: every error goes round, none named as missing: a retry of
// the call, which retryloop judges.
func headBucketSwitchRetry(ctx context.Context, client *s3.Client, in *s3.HeadBucketInput) error {
	var err error
	for i := 0; i < 5; i++ {
		_, err = client.HeadBucket(ctx, in)
		switch {
		case err == nil:
			return nil
		default:
			time.Sleep(time.Second)
		}
	}
	return err
}

// Negative: a monitor. The success case's break ends only the switch,
// and the loop checks again a minute later, as many times as asked.
func monitorBucket(ctx context.Context, client *s3.Client, in *s3.HeadBucketInput, checks int) (present, missing int) {
	for i := 0; i < checks; i++ {
		_, err := client.HeadBucket(ctx, in)
		var nf *s3types.NotFound
		switch {
		case err == nil:
			present++
			break
		case errors.As(err, &nf):
			missing++
		}
		time.Sleep(time.Minute)
	}
	return present, missing
}
