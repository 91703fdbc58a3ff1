// Fixtures for retryloop with aws-sdk-go-v2.
package retryloop

import (
	"context"
	"errors"
	"fmt"
	"log"
	"math"
	"math/rand"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go"
)

// Positive: retried at once, three times over the client's own retries.
func noDelay(ctx context.Context, c *s3.Client, in *s3.GetObjectInput) (*s3.GetObjectOutput, error) {
	var err error
	for i := 0; i < 3; i++ { // want `loop retries s3\.Client\.GetObject with no delay: configure the SDK retryer or back off exponentially`
		var out *s3.GetObjectOutput
		out, err = c.GetObject(ctx, in)
		if err == nil {
			return out, nil
		}
	}
	return nil, err
}

// Positive: a fixed sleep after each failure.
func fixedSleep(ctx context.Context, c *s3.Client, in *s3.PutObjectInput) error {
	for attempt := 0; attempt < 5; attempt++ { // want `loop retries s3\.Client\.PutObject with a fixed delay: configure the SDK retryer or back off exponentially`
		_, err := c.PutObject(ctx, in)
		if err != nil {
			log.Printf("put failed, retrying: %v", err)
			time.Sleep(2 * time.Second)
			continue
		}
		return nil
	}
	return errors.New("gave up")
}

// Positive: a fixed wait that honours the context is still fixed.
func fixedAfter(ctx context.Context, c *s3.Client, in *s3.HeadObjectInput, interval time.Duration) error {
	for { // want `loop retries s3\.Client\.HeadObject with a fixed delay: configure the SDK retryer or back off exponentially`
		if _, err := c.HeadObject(ctx, in); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(interval):
		}
	}
}

// Positive: linear in the attempt.
func linearDelay(ctx context.Context, c *s3.Client, in *s3.DeleteObjectInput) error {
	var err error
	for i := 1; i <= 4; i++ { // want `loop retries s3\.Client\.DeleteObject with a linearly growing delay: configure the SDK retryer or back off exponentially`
		if _, err = c.DeleteObject(ctx, in); err == nil {
			break
		}
		time.Sleep(time.Duration(i) * 500 * time.Millisecond)
	}
	return err
}

// Positive: no bound, retrying throttling forever.
func unbounded(ctx context.Context, c *s3.Client, in *s3.CopyObjectInput) *s3.CopyObjectOutput {
	for { // want `loop retries s3\.Client\.CopyObject with no delay and no attempt limit or deadline: configure the SDK retryer or back off exponentially`
		out, err := c.CopyObject(ctx, in)
		if err != nil {
			log.Println(err)
			continue
		}
		return out
	}
}

// Positive: exponential, but nothing ever gives up.
func expUnbounded(ctx context.Context, c *s3.Client, in *s3.ListBucketsInput) *s3.ListBucketsOutput {
	delay := 100 * time.Millisecond
	for { // want `loop retries s3\.Client\.ListBuckets with no attempt limit or deadline: configure the SDK retryer or back off exponentially`
		out, err := c.ListBuckets(ctx, in)
		if err == nil {
			return out
		}
		time.Sleep(delay)
		delay *= 2
	}
}

// Positive: a ticker paces the retries at a fixed rate.
func tickerPaced(ctx context.Context, c *s3.Client, in *s3.CreateBucketInput) error {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for range 10 { // want `loop retries s3\.Client\.CreateBucket with a fixed delay: configure the SDK retryer or back off exponentially`
		_, err := c.CreateBucket(ctx, in)
		var owned *types.BucketAlreadyOwnedByYou
		if err == nil || errors.As(err, &owned) {
			return nil
		}
		<-t.C
	}
	return errors.New("bucket not created")
}

// Positive: retrying only throttling errors, still without backoff.
func throttledOnly(ctx context.Context, c *s3.Client, in *s3.PutObjectTaggingInput) error {
	for i := 0; ; i++ { // want `loop retries s3\.Client\.PutObjectTagging with no delay: configure the SDK retryer or back off exponentially`
		_, err := c.PutObjectTagging(ctx, in)
		if err == nil {
			return nil
		}
		var ae smithy.APIError
		if errors.As(err, &ae) && ae.ErrorCode() == "SlowDown" && i < 5 {
			continue
		}
		return err
	}
}

