package scope_test

import (
	"testing"

	"github.com/awsvet/awsvet/internal/scope"
)

func TestPath(t *testing.T) {
	for p, want := range map[string]scope.Kind{
		// Test code and fixtures.
		"testdata/secrets/positive/app.env": scope.Test,
		"internal/s3/s3_test.go":            scope.Test,
		"tests/test_upload.py":              scope.Test,
		"web/src/__tests__/auth.js":         scope.Test,
		"web/src/auth.spec.ts":              scope.Test,
		"src/test/java/UploaderTest.java":   scope.Test,
		"spec/models/user_spec.rb":          scope.Test,
		"pkg/s3mock/keys.pem":               scope.Test,
		"e2e/config.yaml":                   scope.Test,
		`internal\fixtures\tls.key`:         scope.Test,
		"docs/testdata/README.md":           scope.Test, // test wins over doc
		// Documentation and samples.
		"README.md":                   scope.Doc,
		"README":                      scope.Doc,
		"CHANGELOG.txt":               scope.Doc,
		"docs/configuration.yaml":     scope.Doc,
		"doc/api.html":                scope.Doc,
		"guides/auth.rst":             scope.Doc,
		"site/content/setup.adoc":     scope.Doc,
		".env.example":                scope.Doc,
		"config/settings.sample.json": scope.Doc,
		"deploy/example-values.yaml":  scope.Doc,
		// Code, configuration and build files; example programs.
		"":                             scope.Code,
		"main.go":                      scope.Code,
		".env":                         scope.Code,
		"deploy/values.yaml":           scope.Code,
		"examples/s3upload/main.go":    scope.Code,
		"examples/s3upload/config.yml": scope.Code,
		"cmd/latest/main.go":           scope.Code,
		"internal/attest/sign.go":      scope.Code,
		"testimonials.html":            scope.Code,
		"contest/entries.json":         scope.Code,
		"docker/Dockerfile":            scope.Code,
		"Makefile":                     scope.Code,
	} {
		if got := scope.Path(p); got != want {
			t.Errorf("Path(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestGoTestFile(t *testing.T) {
	for name, want := range map[string]bool{
		"/src/app/s3_test.go":      true,
		"example_test.go":          true,
		"/src/app/testing.go":      false,
		"/src/app/test_helpers.go": false, // Python's convention; the go tool compiles it into the package
	} {
		if got := scope.GoTestFile(name); got != want {
			t.Errorf("GoTestFile(%q) = %v, want %v", name, got, want)
		}
	}
}
