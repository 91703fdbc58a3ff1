package rawhttp_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/rawhttp"
	"github.com/awsvet/awsvet/internal/ruletest"
)

func TestRawHTTP(t *testing.T) {
	analysistest.Run(t, ruletest.TestData(t), rawhttp.Analyzer, "./src/rawhttp", "./src/rawhttp/clientsigner", "./src/rawhttp/signed")
}