// Positive: a labeled loop retried from a switch on the error.
func labeled(ctx context.Context, c *s3.Client, in *s3.GetBucketLocationInput) (string, error) {
	tries := 0
retry:
	for tries < 3 { // want `loop retries s3\.Client\.GetBucketLocation with a fixed delay: configure the SDK retryer or back off exponentially`
		tries++
		out, err := c.GetBucketLocation(ctx, in)
		switch {
		case err == nil:
			return string(out.LocationConstraint), nil
		case tries < 3:
			time.Sleep(time.Second)
			continue retry
		default:
			break retry
		}
	}
	return "", errors.New("no location")
}

// Negative: exponential growth with a shift by the attempt, capped, with jitter.
func shifted(ctx context.Context, c *s3.Client, in *s3.GetObjectInput) (*s3.GetObjectOutput, error) {
	const maxAttempts = 5
	var err error
	for attempt := 0; attempt < maxAttempts; attempt++ {
		var out *s3.GetObjectOutput
		if out, err = c.GetObject(ctx, in); err == nil {
			return out, nil
		}
		backoff := time.Duration(1<<attempt) * 100 * time.Millisecond
		if backoff > 5*time.Second {
			backoff = 5 * time.Second
		}
		jitter := time.Duration(rand.Int63n(int64(backoff) / 2))
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(backoff + jitter):
		}
	}
	return nil, err
}

// Negative: math.Pow with the attempt, as kinesis consumers write it.
func powBackoff(ctx context.Context, c *s3.Client, in *s3.HeadBucketInput) error {
	var err error
	for attempts := 0; attempts < 8; attempts++ {
		if _, err = c.HeadBucket(ctx, in); err == nil {
			return nil
		}
		wait := time.Duration(math.Min(100*math.Pow(2, float64(attempts)), 30000)) * time.Millisecond
		time.Sleep(wait)
	}
	return err
}

// Negative: a delay doubled each pass up to a cap.
func doubled(ctx context.Context, c *s3.Client, in *s3.GetObjectAclInput) error {
	delay := 50 * time.Millisecond
	for i := 0; i < 6; i++ {
		_, err := c.GetObjectAcl(ctx, in)
		if err == nil {
			return nil
		}
		time.Sleep(delay)
		delay = min(delay*2, 2*time.Second)
	}
	return errors.New("no acl")
}

// Negative: a loop over work items, collecting errors.
func workItems(ctx context.Context, c *s3.Client, bucket string, keys []string) []error {
	var errs []error
	for _, k := range keys {
		if _, err := c.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: &bucket, Key: &k}); err != nil {
			errs = append(errs, err)
			continue
		}
	}
	return errs
}

// Negative: an index loop over work items goes round on success as well.
func indexedItems(ctx context.Context, c *s3.Client, in []*s3.PutObjectInput) int {
	failed := 0
	for i := 0; i < len(in); i++ {
		if _, err := c.PutObject(ctx, in[i]); err != nil {
			failed++
			continue
		}
	}
	return failed
}

// Negative: the paginator, and manual pagination with a continuation token.
func pages(ctx context.Context, c *s3.Client, bucket string) ([]string, error) {
	var keys []string
	p := s3.NewListObjectsV2Paginator(c, &s3.ListObjectsV2Input{Bucket: &bucket})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return nil, err
		}
		for _, o := range page.Contents {
			keys = append(keys, aws.ToString(o.Key))
		}
	}
	in := &s3.ListObjectVersionsInput{Bucket: &bucket}
	for {
		out, err := c.ListObjectVersions(ctx, in)
		if err != nil {
			return nil, err
		}
		if !aws.ToBool(out.IsTruncated) {
			break
		}
		in.KeyMarker = out.NextKeyMarker
	}
	return keys, nil
}

// Negative: the waiter.
func waiter(ctx context.Context, c *s3.Client, bucket string) error {
	w := s3.NewBucketExistsWaiter(c)
	return w.Wait(ctx, &s3.HeadBucketInput{Bucket: &bucket}, 2*time.Minute)
}

// Negative: polling for a state, with a deadline: success goes round too.
func pollState(ctx context.Context, c *s3.Client, in *s3.GetBucketVersioningInput) error {
	deadline := time.Now().Add(5 * time.Minute)
	for time.Now().Before(deadline) {
		out, err := c.GetBucketVersioning(ctx, in)
		if err != nil {
			return err
		}
		if out.Status == types.BucketVersioningStatusEnabled {
			return nil
		}
		time.Sleep(10 * time.Second)
	}
	return errors.New("versioning not enabled in time")
}

