package detect

import (
	"encoding/base64"
	"path"
	"regexp"
	"strings"

	"github.com/awsvet/awsvet/internal/placeholder"
)

// awsvet's precision filters: the one place that decides which of
// gitleaks' matches are not secrets. gitleaks run over the source of
// public modules that use the AWS SDK (SDK v1 and v2, Loki, external-dns,
// external-secrets, Prometheus) reports hundreds of findings and no leaked
// credential: generic-api-key on API model examples ("NextToken":
// "U1FsdGVk…"), on sum-file hashes and on identifiers;
// vault-service-token on Go selectors such as s.OutputNotebookS3Location.
// Each filter below removes one such family and says why it is not a
// secret. Filters apply to the loose rules only (generic-api-key, the
// semi-generic "service name = value" rules, vault's s. tokens); a rule
// that recognises a token by its own format is trusted as gitleaks trusts
// it. A configuration turns them off per rule with [awsvet] rawRules.

// keep reports whether finding f of rule r survives the filters; it may
// also lower the finding's confidence.
func keep(r *rule, text string, f *found) bool {
	if placeholderSecret(f.Secret) {
		// Any rule: "Authorization: Bearer YOUR_API_KEY", "-----BEGIN
		// PRIVATE KEY-----\n...\n-----END", "ghp_xxxx…" in documentation,
		// Azurite's published account key in a docker-compose file.
		return false
	}
	if userRepeated(f.Secret) {
		// Any rule: curl -u "any:any", a URL's admin:admin (docvalues.go).
		return false
	}
	if searchOnlyKey(text, f) {
		// Any rule: an Algolia search-only key in a site's search
		// configuration, public by design (publickeys.go).
		return false
	}
	if isJOSEHeader(f.Secret) || elidedAfter(text, f.End) {
		// Any rule: a JWT's header alone, a value cut short with "..."
		// (docvalues.go).
		return false
	}
	switch {
	case r.kind == generic:
		return keepGeneric(text, f)
	case r.kind == semiGeneric:
		return keepBound(text[f.MatchStart:f.Start], f.Secret)
	case r.id == "vault-service-token" && strings.HasPrefix(f.Secret, "s."):
		// The legacy "s." + 24 characters form: in code it is mostly a
		// selector on a variable named s (s.OutputNotebookS3Location), at
		// the start of a statement or inside an expression, where a token
		// value never stands.
		f.HighConfidence = false
		return !identifierLike(f.Secret[2:]) && !inExpression(text, f.Start)
	case r.id == "jwt":
		return !isSampleJWT(f.Secret)
	case r.id == "kubernetes-secret-yaml":
		// A sample Secret whose values decode to placeholders
		// (k8ssecret.go).
		return !manifestOfPlaceholders(text, f)
	}
	return true
}

// inExpression reports whether offset i starts a statement (only blanks
// before it on its line) or follows an operator or an opening bracket: a
// position for an expression in code, not for a value in configuration.
func inExpression(text string, i int) bool {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	if j == 0 || text[j-1] == '\n' {
		return true
	}
	return strings.IndexByte("(!&*[,{|+-<", text[j-1]) >= 0
}

// keepGeneric filters generic-api-key: a key-like name bound to a value
// (gitleaks' expression requires the binding: assignment, key-value, flag
// with "=") whose value must also look like a secret.
func keepGeneric(text string, f *found) bool {
	name, v := text[f.MatchStart:f.Start], strings.TrimRight(f.Secret, ".-")
	if n, inner, ok := strings.Cut(v, "="); ok && strings.Trim(inner, "=") != "" && isName(n) {
		// "Signature=3f1e…": the value binds a name of its own; judge what
		// it binds.
		name, v = name+n+"=", inner
	}
	switch {
	case hashPrefix.MatchString(name) || hashPrefix.MatchString(v):
		// h1:… (go.sum), sha512-… (package-lock integrity), sha256:…
		// (image digests): content hashes, not secrets.
		return false
	case isHexDigest(v):
		// 40, 64, 96 or 128 hex digits: a SHA-1 (git commit), SHA-256,
		// SHA-384 or SHA-512 digest or HMAC. 32 hex digits are left: many
		// API keys have that shape.
		return false
	case isDigestArchive(v):
		// S3Key: <sha256>.zip in a CDK-synthesized template: a bundle
		// named by its content's digest, an S3 object key, not a secret.
		return false
	case uuidShape.MatchString(v):
		// Request, resource and idempotency IDs; a UUID is an identifier.
		return false
	case strings.Contains(f.Match, "://") || strings.Contains(f.Match, "arn:") || inURLOrARN(text, f.MatchStart):
		// Parts of URLs and ARNs.
		return false
	case classes(v) < 2:
		// A secret mixes letters and digits or upper and lower case.
		return false
	case encodesText(v):
		// Base64 of readable text ("dGhpcyBpcyBub3Q…" is "this is not…"):
		// a made-up value; a key encodes random bytes.
		return false
	}
	return keepBound(name, v)
}

