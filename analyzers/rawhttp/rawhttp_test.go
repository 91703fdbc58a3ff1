package rawhttp_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/rawhttp"
)

func TestRawHTTP(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, rawhttp.Analyzer, "./src/rawhttp", "./src/rawhttp/clientsigner", "./src/rawhttp/signed")
}
