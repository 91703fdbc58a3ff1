package detect_test

import (
	"encoding/base64"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/detect"
	"github.com/awsvet/awsvet/internal/detect/detecttest"
	"github.com/awsvet/awsvet/internal/redact"
)

// Key-shaped test values are assembled at run time, so that this file
// holds nothing a secret scanner (awsvet's own included) would flag. They
// are random strings, not credentials.
var (
	secretKey   = strings.Join([]string{"B5Uvoad+/q5QMegD5vfX", "3r1HDY0hWokTpXtZVuRT"}, "")     // 40, base64 alphabet
	secretKey2  = strings.Join([]string{"h7Fq2Lz9Xw4Kp1Vb8Nc3", "Rt6Ym0Ud5Se2Ja7Gi4Ho"}, "")     // 40
	keyID       = strings.Join([]string{"AKIA", "Q3EGRHDSVZB7XY2M"}, "")                         // shaped like an access key ID
	stsToken    = "IQoJb3JpZ2luX2Vj" + strings.Repeat("EJr7mZqW3kT9/xV2bN5cL8fH1gD4sA6pR0yU", 4) // STS header, then filler
	namedToken  = "Zq8Lm3Xv" + strings.Repeat("Tb6nM1qX8zL3wK9pR2vCy7Hd4Jf", 5)
	ghToken     = strings.Join([]string{"ghp", "WK59PFkl0JfI2yyVlbPegBPrUhRZdsvDQuc8"}, "_") // not a constant: awsvet lints this tree
	genericVal  = "4vmuGMGKAuWfpTbmRsHd" + "RXfr"
	fakeHolding = "h7Fq2Lz9XwFakeVb8Nc3" + "Rt6Ym0Ud5Se2Ja7Gi4Ho" // 40, random but for Fake
	yourHolding = "B5Uvoad+/q5QyourD5vfX" + "3r1HDY0hWokTpXtZVuR" // 40, random but for your
	// Azurite's published devstoreaccount1 key: not a secret, by
	// internal/placeholder.
	azuriteKey = strings.Join([]string{"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq", "/K1SZFPTOtr/KBHBeksoGMGw=="}, "")
	// The Azure Cosmos DB emulator's published key, in the same way.
	// randomWithExt is a random token given a file extension: still a token.
	randomWithExt     = strings.Join([]string{"Hq7ZtR2mXw9LbN4v", "Yc8HsJ3dF6gA1eUk"}, "") + ".key"
	cosmosEmulatorKey = strings.Join([]string{"C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyP", "MbIZnqyMsEcaGQy67XIw/Jw=="}, "")
	// The SHA-256 of "test": a content digest, not a secret.
	sha256Hex = strings.Join([]string{"9f86d081884c7d659a2feaa0c55ad015", "a3bf4f1b2b0b822cd15d6c15b0f00a08"}, "")
)

type ruleCase struct {
	name, path, text string
	rule             string // expected rule; "" for none
	secret           string // expected secret, when rule is set
}