// inURLOrARN reports whether the token (text without blanks or quotes)
// that holds offset i, up to i, is part of a URL or an ARN.
func inURLOrARN(text string, i int) bool {
	j := i
	for j > 0 && i-j < 512 && strings.IndexByte(" \t\n\r\"'`", text[j-1]) < 0 {
		j--
	}
	tok := text[j:i]
	return strings.Contains(tok, "://") || strings.HasPrefix(tok, "arn:")
}

// keepBound filters a value bound to a name (generic and semi-generic
// rules); name is the text of the match before the value.
func keepBound(name, v string) bool {
	lv := strings.ToLower(v)
	switch {
	case strings.Contains(strings.ToLower(name), "example"):
		// "Key ID. For example, 1234abcd-…": documentation.
		return false
	case paginationName.MatchString(name):
		// NextToken, Marker, ContinuationToken, ClientToken, ...: opaque
		// pagination cursors and idempotency tokens of API models and
		// their examples, public by design.
		return false
	case notSecretName(name):
		// key_id, request_id, token_url, secret_name, SECRET_HASH: the
		// name says the value is an identifier, a reference or something
		// derived, not the secret.
		return false
	case bareKeyName(name):
		// A name that is "key" and nothing else: in YAML and JSON that is
		// a lookup key (external-secrets' remoteRef.key, an S3 object's
		// Key, a map entry), a reference to a secret, not the secret.
		// api_key, secret-key and SigningKey still bind one.
		return false
	case selfDescribing(name, v):
		// KeyAlgorithmEcSecp384r1 = "EC_secp384r1": an enumeration
		// constant spells its own value.
		return false
	case isVersion(v):
		// An image tag or a Go pseudo-version (docvalues.go):
		// credential-helper:v1.30.1-alpine, tool-api=v0.0.0-2024….
		return false
	case projectIdentifier(name, v):
		// projectKey="vmware-go-kcl-v2" (docvalues.go): a project's public
		// name, as SonarCloud's scanner takes it.
		return false
	case isFileName(v):
		// PKCS_KEY="sa-signer-pkcs8.pub" (docvalues.go): the file the key
		// is kept in.
		return false
	case identifierLike(v):
		// Words joined as code joins them: CamelCase, snake_case, dotted
		// names, paths (aws.String, v.S3KeyPrefix, photos/2006/sample.jpg):
		// an identifier, a reference or a path.
		return false
	case placeholder.Is(v) || strings.Contains(lv, "secret") || strings.Contains(lv, "password"):
		// Placeholders (internal/placeholder: values typed by counting,
		// A1B2C3D4E5F6G7H8I9J0, 1234abcd-12ab-34cd, among them; v may be
		// the binding's inner value), and values that say what
		// they stand for ("VERYLONGSECRET…", "mysecretpassword"): a random
		// secret neither spells words nor counts.
		return false
	}
	return true
}

// paginationName matches the name of a pagination cursor or idempotency
// token at the end of the text before a value.
var paginationName = regexp.MustCompile(`(?i)(?:(?:next|continuation|page|pagination|starting|start|resume|sync|client|client[_.-]?request|idempotency)[_.-]?token|marker|cursor|(?:exclusive[_.-]?)?start[_.-]?key|last[_.-]?evaluated[_.-]?key)["'\x60]?\s*(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)?[\x60'"\s=]*$`)

// hashPrefix matches the algorithm prefix of a content hash, at the end of
// the name part or at the start of a value.
var hashPrefix = regexp.MustCompile(`(?i)(?:\bh1:|\bsha(?:1|224|256|384|512)[-:]|\bmd5[-:])\s*$|^(?:h1:|sha(?:1|224|256|384|512)[-:]|md5[-:])`)

var uuidShape = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

func isHexDigest(v string) bool {
	switch len(v) {
	case 40, 64, 96, 128:
	default:
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isHexDigit(v[i]) {
			return false
		}
	}
	return true
}

