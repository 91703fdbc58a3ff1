// Package opensearchsigned calls the OpenSearch Service configuration API
// with requests signed by opensearch-go's SDK v2 signer (here its
// stand-in), as code that manages domains next to an opensearch-go
// client does.
package opensearchsigned

import (
	"net/http"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"

	"awsvet.test/src/rawhttp/libs/opensearch/signer/awsv2"
)

// Negative: SignRequest signs the request in place.
func listDomainNames(cfg aws.Config) (*http.Response, error) {
	s, err := awsv2.NewSignerWithService(cfg, "es")
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodGet, "https://es.us-east-1.amazonaws.com/2021-01-01/domain", nil)
	if err != nil {
		return nil, err
	}
	if err := s.SignRequest(req); err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

// Negative: a POST of the same API, signed the same way.
func describeDomains(cfg aws.Config, names string) (*http.Response, error) {
	s, err := awsv2.NewSignerWithService(cfg, "es")
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodPost, "https://es.us-east-1.amazonaws.com/2021-01-01/opensearch/domain-info", strings.NewReader(names))
	if err != nil {
		return nil, err
	}
	if err := s.SignRequest(req); err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
