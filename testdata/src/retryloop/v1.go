// Fixtures for retryloop with aws-sdk-go (v1).
package retryloop

import (
	"errors"
	"time"

	awsv1 "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/awserr"
	"github.com/aws/aws-sdk-go/aws/request"
	"github.com/aws/aws-sdk-go/service/kinesis"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"
)

// Positive: retried at once.
func v1NoDelay(svc *s3v1.S3, in *s3v1.PutObjectInput) error {
	var err error
	for i := 0; i < 3; i++ { // want `loop retries s3\.S3\.PutObject with no delay: raise aws\.Config\.MaxRetries or back off exponentially`
		_, err = svc.PutObject(in)
		if err == nil {
			break
		}
	}
	return err
}

// Positive: a request sent again and again at a fixed pace, forever.
func v1SendForever(svc *s3v1.S3, in *s3v1.GetObjectInput) *s3v1.GetObjectOutput {
	for { // want `loop retries request\.Request\.Send with a fixed delay and no attempt limit or deadline: raise aws\.Config\.MaxRetries or back off exponentially`
		req, out := svc.GetObjectRequest(in)
		err := req.Send()
		if err == nil {
			return out
		}
		time.Sleep(time.Second)
	}
}

// Positive: throughput exceeded, retried after a fixed sleep.
func v1PutRecords(k *kinesis.Kinesis, in *kinesis.PutRecordsInput) (*kinesis.PutRecordsOutput, error) {
	for attempt := 0; attempt < 10; attempt++ { // want `loop retries kinesis\.Kinesis\.PutRecords with a fixed delay: raise aws\.Config\.MaxRetries or back off exponentially`
		out, err := k.PutRecords(in)
		if err != nil {
			if aerr, ok := err.(awserr.Error); ok && aerr.Code() == kinesis.ErrCodeProvisionedThroughputExceededException {
				time.Sleep(100 * time.Millisecond)
				continue
			}
			return nil, err
		}
		return out, nil
	}
	return nil, errors.New("throughput exceeded")
}

// Positive: linear growth, d += step.
func v1LinearStep(svc *s3v1.S3, in *s3v1.HeadObjectInput) error {
	delay := time.Second
	var err error
	for i := 0; i < 5; i++ { // want `loop retries s3\.S3\.HeadObject with a linearly growing delay: raise aws\.Config\.MaxRetries or back off exponentially`
		if _, err = svc.HeadObject(in); err == nil {
			return nil
		}
		time.Sleep(delay)
		delay += time.Second
	}
	return err
}

// Negative: a consumer: success goes round to read the next records.
func v1Consume(k *kinesis.Kinesis, iterator *string, handle func([]*kinesis.Record)) {
	for iterator != nil {
		out, err := k.GetRecords(&kinesis.GetRecordsInput{ShardIterator: iterator})
		if err != nil {
			time.Sleep(time.Second)
			continue
		}
		handle(out.Records)
		iterator = out.NextShardIterator
		time.Sleep(200 * time.Millisecond)
	}
}

// Positive (issue 18): PutRecords sending again only the records that
// failed, at a fixed pace (batchresend.go).
func v1ResendFailed(k *kinesis.Kinesis, in *kinesis.PutRecordsInput) error {
	for len(in.Records) > 0 { // want `loop resends the failed entries of PutRecords with a fixed delay`
		out, err := k.PutRecords(in)
		if err != nil {
			return err
		}
		if awsv1.Int64Value(out.FailedRecordCount) == 0 {
			return nil
		}
		var failed []*kinesis.PutRecordsRequestEntry
		for i, r := range out.Records {
			if r.ErrorCode != nil {
				failed = append(failed, in.Records[i])
			}
		}
		in.Records = failed
		time.Sleep(500 * time.Millisecond)
	}
	return nil
}

// Negative: paginated and waiter forms of v1.
func v1PagesAndWaiters(svc *s3v1.S3, bucket string) ([]string, error) {
	var keys []string
	err := svc.ListObjectsV2Pages(&s3v1.ListObjectsV2Input{Bucket: &bucket}, func(p *s3v1.ListObjectsV2Output, last bool) bool {
		for _, o := range p.Contents {
			keys = append(keys, awsv1.StringValue(o.Key))
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	return keys, svc.WaitUntilBucketExists(&s3v1.HeadBucketInput{Bucket: &bucket})
}

// Negative: the v1 retryer's own delay.
func v1RetryRules(svc *s3v1.S3, in *s3v1.GetObjectInput, retryer request.Retryer) error {
	for i := 0; i < 5; i++ {
		req, _ := svc.GetObjectRequest(in)
		err := req.Send()
		if err == nil {
			return nil
		}
		req.RetryCount = i
		time.Sleep(retryer.RetryRules(req))
	}
	return errors.New("gave up")
}

// Negative: waiting for a stream to become visible: only ResourceNotFound
// goes round.
func v1WaitVisible(k *kinesis.Kinesis, name string) error {
	for i := 0; i < 60; i++ {
		_, err := k.DescribeStreamSummary(&kinesis.DescribeStreamSummaryInput{StreamName: &name})
		if err == nil {
			return nil
		}
		if aerr, ok := err.(awserr.Error); ok && aerr.Code() == kinesis.ErrCodeResourceNotFoundException {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
	return errors.New("stream not visible")
}

// Positive: retrying only what request.IsErrorRetryable accepts, at once.
func v1RetryableOnly(svc *s3v1.S3, in *s3v1.PutObjectInput) error {
	for i := 0; i < 3; i++ { // want `loop retries s3\.S3\.PutObject with no delay: raise aws\.Config\.MaxRetries or back off exponentially`
		_, err := svc.PutObject(in)
		if err == nil {
			return nil
		}
		if !request.IsErrorRetryable(err) {
			return err
		}
	}
	return errors.New("gave up")
}
