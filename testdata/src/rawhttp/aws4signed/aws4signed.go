// Package aws4signed sends its requests through bmizerany/aws4's client
// (here its stand-in, libs/aws4), which signs them with SigV4: the shapes
// of the library's own examples and DynamoDB client.
package aws4signed

import (
	"net/http"
	"strings"

	"awsvet.test/src/rawhttp/libs/aws4"
)

// Negative: the library's example, sent with aws4.DefaultClient.Do.
func listTables() (*http.Response, error) {
	data := strings.NewReader("{}")
	r, err := http.NewRequest("POST", "https://dynamodb.us-east-1.amazonaws.com/", data)
	if err != nil {
		return nil, err
	}
	r.Header.Set("Content-Type", "application/x-amz-json-1.0")
	r.Header.Set("X-Amz-Target", "DynamoDB_20111205.ListTables")
	return aws4.DefaultClient.Do(r)
}

// Negative: a Glacier request through a client with keys of its own.
func listVaults(keys *aws4.Keys) (*http.Response, error) {
	r, err := http.NewRequest("GET", "https://glacier.us-east-1.amazonaws.com/-/vaults", nil)
	if err != nil {
		return nil, err
	}
	r.Header.Set("X-Amz-Glacier-Version", "2012-06-01")
	c := &aws4.Client{Keys: keys}
	return c.Do(r)
}

// Negative: signed with aws4.Sign, then sent with net/http.
func describeTable(keys *aws4.Keys, table string) (*http.Response, error) {
	r, err := http.NewRequest(http.MethodPost, "https://dynamodb.us-east-1.amazonaws.com/", strings.NewReader(`{"TableName":"`+table+`"}`))
	if err != nil {
		return nil, err
	}
	r.Header.Set("X-Amz-Target", "DynamoDB_20120810.DescribeTable")
	if err := aws4.Sign(keys, r); err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(r)
}