// isDigestArchive reports a file name that is a hex digest (isHexDigest)
// with an archive's extension: content-addressed bundles, as the CDK names
// the Lambda code and assets it uploads (AWS's own example templates hold
// Code.S3Key values of this shape). Other extensions are left to
// isFileName, and a digest with no extension to isHexDigest.
func isDigestArchive(v string) bool {
	for _, ext := range []string{".zip", ".jar", ".tar", ".tar.gz", ".tgz", ".whl"} {
		if stem, ok := strings.CutSuffix(v, ext); ok {
			return isHexDigest(stem)
		}
	}
	return false
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// classes counts the character classes (lower, upper, digit) in v.
func classes(v string) int {
	var lo, up, dg int
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case 'a' <= c && c <= 'z':
			lo = 1
		case 'A' <= c && c <= 'Z':
			up = 1
		case '0' <= c && c <= '9':
			dg = 1
		}
	}
	return lo + up + dg
}

// identifierLike reports whether v reads as words joined the way code
// joins them. v is cut into parts at _ . - / : and blanks, parts into
// tokens at case changes and digits (OutputNotebookS3Location: Output,
// Notebook, S, 3, Location); v is identifier-like when at least 80% of its
// letters are in word tokens (three letters or more, a vowel, no five
// consonants in a row: "Transcript" is a word) and it has at most two runs
// of digits. Measured: it calls 96% of the 2,100 CamelCase identifiers with
// digits of the SDK v2 sources identifiers, and, of random strings of 24
// characters, 0.2% of letters-and-digits ones, 0.9% of lower-case-and-digits
// ones and 0.1% of base64 ones (single-case letter strings score higher,
// but gitleaks' own allowlist drops values without digits before this
// runs).
func identifierLike(v string) bool {
	var letters, inWords, digitRuns int
	word := func(t string) {
		if len(t) >= 3 && wordLike(t) {
			inWords += len(t)
		}
	}
	i := 0
	for i < len(v) {
		c := v[i]
		switch {
		case isDigitByte(c):
			for i < len(v) && isDigitByte(v[i]) {
				i++
			}
			digitRuns++
		case isUpper(c):
			j := i
			for j < len(v) && isUpper(v[j]) {
				j++
			}
			if j < len(v) && isLower(v[j]) {
				// "AWSLogs": an acronym, then a capitalised word.
				if j-1 > i {
					word(v[i : j-1])
				}
				k := j
				for k < len(v) && isLower(v[k]) {
					k++
				}
				word(v[j-1 : k])
				letters += k - i
				i = k
				continue
			}
			word(v[i:j])
			letters += j - i
			i = j
		case isLower(c):
			j := i
			for j < len(v) && isLower(v[j]) {
				j++
			}
			word(v[i:j])
			letters += j - i
			i = j
		default:
			i++ // separators and other characters
		}
	}
	return letters >= 3 && digitRuns <= 2 && float64(inWords) >= 0.8*float64(letters)
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }
func isUpper(c byte) bool     { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool     { return 'a' <= c && c <= 'z' }

// wordLike: a vowel, and no run of five consonants.
func wordLike(t string) bool {
	vowel, run := false, 0
	for i := 0; i < len(t); i++ {
		switch t[i] | 0x20 {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			vowel, run = true, 0
		default:
			if run++; run >= 5 {
				return false
			}
		}
	}
	return vowel
}

// isName reports a short identifier ("Signature", "X-Amz-Date").
func isName(s string) bool {
	if s == "" || len(s) > 40 || !isLower(s[0]|0x20) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(isWord(c) || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// notSecretWords end a name that holds something other than a secret.
var notSecretWords = map[string]bool{
	"id": true, "ids": true, "arn": true, "name": true, "names": true, "url": true, "uri": true,
	"path": true, "file": true, "dir": true, "prefix": true, "suffix": true, "type": true,
	"hash": true, "digest": true, "checksum": true, "signature": true, "fingerprint": true,
	"region": true, "endpoint": true, "alias": true, "version": true, "format": true,
	"header": true, "length": true, "size": true, "count": true, "policy": true,
}

// notSecretName reports a name (the text of a match before its value)
// whose last word says the value is not the secret itself: key_id,
// requestId, "Key ID", token_url, SECRET_HASH.
func notSecretName(name string) bool {
	last := lastToken(name, isWord) // the last identifier of the name
	// Its last word: after the last '_', or from the last capital that
	// follows a lower-case letter.
	if i := strings.LastIndexByte(last, '_'); i >= 0 {
		last = last[i+1:]
	}
	for i := len(last) - 1; i > 0; i-- {
		if isUpper(last[i]) && isLower(last[i-1]) {
			last = last[i:]
			break
		}
	}
	return notSecretWords[strings.ToLower(last)]
}

// bareKeyName reports a name whose last identifier is "key" or "keys"
// alone, in any case.
func bareKeyName(name string) bool {
	// Dashes and dots belong to the name here: api-key is not bare.
	last := lastToken(name, func(c byte) bool { return isWord(c) || c == '-' || c == '.' })
	last = strings.ToLower(strings.TrimLeft(last, "-."))
	return last == "key" || last == "keys"
}

// lastToken is the last run of bytes in of name, after what ends the
// name (quotes, blanks, the operator) is trimmed.
func lastToken(name string, in func(byte) bool) string {
	end := len(name)
	for end > 0 && !isWord(name[end-1]) {
		end--
	}
	start := end
	for start > 0 && in(name[start-1]) {
		start--
	}
	return name[start:end]
}

// selfDescribing reports a value whose letters and digits, lowercased,
// appear in its name's: KeyAlgorithmEcSecp384r1 = "EC_secp384r1".
func selfDescribing(name, v string) bool {
	norm := func(s string) string {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if c := s[i]; isLower(c|0x20) || isDigitByte(c) {
				b.WriteByte(c | 0x20)
			}
		}
		return b.String()
	}
	nv := norm(v)
	return len(nv) >= 6 && strings.Contains(norm(name), nv)
}

// encodesText reports whether v is base64 (standard or URL alphabet) of
// readable text: mostly letters and blanks, nothing unprintable.
func encodesText(v string) bool {
	t := strings.TrimRight(v, "=")
	if len(t) < 12 {
		return false
	}
	enc := base64.RawStdEncoding
	if strings.ContainsAny(t, "-_") {
		enc = base64.RawURLEncoding
	}
	b, err := enc.DecodeString(t)
	if err != nil || len(b) < 8 {
		return false
	}
	letters := 0
	for _, c := range b {
		switch {
		case c == ' ' || isLower(c|0x20):
			letters++
		case (c < 0x20 && c != '\n' && c != '\t') || c > 0x7e:
			return false
		}
	}
	return float64(letters) >= 0.6*float64(len(b))
}

// isSampleJWT reports example tokens: jwt.io's front page and RFC 7519's
// (subject 1234567890, "John Doe"; issuer "joe") and the Microsoft
// identity platform's sample ID token ("Abe Lincoln"), copied into
// countless tests and docs, and AWS's documentation examples, whose claims
// carry the word EXAMPLE as AWS's example keys do.
func isSampleJWT(tok string) bool {
	parts := strings.Split(tok, ".")
	if len(parts) < 2 {
		return false
	}
	payload, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[1], "="))
	if err != nil {
		return false
	}
	p := string(payload)
	return strings.Contains(p, `"John Doe"`) || strings.Contains(p, `"iss":"joe"`) ||
		strings.Contains(p, "EXAMPLE") || strings.Contains(p, "AbeLi@microsoft.com")
}

// isLockFile reports lock and sum files: generated lists of dependency
// versions and content hashes, where only a token with its own format
// (a high-confidence rule) can be a leak. gitleaks skips several of them
// by its global allowlist (go.sum, package-lock.json, yarn.lock, ...);
// this covers the rest (go.work.sum, go.tool.sum, Cargo.lock, ...).
func isLockFile(p string) bool {
	if p == "" {
		return false
	}
	base := path.Base(strings.ReplaceAll(p, `\`, "/"))
	switch base {
	case "package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "yarn.lock",
		"packages.lock.json", "gradle.lockfile", "flake.lock", "deno.lock", "bun.lock":
		return true
	}
	return strings.HasSuffix(base, ".sum") || strings.HasSuffix(base, ".lock")
}

// AWSKeyRule reports whether a rule finds AWS key material: gitleaks'
// aws-access-token and the rules of aws.toml (aws-context is a helper that
// never reports).
func AWSKeyRule(id string) bool {
	switch id {
	case "aws-access-token", "aws-secret-access-key", "aws-secret-key-in-context", "aws-secret-access-key-app-settings", "aws-session-token":
		return true
	}
	return false
}
