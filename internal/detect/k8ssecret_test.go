package detect_test

import (
	"encoding/base64"
	"strings"
	"testing"
	"time"

	"github.com/awsvet/awsvet/internal/detect"
	"github.com/awsvet/awsvet/internal/detect/detecttest"
)

// manifestCases are Kubernetes Secrets (gitleaks' kubernetes-secret-yaml):
// sample manifests whose data: values decode to placeholders, beside
// Secrets of the same shape that hold something real once decoded. The
// values are encoded at run time, so that this file spells no secret.
func manifestCases() []ruleCase {
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	role := b64("robot_zmon_acid_monitoring_new")
	realPass := b64(secretKey2)
	secret := func(data ...string) string {
		return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n" + strings.Join(data, "\n") + "\n"
	}
	return []ruleCase{
		// Positive: something real where a secret goes.
		{"secret with a real password", "secret.yaml", secret("  user: "+role, "  password: "+realPass),
			"kubernetes-secret-yaml", "user: " + role},
		{"secret with a real token and a type", "token.yaml", secret("  token-secret: "+realPass, "  token-type: "+b64("Bearer")),
			"kubernetes-secret-yaml", "token-secret: " + realPass},
		{"one real value among placeholders", "roles.yaml", secret("  user1: "+role, "  password1: "+b64("foobar"), "  user2: "+role, "  password2: "+realPass),
			"kubernetes-secret-yaml", "user1: " + role},
		{"a value that is not base64", "bad.yaml", secret("  user: "+role, "  password: "+strings.TrimRight(b64("foobar_new"), "=")+"x"),
			"kubernetes-secret-yaml", "user: " + role},
		{"a block scalar", "cert.yaml", secret("  tls.key: |", "    "+realPass, "  password: "+b64("foobar_new")),
			"kubernetes-secret-yaml", "tls.key: |\n    " + realPass},

		// Negative: postgres-operator's sample manifests and their kin.
		{"fake teams api token", "manifests/fake-teams-api.yaml", secret("  read-only-token-secret: "+b64("testtoken"), "  read-only-token-type: "+b64("Bearer")), "", ""},
		{"infrastructure role, data first", "manifests/infrastructure-roles-new.yaml",
			"apiVersion: v1\ndata:\n  # the role\n  user: " + role + "\n  # foobar_new\n  password: " + b64("foobar_new") + "\nkind: Secret\nmetadata:\n  name: roles\ntype: Opaque\n", "", ""},
		{"numbered users with test passwords", "roles.yaml", secret("  user1: "+role, "  password1: "+b64("testpassword"), "  inrole1: "+b64("robot_zmon")), "", ""},
		{"quoted values and comments", "sample.yaml", secret(`  username: "`+role+`"`, `  password: '`+b64("changeme")+`'  # set your own`), "", ""},
		{"windows line ends", "sample.yml", strings.ReplaceAll(secret("  api-key: "+b64("your-api-key-here"), "  email: "+b64("ops@example.org")), "\n", "\r\n"), "", ""},
		{"a document after the block", "two.yaml", secret("  password: "+b64("dummy-password")) + "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\n", "", ""},
	}
}

// TestManifestJudgementIsBounded: a block longer than the bound is not
// judged (the finding stays, however placeholder its values), and judging
// many Secrets costs time in proportion to the text.
func TestManifestJudgementIsBounded(t *testing.T) {
	d := detecttest.Default(t)
	entry := "  password: " + base64.StdEncoding.EncodeToString([]byte("changeme")) + "\n"
	long := "kind: Secret\ndata:\n" + strings.Repeat(entry, 20<<10/len(entry))
	if fs := d.Scan("big.yaml", long); !hasRule(fs, "kubernetes-secret-yaml") {
		t.Errorf("a %d-byte block of placeholders: not reported, want it kept unjudged", len(long))
	}
	short := "kind: Secret\ndata:\n" + entry
	if fs := d.Scan("small.yaml", short); hasRule(fs, "kubernetes-secret-yaml") {
		t.Errorf("a one-entry block of a placeholder: reported")
	}
	many := strings.Repeat(short+"---\n", 5000)
	start := time.Now()
	d.Scan("many.yaml", many)
	if el := time.Since(start); el > 10*time.Second {
		t.Errorf("%d Secrets took %v", 5000, el)
	}
}

func hasRule(fs []detect.Finding, id string) bool {
	for _, f := range fs {
		if f.RuleID == id {
			return true
		}
	}
	return false
}
