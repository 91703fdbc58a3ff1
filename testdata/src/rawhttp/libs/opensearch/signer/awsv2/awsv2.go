// Package awsv2 stands in for
// github.com/opensearch-project/opensearch-go/v2/signer/awsv2, kept out
// of the fixtures' module for its dependencies: a SigV4 signer built from
// an SDK v2 config, whose SignRequest signs a request in place (here it
// only names the service).
package awsv2

import (
	"errors"
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// Signer signs requests to one service.
type Signer struct {
	cfg     aws.Config
	service string
}

// NewSignerWithService returns a signer for service.
func NewSignerWithService(cfg aws.Config, service string) (*Signer, error) {
	if service == "" {
		return nil, errors.New("awsv2: service is required")
	}
	return &Signer{cfg: cfg, service: service}, nil
}

// SignRequest signs r.
func (s *Signer) SignRequest(r *http.Request) error {
	r.Header.Set("X-Amz-Date", "20260101T000000Z")
	return nil
}