func awsCases() []ruleCase {
	return []ruleCase{
		// Positive: each file kind of the secrets issue.
		{"env", ".env", "AWS_ACCESS_KEY_ID=" + keyID + "\nAWS_SECRET_ACCESS_KEY=" + secretKey + "\n", "aws-secret-access-key", secretKey},
		{"env quoted", "app.env", `AWS_SECRET_ACCESS_KEY="` + secretKey + `"`, "aws-secret-access-key", secretKey},
		{"yaml", "deploy.yaml", "aws:\n  secretAccessKey: " + secretKey + "\n", "aws-secret-access-key", secretKey},
		{"json", "creds.json", `{"AccessKeyId": "` + keyID + `", "SecretAccessKey": "` + secretKey + `"}`, "aws-secret-access-key", secretKey},
		{"ini credentials", "credentials", "[default]\naws_access_key_id = " + keyID + "\naws_secret_access_key = " + secretKey + "\n", "aws-secret-access-key", secretKey},
		{"terraform", "main.tf", "provider \"aws\" {\n  region     = \"us-west-2\"\n  secret_key = \"" + secretKey + "\"\n}\n", "aws-secret-key-in-context", secretKey},
		{"dockerfile", "Dockerfile", "FROM alpine\nENV AWS_SECRET_ACCESS_KEY " + secretKey + "\n", "aws-secret-access-key", secretKey},
		{"shell", "deploy.sh", "export AWS_SECRET_ACCESS_KEY=" + secretKey + "\naws s3 ls\n", "aws-secret-access-key", secretKey},
		{"properties", "app.properties", "aws.secretAccessKey=" + secretKey + "\n", "aws-secret-access-key", secretKey},
		{"xml", "sts.xml", "<Credentials><SecretAccessKey>" + secretKey + "</SecretAccessKey></Credentials>", "aws-secret-access-key", secretKey},
		{"session token by name", ".env", "AWS_SESSION_TOKEN=" + namedToken + "\n", "aws-session-token", namedToken},
		{"session token by header", "notes.txt", "token: " + stsToken + "\n", "aws-session-token", stsToken},
		{"appSettings", "App.config", "<appSettings>\n  <add key=\"AWSAccessKey\" value=\"" + keyID + "\"/>\n  <add key=\"AWSSecretKey\" value=\"" + secretKey + "\"/>\n</appSettings>\n", "aws-secret-access-key-app-settings", secretKey},
		{"appSettings single quotes", "Web.config", "<add key='AWSSecretKey' value='" + secretKey + "' />\n", "aws-secret-access-key-app-settings", secretKey},
		{"appSettings value first", "Web.Release.config", "<add value=\"" + secretKey + "\"   key=\"AWSSecretAccessKey\" xdt:Transform=\"Replace\"/>\n", "aws-secret-access-key-app-settings", secretKey},
		{"appSettings prefixed name", "app.config", "<add key=\"Uploader:AWSSecretKey\" value=\"" + secretKey2 + "\"/>\n", "aws-secret-access-key-app-settings", secretKey2},
		{"appSettings access key id", "App.config", "<add key=\"AWSAccessKey\" value=\"" + keyID + "\"/>\n", "aws-access-token", keyID},
		{"appSettings session token", "App.config", "<add key=\"AWSSessionToken\" value=\"" + stsToken + "\"/>\n", "aws-session-token", stsToken},
		// Names a .NET team gives the secret beside the SDK's AWSSecretKey:
		// the SDK's own credential names, dotted or colon-separated
		// sections (ASP.NET's "AWS:SecretKey"), the CLI's variable.
		{"appSettings SecretAccessKey", "Web.config", "<add key=\"AWSAccessKey\" value=\"" + keyID + "\" />\n<add key=\"SecretAccessKey\" value=\"" + secretKey + "\" />\n", "aws-secret-access-key-app-settings", secretKey},
		{"appSettings dotted", "App.config", "<add key=\"AWS.SecretKey\" value=\"" + secretKey + "\"/>\n", "aws-secret-access-key-app-settings", secretKey},
		{"appSettings section", "Web.config", "<add key=\"AWS:SecretKey\" value=\"" + secretKey2 + "\"/>\n", "aws-secret-access-key-app-settings", secretKey2},
		{"appSettings cli name", "App.config", "<add key=\"aws_secret_access_key\" value=\"" + secretKey + "\"/>\n", "aws-secret-access-key-app-settings", secretKey},
		{"appSettings Amazon name", "App.config", "<add key=\"AmazonAccessKey\" value=\"" + keyID + "\"/>\n<add key=\"AmazonSecretKey\" value=\"" + secretKey + "\"/>\n", "aws-secret-access-key-app-settings", secretKey},
		{"appSettings Amazon S3 name", "Web.config", "<add key=\"AmazonS3SecretAccessKey\" value=\"" + secretKey2 + "\"/>\n", "aws-secret-access-key-app-settings", secretKey2},
		{"appSettings lower camel", "Web.config", "<add key=\"awsSecretAccessKey\" value=\"" + secretKey2 + "\"/>\n", "aws-secret-access-key-app-settings", secretKey2},
		// A name that only says secret key, beside AWS settings.
		{"appSettings secret key near a key ID", "Web.config", "<add key=\"AccessKey\" value=\"" + keyID + "\"/>\n<add key=\"SecretKey\" value=\"" + secretKey + "\"/>\n", "aws-secret-key-in-context", secretKey},
		{"appSettings section secret key near a region", "App.config", "<add key=\"S3:Region\" value=\"eu-west-1\"/>\n<add value='" + secretKey2 + "' key='S3:SecretKey'/>\n", "aws-secret-key-in-context", secretKey2},
		// Random keys that hold a placeholder's word by chance are keys
		// (internal/placeholder judges the whole value).
		{"secret holding Fake", ".env", "AWS_SECRET_ACCESS_KEY=" + fakeHolding + "\n", "aws-secret-access-key", fakeHolding},
		{"secret holding your", "credentials", "aws_secret_access_key = " + yourHolding + "\n", "aws-secret-access-key", yourHolding},
		{"secret_key near a key ID", "config.yml", "access_key: " + keyID + "\nsecret_key: " + secretKey2 + "\n", "aws-secret-key-in-context", secretKey2},

		// Negative: AWS's documented examples, placeholders, shapes that
		// are not keys.
		{"documented example", "credentials", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n", "", ""},
		{"placeholder var", ".env", "AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}\n", "", ""},
		{"placeholder angle", "README.md", "aws_secret_access_key = <your-secret-access-key>\n", "", ""},
		{"placeholder changeme", ".env", "AWS_SECRET_ACCESS_KEY=changemechangemechangemechangemechangeme\n", "", ""},
		{"placeholder x", "main.tf", "secret_key = \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\n", "", ""},
		{"hex digest", "ci.yml", "aws_secret_access_key: 3a7bd3e2360a3d29eea436fcfb7e44c735d117c4\n", "", ""},
		// Not an AWS key, but secret-shaped and bound to a secret's name:
		// generic-api-key's, not the AWS rules'.
		{"too long", ".env", "AWS_SECRET_ACCESS_KEY=" + secretKey + "Q\n", "generic-api-key", secretKey + "Q"},
		{"secret_key without AWS context", "app.ini", "[mail]\nsecret_key = " + secretKey + "\n", "generic-api-key", secretKey},
		{"session token too short", ".env", "AWS_SESSION_TOKEN=abc123\n", "", ""},
		{"variable reference", "main.tf", "secret_key = var.aws_secret_key\n", "", ""},
		{"parameter lookup", "template.yaml", "SecretAccessKey: !GetAtt AccessKey.SecretAccessKey\n", "", ""},
		{"env lookup", "app.py", "secret = os.environ['AWS_SECRET_ACCESS_KEY']\n", "", ""},
		{"appSettings empty", "App.config", "<add key=\"AWSAccessKey\" value=\"\"/>\n<add key=\"AWSSecretKey\" value=\"\"/>\n", "", ""},
		{"appSettings variable", "App.config", "<add key=\"AWSSecretKey\" value=\"${AWS_SECRET}\"/>\n", "", ""},
		{"appSettings placeholder", "App.config", "<add key=\"AWSSecretKey\" value=\"YOUR_SECRET_KEY_GOES_HERE_0123456789ABCD\"/>\n", "", ""},
		{"appSettings filler", "Web.config", "<add key='AWSSecretKey' value='xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'/>\n", "", ""},
		{"appSettings documented example", "App.config", "<add key=\"AWSSecretKey\" value=\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"/>\n", "", ""},
		{"appSettings name of a secret", "App.config", "<add key=\"AWSSecretKeyName\" value=\"prod/uploader/aws-secret-access-key\"/>\n", "", ""},
		{"appSettings name of an Amazon secret", "App.config", "<add key=\"AmazonSecretKeyName\" value=\"" + secretKey + "\"/>\n", "", ""},
		{"appSettings Amazon name, other vendor's secret", "Web.config", "<add key=\"AmazonPaySecretKey\" value=\"" + secretKey + "\"/>\n", "", ""},
		{"appSettings other setting", "App.config", "<add key=\"AWSRegion\" value=\"eu-west-1\"/>\n<add key=\"AWSProfileName\" value=\"development\"/>\n", "", ""},
		{"appSettings secret key alone", "Web.config", "<add key=\"ApiUser\" value=\"uploader\"/>\n<add key=\"SecretKey\" value=\"" + secretKey + "\"/>\n", "", ""},
		{"appSettings signing key near a key ID", "Web.config", "<add key=\"AccessKey\" value=\"" + keyID + "\"/>\n<add key=\"JwtSecretKey\" value=\"" + secretKey + "\"/>\n", "", ""},
		{"appSettings secret key filler near a region", "Web.config", "<add key=\"AWSRegion\" value=\"us-east-1\"/>\n<add key=\"SecretKey\" value=\"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij0123\"/>\n", "", ""},
		{"appSettings token substitution", "Web.Release.config", "<add key=\"AWS:SecretKey\" value=\"#{AwsSecretKey}\" xdt:Transform=\"SetAttributes\"/>\n", "", ""},
		{"appSettings cli name example", "App.config", "<add key=\"aws_secret_access_key\" value=\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"/>\n", "", ""},
		{"appSettings dotted placeholder", "App.config", "<add key=\"AWS.SecretKey\" value=\"ENTERYOURSECRETACCESSKEYHERE000000000000\"/>\n", "", ""},
		{"appSettings profile and region", "Web.config", "<add key=\"AWSProfileName\" value=\"" + secretKey2 + "\"/>\n<add key=\"AWSProfilesLocation\" value=\"C:\\aws\\credentials\"/>\n", "", ""},
		{"appSettings key id name", "App.config", "<add key=\"AWS.SecretKeyId\" value=\"" + secretKey + "\"/>\n", "", ""},
		{"appSettings separate elements", "App.config", "<add key=\"AWSSecretKey\" value=\"\"/>\n<add key=\"BuildHash\" value=\"" + secretKey + "\"/>\n", "", ""},
		{"github actions", "ci.yml", "aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n", "", ""},
	}
}

func genericCases() []ruleCase {
	return []ruleCase{
		// Positive.
		{"generic api key", "config.yaml", "api_key: " + genericVal + "\n", "generic-api-key", genericVal},
		{"generic password", "db.properties", "db.password=" + genericVal + "\n", "generic-api-key", genericVal},
		{"key with a qualifier", "keeper.yaml", "signing_key: " + genericVal + "\n", "generic-api-key", genericVal},
		{"flag", "deploy.md", "  --rfc2136-tsig-secret=" + secretKey + " \\\n", "generic-api-key", secretKey},
		{"github pat", "notes.md", "use " + ghToken + " for the bot\n", "github-pat", ghToken},
		{"vault token", "vault.hcl", "token = \"s.Q8vLk2Wn5Tz1Yc8Ps4Hd6Jf0\"\n", "vault-service-token", "s.Q8vLk2Wn5Tz1Yc8Ps4Hd6Jf0"},

		// Negative: what gitleaks reports on the SDK trees.
		{"pagination token", "examples-1.json", `"NextToken": "U1FsdGVkX1+abc123Ghjk/Qwe9Lm2Xz7Pq4Rn8Vb"` + "\n", "", ""},
		{"continuation token", "list.json", `"ContinuationToken": "1ueGcxLPRx1Tr9XYExHnhbYLgveDs2J5wm36Hy4vbOwM"` + "\n", "", ""},
		{"go.tool.sum hash", "go.tool.sum", "github.com/keybase/go-keychain v0.0.1 h1:Wq3Rk8Lm2Zx9Pv7Tb4Nc6Yd1Fs5Gh0Jk3Ls8Qw2Er4=\n", "", ""},
		{"sha512 integrity", "deps.json", `"token-lib": "sha512-Wq3Rk8Lm2Zx9Pv7Tb4Nc6Yd1Fs5Gh0Jk3Ls8Qw2Er4"` + "\n", "", ""},
		{"hex digest", "build.yaml", "cache_key: 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b\n", "", ""},
		{"uuid", "req.json", `"authRequestKey": "5b0b4b0e-3f1e-4c8b-9a7d-2f6e8c1d0a3b"` + "\n", "", ""},
		{"identifier", "main.go", "key := v.S3KeyPrefix\n", "", ""},
		{"selector", "api.go", "token = s.OutputNotebookS3Location\n", "", ""},
		{"vault-like selector", "api.go", "return s.OutputNotebookS3Location, nil\n", "", ""},
		{"path", "app.yaml", "key_file: certs/prod/server2024.key\n", "", ""},
		{"url", "app.yaml", "token_endpoint: https://auth.example.com/oauth2/token2024\n", "", ""},
		{"key id", "doc.go", "//   - Key ID: mrk-1234abcd12ab34cd56ef1234567890ab\n", "", ""},
		{"arn", "examples.json", `"SecretId": "arn:aws:secretsmanager:us-west-2:123456789012:secret:MyTestDatabaseSecret-a1b2c3"` + "\n", "", ""},
		{"base64 text", "cache.json", `"accessToken": "dGhpcyBpcyBub3QgYSByZWFsIHZhbHVl"` + "\n", "", ""},
		{"enum constant", "api.go", "\tKeyAlgorithmEcSecp384r1 = \"EC_secp384r1\"\n", "", ""},
		{"signature", "signer.go", "Authorization: AWS4-HMAC-SHA256 SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=" + strings.Repeat("3a7bd3e2", 8) + "\n", "", ""},
		{"words", "settings.yaml", "secret: VERYLONGSECRETeyJraWQiOiJrZXktMTU2NDAyODA5OSJ9\n", "", ""},
		{"test fixture", "testdata/config.yaml", "api_key: " + genericVal + "\n", "", ""},
		{"lock file", "Cargo.lock", "checksum_key = \"" + genericVal + "\"\n", "", ""},
		// From the bench tree (bench/REVIEW.md): external-secrets' Keeper
		// snippet, Prometheus' Outscale example, an elided PEM block of the
		// external-secrets templating guide.
		{"bare key", "keeper.yaml", "    - extract:\n        key: OqPt3Vd37My7G8rTb-8Q  # ID of the Keeper Record\n", "", ""},
		{"bare Key json", "get.json", `{"Bucket": "b", "Key": "` + genericVal + `"}` + "\n", "", ""},
		{"counting placeholder", "prometheus.yml", "        region: eu-west-2\n        access_key: A1B2C3D4E5F6G7H8I9J0\n", "", ""},
		{"elided pem", "templating.md", "```\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCvxGZOW4IXvGlh\n . . .\nm8JCpbJXDfSSVxKHgK1Siw4K6pnTsIA2e/Z+Ha2fvtocERjq7VQMAJFaIZSTKo9Q\n-----END PRIVATE KEY-----\n```\n", "", ""},
		// A CDK-synthesized template names uploaded bundles by their
		// SHA-256 (aws-doc-sdk-examples' javav2 s3 resources).
		{"cdk asset bundle", "direct-target.yaml", "        S3Key: " + sha256Hex + ".zip\n", "", ""},
		{"digest jar", "template.json", `"S3Key": "` + sha256Hex[:40] + `.jar"` + "\n", "", ""},
		{"digest tarball", "deploy.yaml", "artifact_key: " + sha256Hex + ".tar.gz\n", "", ""},
		// Positive: the archive extension alone, or a digest that is not
		// one (48 hex digits), keeps a value.
		{"random then .zip", "app.env", "API_KEY=" + genericVal + ".zip\n", "generic-api-key", genericVal + ".zip"},
		{"48 hex then .zip", "app.env", "API_TOKEN=" + sha256Hex[:48] + ".zip\n", "generic-api-key", sha256Hex[:48] + ".zip"},
		{"jwt.io sample", "auth_test.md", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n", "", ""},
	}
}

// docValueCases are issue 17's class 5: values of documentation and build
// files that are not secrets at all, beside secrets of the same look that
// must stay.
func docValueCases() []ruleCase {
	b64 := base64.RawURLEncoding.EncodeToString
	header := b64([]byte(`{"alg":"HS256","typ":"JWT"}`))
	privateJWK := b64([]byte(`{"alg":"ES256","jwk":{"kty":"EC","crv":"P-256","d":"` + genericVal + `"}}`))
	signedJWT := header + "." + b64([]byte(`{"sub":"svc-billing","iat":1700000000}`)) + "." + genericVal + genericVal[:19]
	return []ruleCase{
		// Negative.
		{"image tag", "RELEASE.md", "credential_helper_image=registry.k8s.io/provider-aws/credential-helper:v1.30.1-alpine\n", "", ""},
		{"image tag flag", "NOTES.md", "helm upgrade --set authImage.tag=v2.7.1-alpine3.19\n", "", ""},
		{"pseudo-version", "Makefile", "sometool-api=v0.0.0-20240312151233-5a7e0c1d9f22\n", "", ""},
		{"jwt header alone", "spec.md", `{"access_token":"` + header + `","token_type":"Bearer"}` + "\n", "", ""},
		{"truncated token", "spec.md", `{"access_token":"eyJ…","token_type":"Bearer"}` + "\n", "", ""},
		{"elided generic", "setup.md", `api_key = "` + genericVal + `..."` + "\n", "", ""},
		{"elided aws secret", "setup.md", "AWS_SECRET_ACCESS_KEY=" + secretKey + "...\n", "", ""},
		{"elided unicode", "setup.md", "client_secret: " + genericVal + "…\n", "", ""},
		{"azurite key", "Makefile", "AZURITE_KEY=" + azuriteKey + "\n", "", ""},
		{"curl user repeated", "getting-started.md", `$ curl --aws-sigv4 "aws:amz:local:seaweedfs" --user "any:any" -X PUT http://localhost:8333/blocks` + "\n", "", ""},
		{"curl default admin", "setup.sh", "curl -u admin:admin http://localhost:3000/api/health\n", "", ""},
		{"curl user and password", "deploy.sh", `curl -u "deployer:` + genericVal + `" https://ci.example.net/hook` + "\n", "curl-auth-user", `"deployer:` + genericVal + `"`},
		{"curl password holding the user", "deploy.sh", `curl --user "ops:ops` + genericVal + `" https://ci.example.net/hook` + "\n", "curl-auth-user", `"ops:ops` + genericVal + `"`},
		{"key file name", "SETUP.md", `PKCS_KEY="sa-signer-pkcs8.pub"` + "\n", "", ""},
		{"private key file name", "setup.sh", `PRIV_KEY="sa-signer-pkcs1.key"` + "\n", "", ""},
		{"credentials file name", "deploy.env", "API_KEY=gke-sa-kq7x2.json\n", "", ""},
		{"random token with a file extension", "deploy.env", "API_KEY=" + randomWithExt + "\n", "generic-api-key", randomWithExt},
		{"cosmos db emulator key in docs", "inputs/azure_cosmosdb.md", "    account_key: " + cosmosEmulatorKey + "\n", "", ""},
		// A project's public key (SonarCloud's projectKey): a slug.
		{"sonarcloud project key", "_support/scripts/sonar-scan.sh", `projectKey="vmware-go-kcl-v2"` + "\n", "", ""},
		{"sonar properties", "sonar-project.properties", "sonar.projectKey=acme_k8s-gw2\n", "", ""},
		{"sonar scanner flag", "Makefile", "\tsonar-scanner -Dsonar.projectKey=vmware_vmware-go-kcl-v2 -Dsonar.host.url=https://sonarcloud.io\n", "", ""},
		{"sonarcloud's default org_repo key", "ci.yml", "SONAR_PROJECT_KEY: kubernetes-sigs_aws-lb-ctrl-v2\n", "", ""},
		{"organization key", "ci.yml", "SONAR_ORGANIZATION_KEY: vmware_vmware-go-kcl-v2\n", "", ""},
		// Positive: a secret at the end of a sentence, a version-looking
		// prefix on a random token, a JWT with payload and signature, a
		// header carrying a private key.
		{"secret before a full stop", "notes.md", "api_key: " + genericVal + ". Rotate it monthly.\n", "generic-api-key", genericVal + "."},
		{"version then random", "app.env", "API_TOKEN=v1.2.3-" + genericVal + "\n", "generic-api-key", "v1.2.3-" + genericVal},
		{"random then a non-file suffix", "setup.md", `API_KEY="` + genericVal + `.b64z"` + "\n", "generic-api-key", genericVal + ".b64z"},
		{"random with dots, no extension", "app.env", "API_TOKEN=" + genericVal + "." + genericVal + "\n", "generic-api-key", genericVal + "." + genericVal},
		{"slug bound to an api key", "deploy.sh", `API_KEY="vmware-go-kcl-v2"` + "\n", "generic-api-key", "vmware-go-kcl-v2"},
		{"slug bound to a password", "ci.yml", "DB_PASSWORD: vmware_vmware-go-kcl-v2\n", "generic-api-key", "vmware_vmware-go-kcl-v2"},
		{"mixed-case project key", ".env", "DETA_PROJECT_KEY=a0b1c2d3_" + genericVal + "\n", "generic-api-key", "a0b1c2d3_" + genericVal},
		{"hex project key", "app.env", "PROJECT_KEY=3f9a1c2e-8b7d6a5f04c1\n", "generic-api-key", "3f9a1c2e-8b7d6a5f04c1"},
		{"signed jwt", "notes.md", "token: " + signedJWT + "\n", "jwt", signedJWT},
		{"header with a private jwk", "spec.md", `{"access_token":"` + privateJWK + `"}` + "\n", "generic-api-key", privateJWK},
	}
}

func allCases() []ruleCase {
	return slices.Concat(awsCases(), genericCases(), docValueCases(), manifestCases(), publicKeyCases())
}

// caseTexts are the texts of every case, positive and negative: inputs for
// the tests that compare two ways of scanning rather than expect findings.
func caseTexts() []string {
	var out []string
	for _, c := range allCases() {
		out = append(out, c.text)
	}
	return out
}

func TestRules(t *testing.T) {
	d := detecttest.Default(t)
	for _, c := range allCases() {
		t.Run(c.name, func(t *testing.T) {
			fs := d.Scan(c.path, c.text)
			var got []string
			for _, f := range fs {
				if c.text[f.Start:f.End] != f.Secret || f.MatchStart > f.Start || f.End > f.MatchEnd {
					t.Errorf("%s: offsets do not hold the secret", f.RuleID)
				}
				got = append(got, f.RuleID)
			}
			if c.rule == "" {
				// aws-access-token on the key IDs of the positive texts is
				// gitleaks' and fine; nothing else may fire.
				for _, f := range fs {
					if f.RuleID != "aws-access-token" {
						t.Errorf("unexpected %s finding (%d bytes) in case %q", f.RuleID, len(f.Secret), c.name)
					}
				}
				return
			}
			for _, f := range fs {
				if f.RuleID == c.rule {
					if f.Secret != c.secret {
						t.Errorf("%s found %d bytes, want the %d-byte secret", c.rule, len(f.Secret), len(c.secret))
					}
					return
				}
			}
			t.Errorf("want %s, got %v", c.rule, got)
		})
	}
}

func TestHighConfidence(t *testing.T) {
	d := detecttest.Default(t)
	for text, want := range map[string]bool{
		"use " + ghToken + " for the bot":          true,
		"api_key: " + genericVal:                   false,
		"AWS_SECRET_ACCESS_KEY=" + secretKey:       true,
		"token = \"s.Q8vLk2Wn5Tz1Yc8Ps4Hd6Jf0\"\n": false, // vault's legacy form is loose
	} {
		fs := d.Scan("", text)
		if len(fs) == 0 {
			t.Errorf("no finding in %s", redact.Secret(text)) // the text holds a secret: never log it whole
			continue
		}
		if fs[0].HighConfidence != want {
			t.Errorf("%s: HighConfidence = %v, want %v", fs[0].RuleID, fs[0].HighConfidence, want)
		}
	}
}

// TestTestCodeRunsOnlyHighConfidenceRules: a fragment marked as test code
// gets what a test path gets: no generic-api-key, still a token with its
// own format.
func TestTestCodeRunsOnlyHighConfidenceRules(t *testing.T) {
	d := detecttest.Default(t)
	text := "api_key: " + genericVal + "\ntoken: " + ghToken + "\n"
	rules := func(test bool) map[string]bool {
		got := map[string]bool{}
		for _, f := range d.ScanFragment(detect.Fragment{Text: text, TestCode: test}) {
			got[f.RuleID] = true
		}
		return got
	}
	if got := rules(false); !got["generic-api-key"] || !got["github-pat"] {
		t.Fatalf("not test code: rules %v, want generic-api-key and github-pat", got)
	}
	if got := rules(true); got["generic-api-key"] || !got["github-pat"] {
		t.Errorf("test code: rules %v, want github-pat alone", got)
	}
}

// TestEntropy: gitleaks' measure, runes counted and divided by the length
// in bytes ("éé" is one rune twice in four bytes: 0.5 bits, where a count
// of bytes would say 1).
func TestEntropy(t *testing.T) {
	for _, c := range []struct {
		s    string
		want float64
	}{
		{"", 0},
		{"aaaa", 0},
		{"aabb", 1},
		{"abcd", 2},
		{strings.Repeat("0123456789abcdef", 4), 4},
		{"éé", 0.5},
		{"\xff\xfe", 0}, // two invalid bytes are one rune, U+FFFD, twice (bytes would say 1)
		{"aé", -(1.0/3)*math.Log2(1.0/3) - (1.0/3)*math.Log2(1.0/3)},
	} {
		if got := detect.Entropy(c.s); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("Entropy(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
