package detect

import (
	"encoding/base64"
	"encoding/json"
	"regexp"
	"strings"
)

// Values of documentation and build files that are not secrets at all
// (issue 17, class 5), each a filter of keep (filters.go): a version or a
// file name where a name that sounds secret binds it, the header of a JWT
// without its payload and signature, a value the text elides right after
// it, and a user name given again as its password.

// versionShape matches a release version with an optional suffix of
// lower-case words and numbers: an image tag (v1.30.1-alpine,
// v1.29.0-eks-1-29-latest, v2.7.1-alpine3.19) or a Go pseudo-version
// pinned for a tool (v0.0.0-20240312151233-5a7e0c1d9f22, whose suffix is
// a timestamp and a commit hash). Versions are public; a secret does not
// start with one. Upper case in the suffix is left to the other filters:
// a random token has it.
var versionShape = regexp.MustCompile(`^v?\d{1,4}(?:\.\d{1,6}){1,3}(?:[-+._~][a-z0-9]+)*$`)

func isVersion(v string) bool { return versionShape.MatchString(v) }

// fileNameShape matches a file name whose extension is that of a file
// holding keys, certificates or configuration (sa-signer-pkcs8.pub,
// client.key, service-account.json): a setup guide binds a key's name to
// the file the key is kept in (PKCS_KEY="sa-signer-pkcs8.pub"), not to the
// key. The name before the extension must hold a word (signer, client):
// a random token given an extension (<random>.key) is still a token.
var fileNameShape = regexp.MustCompile(`^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.(?:key|pem|pub|crt|cer|csr|der|p8|p12|pfx|jks|keystore|asc|gpg|json|ya?ml|toml|ini|conf|cfg|txt)$`)

func isFileName(v string) bool {
	return fileNameShape.MatchString(v) && hasWordPart(v[:strings.LastIndexByte(v, '.')])
}

// userRepeated reports "user:password" whose password is its user name
// again, quoted or not: "any:any" for a local emulator in a guide, a
// product's default admin:admin. The user name is not a secret, so
// neither is a password that repeats it.
func userRepeated(v string) bool {
	user, password, ok := strings.Cut(strings.Trim(v, `"'`), ":")
	return ok && user != "" && user == password
}

// joseHeaderParams are the parameters a JWS or JWE header may hold (RFC
// 7515, 7516): algorithm, type and key references, no secret among them.
var joseHeaderParams = map[string]bool{
	"alg": true, "typ": true, "cty": true, "kid": true, "jku": true, "jwk": true, "x5u": true,
	"x5c": true, "x5t": true, "x5t#S256": true, "crit": true, "enc": true, "zip": true, "b64": true,
}

// isJOSEHeader reports the base64url of a JWT header alone
// (eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 is {"alg":"HS256","typ":"JWT"}):
// the first part of every token, copied into specs to show the format; it
// names an algorithm and a key, and authorises nothing.
func isJOSEHeader(v string) bool {
	if !strings.HasPrefix(v, "eyJ") || strings.Contains(v, ".") || len(v) > 4096 {
		return false
	}
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(v, "="))
	if err != nil {
		return false
	}
	var header map[string]json.RawMessage
	if json.Unmarshal(b, &header) != nil || header["alg"] == nil {
		return false
	}
	for name := range header {
		if !joseHeaderParams[name] {
			return false
		}
	}
	// A jwk parameter is a public key; one with a private or symmetric
	// part ("d", "k") is a key leaked through a header.
	var jwk map[string]json.RawMessage
	if raw := header["jwk"]; raw != nil && (json.Unmarshal(raw, &jwk) != nil || jwk["d"] != nil || jwk["k"] != nil) {
		return false
	}
	return true
}

// elidedAfter reports whether the text right after a value (at offset
// end) elides it: "eyJhbGci...", "Wq3Rk8Lm…". The writer cut the value
// short to show its shape, as documentation does; the rule's expression
// stopped at the dots, and the value it took is a fragment.
func elidedAfter(text string, end int) bool {
	rest := text[end:]
	return strings.HasPrefix(rest, "...") || strings.HasPrefix(rest, "…")
}

// projectSlugShape matches a lower-case slug: words and numbers joined by
// - _ . or : (vmware-go-kcl-v2, acme_k8s-gw, com.acme:billing-svc2).
var projectSlugShape = regexp.MustCompile(`^[a-z0-9]+(?:[-_.:][a-z0-9]+)+$`)

// projectIdentifier reports a project's or organization's key in the sense
// of SonarQube and SonarCloud (sonar.projectKey, sonar.organization's
// key), LaunchDarkly and Bitbucket: the public name of a project, chosen
// by people and written as a slug (projectKey="vmware-go-kcl-v2", the
// repository's own name, in a SonarCloud scan script). Both signals are
// needed: a slug bound to api_key or password stays reported, and so does
// a mixed-case or hex value bound to project_key (Deta's project keys are
// secrets: "a0b1c2d3_" and a random mixed-case body).
func projectIdentifier(name, v string) bool {
	last := strings.ToLower(lastToken(name, func(c byte) bool { return isWord(c) || c == '-' || c == '.' }))
	last = dottedNameSeparators.Replace(last)
	if !strings.HasSuffix(last, "projectkey") && !strings.HasSuffix(last, "organizationkey") {
		return false
	}
	return projectSlugShape.MatchString(v) && hasWordPart(v)
}

// hasWordPart reports whether a part of v between separators is letters
// alone, three or more, read as a word (a vowel, no five consonants in a
// row): a name people chose; a slug of hex or random parts has none, as a
// rule.
func hasWordPart(v string) bool {
	for _, part := range strings.FieldsFunc(v, func(r rune) bool { return strings.ContainsRune("-_.:", r) }) {
		if len(part) >= 3 && strings.Trim(part, "abcdefghijklmnopqrstuvwxyz") == "" && wordLike(part) {
			return true
		}
	}
	return false
}

// dottedNameSeparators are taken out of a setting's name (sonar.projectKey,
// project_key) before it is compared.
var dottedNameSeparators = strings.NewReplacer("_", "", "-", "", ".", "")