// Negative: the delay comes from a helper of the package that sleeps.
func helperDelay(ctx context.Context, c *s3.Client, in *s3.GetObjectInput) error {
	for attempts := 0; attempts < 5; attempts++ {
		if _, err := c.GetObject(ctx, in); err == nil {
			return nil
		}
		handleWaitTime(attempts)
	}
	return errors.New("gave up")
}

func handleWaitTime(attempts int) {
	time.Sleep(time.Duration(math.Min(100*math.Pow(2, float64(attempts)), 300000)) * time.Millisecond)
}

// Negative: the error is returned in place, nothing is retried.
func noRetry(ctx context.Context, c *s3.Client, ins []*s3.PutObjectInput) error {
	for i := 0; i < len(ins); i++ {
		_, err := c.PutObject(ctx, ins[i])
		if err != nil {
			return err
		}
	}
	return nil
}

// Negative: a deliberate fixed-pace retry, kept with a reason.
func deliberate(ctx context.Context, c *s3.Client, in *s3.PutObjectInput) error {
	//awsvet:ignore retryloop -- the object lock clears within the minute; the SDK retryer does not retry 409
	for i := 0; i < 6; i++ {
		if _, err := c.PutObject(ctx, in); err == nil {
			return nil
		}
		time.Sleep(10 * time.Second)
	}
	return errors.New("still locked")
}

// Negative: failing over across regions, one client per pass.
func failover(ctx context.Context, clients []*s3.Client, in *s3.GetObjectInput) (*s3.GetObjectOutput, error) {
	var err error
	for i := 0; i < len(clients); i++ {
		var out *s3.GetObjectOutput
		if out, err = clients[i].GetObject(ctx, in); err == nil {
			return out, nil
		}
	}
	return nil, err
}

// Negative: searching for a free bucket name: each pass asks for another.
func freeBucketName(ctx context.Context, c *s3.Client, base string) (string, error) {
	for n := 0; n < 10; n++ {
		name := fmt.Sprintf("%s-%d", base, n)
		_, err := c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: &name})
		if err == nil {
			return name, nil
		}
	}
	return "", errors.New("no free name")
}

// Negative: optimistic locking: read, then write if unchanged; a
// conflict reads again. The read decides, and its failure returns.
func optimisticUpdate(ctx context.Context, c *s3.Client, bucket, key string, update func(*s3.HeadObjectOutput) *s3.PutObjectInput) error {
	for i := 0; i < 5; i++ {
		head, err := c.HeadObject(ctx, &s3.HeadObjectInput{Bucket: &bucket, Key: &key})
		if err != nil {
			return err
		}
		in := update(head)
		in.IfMatch = head.ETag
		if _, err := c.PutObject(ctx, in); err == nil {
			return nil
		}
	}
	return errors.New("too many concurrent updates")
}

// Negative: waiting for a bucket to exist: only NotFound goes round, and
// the SDK does not retry NotFound.
func waitForBucket(ctx context.Context, c *s3.Client, bucket string) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, err := c.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: &bucket})
		if err == nil {
			return nil
		}
		var notFound *types.NotFound
		if !errors.As(err, &notFound) {
			return err
		}
		if time.Now().After(deadline) {
			return err
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// Positive: the same shape, but retrying throttling by its code.
func retryThrottling(ctx context.Context, c *s3.Client, in *s3.PutBucketTaggingInput) error {
	for i := 0; i < 5; i++ { // want `loop retries s3\.Client\.PutBucketTagging with a fixed delay: configure the SDK retryer or back off exponentially`
		_, err := c.PutBucketTagging(ctx, in)
		if err == nil {
			return nil
		}
		var ae smithy.APIError
		if !errors.As(err, &ae) || ae.ErrorCode() != "SlowDown" {
			return err
		}
		time.Sleep(time.Second)
	}
	return errors.New("still throttled")
}

// Negative: a delay doubled by a shift, bounded (d <<= 1 doubles it, as
// d *= 2 does).
func shiftedBackoff(ctx context.Context, c *s3.Client, in *s3.ListBucketsInput) (*s3.ListBucketsOutput, error) {
	delay := 100 * time.Millisecond
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		var out *s3.ListBucketsOutput
		if out, err = c.ListBuckets(ctx, in); err == nil {
			return out, nil
		}
		time.Sleep(delay)
		delay <<= 1
	}
	return nil, err
}
