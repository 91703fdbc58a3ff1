// Fixtures for retryloop: a length in the loop condition. Compared with the
// attempt counter it walks items (each pass another request); compared
// with a constant it only asks whether work is left, and the loop is a
// retry like any other.
package retryloop

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go/aws/awserr"
	"github.com/aws/aws-sdk-go/service/ec2"
	"github.com/aws/aws-sdk-go/service/ec2/ec2iface"
)

const maxDescribeRetries = 12

// Positive: amazon-vpc-cni-k8s' shape. The ENI IDs are described up to 12
// times while any are left; an ID that no longer exists is dropped and the
// call sent again at once, and every other error (throttling included)
// goes round after 0, 10, 20, ... ms, on top of the SDK's own retries.
func describeENIs(ctx context.Context, svc *ec2.EC2, ids []*string) (*ec2.DescribeNetworkInterfacesOutput, error) {
	var out *ec2.DescribeNetworkInterfacesOutput
	var err error
	for retry := 0; retry < maxDescribeRetries && len(ids) > 0; retry++ { // want `loop retries ec2\.EC2\.DescribeNetworkInterfacesWithContext with a linearly growing delay: raise aws\.Config\.MaxRetries or back off exponentially`
		out, err = svc.DescribeNetworkInterfacesWithContext(ctx, &ec2.DescribeNetworkInterfacesInput{NetworkInterfaceIds: ids})
		if err == nil {
			break
		}
		var aerr awserr.Error
		if errors.As(err, &aerr) && aerr.Code() == "InvalidNetworkInterfaceID.NotFound" {
			ids = dropID(ids, aerr.Message())
			continue
		}
		time.Sleep(time.Duration(retry*10) * time.Millisecond)
	}
	return out, err
}

func dropID(ids []*string, msg string) []*string {
	var kept []*string
	for _, id := range ids {
		if !strings.Contains(msg, *id) {
			kept = append(kept, id)
		}
	}
	return kept
}

// Positive: a non-empty check beside the attempt limit, a fixed delay.
func sendWhileQueued(ctx context.Context, c *sqs.Client, queueURL string, body *string) error {
	var err error
	for attempt := 0; attempt < 5 && len(queueURL) != 0; attempt++ { // want `loop retries sqs\.Client\.SendMessage with a fixed delay: configure the SDK retryer or back off exponentially`
		_, err = c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &queueURL, MessageBody: body})
		if err == nil {
			return nil
		}
		time.Sleep(500 * time.Millisecond)
	}
	return err
}

// Negative: the counter walks the endpoints, the attempt limit beside it.
func firstEndpoint(ctx context.Context, clients []*sqs.Client, in *sqs.GetQueueUrlInput) (*sqs.GetQueueUrlOutput, error) {
	var err error
	for i := 0; i < 3 && i < len(clients); i++ {
		var out *sqs.GetQueueUrlOutput
		out, err = clients[i].GetQueueUrl(ctx, in)
		if err == nil {
			return out, nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil, err
}

// Negative: the length is compared with a bound that changes per call
// (how many the caller still wants): the loop takes the next batch.
func drain(ctx context.Context, c *sqs.Client, queueURL string, want int) (n int, err error) {
	var got []string
	for len(got) < want {
		out, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &queueURL, MaxNumberOfMessages: int32(min(10, want-len(got)))})
		if err != nil {
			return len(got), err
		}
		for _, m := range out.Messages {
			got = append(got, *m.MessageId)
		}
	}
	return len(got), nil
}

// Negative: work left, backing off exponentially.
func describeWithBackoff(ctx context.Context, svc *ec2.EC2, ids []*string) error {
	var err error
	for attempt := 0; attempt < 6 && len(ids) > 0; attempt++ {
		_, err = svc.DescribeNetworkInterfacesWithContext(ctx, &ec2.DescribeNetworkInterfacesInput{NetworkInterfaceIds: ids})
		if err == nil {
			return nil
		}
		time.Sleep((50 * time.Millisecond) << attempt)
	}
	return err
}

// Negative: a queue of items, the next one taken after a failure.
func putEach(ctx context.Context, c *sqs.Client, queueURL string, bodies []string) {
	for len(bodies) > 0 {
		body := bodies[0]
		bodies = bodies[1:]
		if _, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &queueURL, MessageBody: &body}); err != nil {
			continue
		}
	}
}

// queueAPI wraps the SQS client for tests, as projects do.
type queueAPI interface {
	SendMessage(ctx context.Context, in *sqs.SendMessageInput, opts ...func(*sqs.Options)) (*sqs.SendMessageOutput, error)
}

// Positive: the call goes through an interface that wraps the client (the
// VPC CNI's ec2wrapper.EC2); the client behind it retries already.
func sendThroughWrapper(ctx context.Context, q queueAPI, in *sqs.SendMessageInput) error {
	var err error
	for attempt := 0; attempt < 4; attempt++ { // want `loop retries retryloop\.queueAPI\.SendMessage with a fixed delay: configure the SDK retryer or back off exponentially`
		if _, err = q.SendMessage(ctx, in); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// Positive: v1's generated interface.
func describeThroughIface(ctx context.Context, svc ec2iface.EC2API, in *ec2.DescribeNetworkInterfacesInput) (*ec2.DescribeNetworkInterfacesOutput, error) {
	var out *ec2.DescribeNetworkInterfacesOutput
	var err error
	for i := 0; i < 5; i++ { // want `loop retries ec2iface\.EC2API\.DescribeNetworkInterfacesWithContext with no delay: raise aws\.Config\.MaxRetries or back off exponentially`
		out, err = svc.DescribeNetworkInterfacesWithContext(ctx, in)
		if err == nil {
			break
		}
	}
	return out, err
}

// notifier is an interface of the project's own, not a client's.
type notifier interface {
	SendMessage(ctx context.Context, text string) error
}

// Negative: a method named like an operation that takes no SDK input.
func notify(ctx context.Context, n notifier, text string) error {
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		if err = n.SendMessage(ctx, text); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// Negative: through the wrapper, backing off exponentially.
func sendWithBackoff(ctx context.Context, q queueAPI, in *sqs.SendMessageInput) error {
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		if _, err = q.SendMessage(ctx, in); err == nil {
			return nil
		}
		time.Sleep(time.Second << attempt)
	}
	return err
}

// Negative: through the wrapper, once per queue.
func sendToEach(ctx context.Context, q queueAPI, urls []string, body *string) {
	for _, u := range urls {
		if _, err := q.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &u, MessageBody: body}); err != nil {
			continue
		}
	}
}
