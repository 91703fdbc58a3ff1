// Package namedsigner signs its requests with a helper of another package
// of its module (libs/signing), whose path names no known library: the
// call of a function named as a request signer is (SignRequest, taking
// the *http.Request) says the package signs.
package namedsigner

import (
	"net/http"
	"strings"

	"awsvet.test/src/rawhttp/libs/signing"
)

// Negative: signed by the module's helper, then sent.
func publish(topicARN, msg string) (*http.Response, error) {
	body := "Action=Publish&Version=2010-03-31&TopicArn=" + topicARN + "&Message=" + msg
	req, err := http.NewRequest(http.MethodPost, "https://sns.us-west-2.amazonaws.com/", strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	if err := signing.SignRequest(req, "sns", "us-west-2"); err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

// Negative: another request of the package, signed the same way.
func sendMessage(queueURL, msg string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, "https://sqs.us-west-2.amazonaws.com/", strings.NewReader("Action=SendMessage&QueueUrl="+queueURL+"&MessageBody="+msg))
	if err != nil {
		return nil, err
	}
	if err := signing.SignRequest(req, "sqs", "us-west-2"); err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
