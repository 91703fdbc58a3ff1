// Package detect is awsvet's secret detector: gitleaks' rules (gitleaks
// v8.30.1's default configuration) and awsvet's AWS rules (aws.toml), used
// as data and run by a faster engine with awsvet's precision filters. It
// serves the hardcodedsecret analyzer (Go string literals and comments)
// and the "awsvet secrets" command (files).
//
// # What a rule finds
//
// As in gitleaks: the rule's compiled regular expression (gitleaks' own,
// from its config package), its secret group, its entropy threshold, its
// allowlists and the global ones (regexes on the secret, the match or the
// line; stopwords; paths; commits; AND conditions), required rules
// (composite rules), path-only rules, and gitleaks' preference of a
// specific rule over generic-api-key on the same line. The [extend]
// semantics of a configuration are gitleaks' too (config.go).
//
// # Where it runs: keyword windows
//
// gitleaks runs every rule whose keyword occurs anywhere in a text over
// the whole text. Here one Aho–Corasick pass (ahocorasick.go) finds every
// keyword occurrence; cheap necessary conditions derived from each rule's
// expression drop occurrences that cannot start a match (prefilter.go:
// the operator after a name-bound rule's keyword, a word boundary before
// it, the rest of the expression anchored after it); and the rule's
// expression runs only over a window around each remaining occurrence
// (window.go), whose extent comes from the expression's structure
// (rule.go). Rules are compiled on first use (config.go). Measured with
// BenchmarkScan on the sources of the SDK modules awsvet pins (19 MB), this
// takes 1/65 of the CPU time of the same rules run over whole texts (76
// against 1.2 MB per CPU second); on 520 MB of public module sources (the
// SDKs, Loki, external-dns, Prometheus) it scans 97 MB per CPU second where
// gitleaks dir scans 1.6.
//
// TestWindowsMatchWholeText checks the result against the whole-text way
// on real files. The differences are deliberate: a match that holds none
// of its rule's keywords is not found (gitleaks finds one when the keyword
// occurs anywhere in the file, such as sourcegraph-access-token's bare 40
// hex digits in a file that mentions sourcegraph); a match may reach at
// most 64 KiB from its keyword, and a match of unbounded length at most
// two lines past its keyword's line. Block rules are the exception
// (block.go): a private key's PEM or PGP block is found whatever its
// length, its end found by its terminator in one pass over the text.
//
// # What is not reported, and why
//
//   - Name-bound values that are not secrets (filters.go): identifiers,
//     paths, URLs, ARNs, UUIDs, content hashes (h1:, sha256-, sha512-,
//     hex digests, and a digest named as an archive: a CDK template's
//     S3Key: <sha256>.zip), pagination and idempotency tokens (NextToken,
//     ContinuationToken, ClientToken), names that say "id", "url", "hash",
//     base64 of readable text, placeholders, documentation examples,
//     values typed by counting (A1B2C3D4E5F6G7H8I9J0), a name that is
//     "key" alone (a lookup key in YAML and JSON: remoteRef.key, an S3
//     object's Key), elided values (". . ." in a PEM block of the docs);
//     vault-service-token's legacy "s." form on code selectors
//     (s.OutputNotebookS3Location); sample JWTs (jwt.io, RFC 7519, AWS
//     documentation); versions bound to a name that sounds secret (image
//     tags, Go pseudo-versions pinned in a Makefile; docvalues.go), and
//     file names with a key, certificate or configuration file's extension
//     (PKCS_KEY="sa-signer-pkcs8.pub": where the key is kept), and a
//     lower-case slug with a word in it bound to a project's or
//     organization's key (projectKey="vmware-go-kcl-v2",
//     sonar.projectKey: SonarCloud's public project name; a mixed-case or
//     hex project key, or a slug bound to api_key, stays reported).
//   - By any rule: placeholders, as internal/placeholder defines them
//     (templates, markers, runs and repeats, emulators' published keys:
//     Azurite's and the Cosmos DB emulator's), a JWT's header alone, a
//     value the text elides right after it ("eyJhbGci...", "Wq3Rk8Lm…"),
//     a user:password whose password repeats the user name (curl -u
//     "any:any" for a local emulator, admin:admin), and an Algolia
//     search-only key bound to apiKey in a site's search configuration
//     (algolia or docsearch just above it): public by Algolia's design
//     (publickeys.go); admin keys stay reported.
//   - A Kubernetes Secret (kubernetes-secret-yaml) whose data: values,
//     once decoded from base64, are placeholders wherever a secret goes
//     (user, role, e-mail, host and type entries are not judged): sample
//     manifests such as a fake API's "test" token (k8ssecret.go). Values
//     over 4 KiB, blocks over 16 KiB, multi-line values and values that
//     do not decode keep the finding; the decoded text is never printed.
//   - Lock and sum files (go.sum, go.work.sum, go.tool.sum, *.lock,
//     package-lock.json, pnpm-lock.yaml, ...) and test code (as
//     internal/scope decides for every part of awsvet: testdata, test,
//     tests, __tests__, fixtures, testutil, e2e, mock and fake
//     directories; x_test.go, test_x.py, x.test.js, x.spec.ts,
//     XTest.java, x_spec.rb): only
//     high-confidence rules, those that recognise a token by its own
//     format. Generated hashes and test fixtures bind made-up values to
//     secret names; a real token with a format is still found there.
//   - gitleaks' own global allowlist (images, fonts, vendor trees,
//     node_modules, go.mod/go.sum, ...) applies as in gitleaks.
//   - gitleaks decodes base64, hex and percent-encoded text and scans it
//     again (--max-decode-depth); this engine does not.
//
// A configuration's [awsvet] table turns the filters and the lock-file and
// test-code restriction off per rule, so that those rules report as
// gitleaks does:
//
//	[extend]
//	useDefault = true
//
//	[awsvet]
//	rawRules = ["generic-api-key"]   # or ["*"] for every rule
package detect
