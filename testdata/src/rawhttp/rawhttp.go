// Fixtures for rawhttp.
package rawhttp

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"strings"
)

// Positive: STS called over plain HTTP.
func callerIdentity() (*http.Response, error) {
	return http.Get("https://sts.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15") // want `raw HTTP GET to sts\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
}

// Positive: an SQS queue URL with its regional host.
func sendMessage(body io.Reader) (*http.Response, error) {
	return http.Post("https://sqs.us-east-1.amazonaws.com/123456789012/orders", "application/x-www-form-urlencoded", body) // want `raw HTTP POST to sqs\.us-east-1\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
}

// Positive: a request built for DynamoDB's JSON API.
func putItem(ctx context.Context, body io.Reader) (*http.Request, error) {
	return http.NewRequestWithContext(ctx, http.MethodPost, "https://dynamodb.us-west-2.amazonaws.com/", body) // want `raw HTTP POST to dynamodb\.us-west-2\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
}

// Positive: writing to S3 without a signature.
func putObject(body io.Reader) (*http.Request, error) {
	return http.NewRequest("PUT", "https://s3.amazonaws.com/my-bucket/report.csv", body) // want `raw HTTP PUT to s3\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
}

// Positive: a constant endpoint joined with a path, on a client.
const lambdaEndpoint = "https://lambda.eu-west-1.amazonaws.com"

func invoke(c *http.Client, payload io.Reader) (*http.Response, error) {
	return c.Post(lambdaEndpoint+"/2015-03-31/functions/resize/invocations", "application/json", payload) // want `raw HTTP POST to lambda\.eu-west-1\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
}

// Positive: the host fixed in a format string.
func describeInstance(id string) (*http.Response, error) {
	return http.Get(fmt.Sprintf("https://ec2.us-east-1.amazonaws.com/?Action=DescribeInstances&InstanceId.1=%s", id)) // want `raw HTTP GET to ec2\.us-east-1\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
}

// Positive: dual-stack, China, FIPS and SageMaker runtime endpoints.
func otherEndpoints(c *http.Client, body io.Reader) {
	c.Get("https://ec2.us-east-1.api.aws/?Action=DescribeRegions")                                            // want `raw HTTP GET to ec2\.us-east-1\.api\.aws skips SigV4 signing and retries: use the SDK client`
	c.Get("https://sts.cn-north-1.amazonaws.com.cn/?Action=GetCallerIdentity")                                // want `raw HTTP GET to sts\.cn-north-1\.amazonaws\.com\.cn skips SigV4 signing and retries: use the SDK client`
	c.Head("https://sts-fips.us-east-1.amazonaws.com:443/")                                                   // want `raw HTTP HEAD to sts-fips\.us-east-1\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
	c.Post("https://runtime.sagemaker.us-east-1.amazonaws.com/endpoints/model/invocations", "text/csv", body) // want `raw HTTP POST to runtime\.sagemaker\.us-east-1\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
}

// Positive: the endpoint in a package variable, posted as a form.
var sesEndpoint = "https://email.us-east-1.amazonaws.com"

func sendEmail(form url.Values) (*http.Response, error) {
	return http.PostForm(sesEndpoint, form) // want `raw HTTP POST to email\.us-east-1\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
}

// Positive: a local variable set once.
func listQueues(ctx context.Context) (*http.Request, error) {
	endpoint := "https://sqs.eu-central-1.amazonaws.com/?Action=ListQueues"
	return http.NewRequestWithContext(ctx, "", endpoint, nil) // want `raw HTTP GET to sqs\.eu-central-1\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
}

// Negative: public documents with no SDK operation.
func publicDocuments() {
	http.Get("https://ip-ranges.amazonaws.com/ip-ranges.json")
	http.Get("https://checkip.amazonaws.com/")
	http.Get("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEf123/.well-known/jwks.json")
	http.Get("https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/index.json")
	http.Get("https://sns.us-east-1.amazonaws.com/SimpleNotificationService-9c6465fa7f48f5cacd23014631ec1136.pem")
}

// Negative: customer resources reached with plain HTTP by design.
func customerResources() {
	http.Get("https://abc123defg.execute-api.us-east-1.amazonaws.com/prod/items")
	http.Get("http://my-lb-1234567890.us-east-1.elb.amazonaws.com/healthz")
	http.Get("http://ec2-54-12-34-56.compute-1.amazonaws.com:8080/")
	http.Get("https://search-logs-abc123.eu-west-1.es.amazonaws.com/_cluster/health")
	http.Get("https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE/.well-known/openid-configuration")
}

// Negative: public S3 objects read anonymously, as open data sets are.
func openData(key string) {
	http.Get("https://noaa-goes16.s3.amazonaws.com/index.html")
	http.Get("https://s3.amazonaws.com/aws-cloudwatch/downloads/latest/awslogs-agent-setup.py")
	http.Head("https://s3.us-west-2.amazonaws.com/my-public-bucket/" + key)
}

// Negative: hosts and URLs known only at run time (one positive: a
// run-time region).
func runTime(ctx context.Context, bucket, region, key, queueURL string) {
	http.Get("https://" + bucket + ".s3.amazonaws.com/" + key)
	// The package uses the SDK (presigned.go): only the region is left
	// to run time, and the service is known (see regional/ and nosdk/).
	http.Get(fmt.Sprintf("https://sqs.%s.amazonaws.com/", region)) // want `raw HTTP GET to sqs\.<region>\.amazonaws\.com skips SigV4 signing`
	http.NewRequestWithContext(ctx, http.MethodPost, queueURL, strings.NewReader("Action=SendMessage"))
	endpoint := "https://sts.amazonaws.com"
	if region != "" {
		endpoint = "https://sts." + region + ".amazonaws.com"
	}
	http.Get(endpoint)
}

// Negative: endpoints only logged or compared.
func logged(u string) bool {
	log.Printf("falling back to %s", "https://sts.amazonaws.com")
	return strings.HasPrefix(u, "https://sqs.us-east-1.amazonaws.com")
}

// Negative: the instance metadata service is the imds rule's.
func metadata() (*http.Response, error) {
	return http.Get("http://169.254.169.254/latest/meta-data/instance-id")
}

// Negative: not AWS at all, or only a look-alike.
func notAWS() {
	http.Get("https://amazonaws.com.example.org/api")
	http.Get("https://example.com/?next=https://sts.amazonaws.com/")
}

// Negative: a deliberate call kept with a reason.
func deliberate() (*http.Response, error) {
	//awsvet:ignore rawhttp -- the health probe checks the regional endpoint itself, unauthenticated
	return http.Get("https://sts.us-east-1.amazonaws.com/")
}
