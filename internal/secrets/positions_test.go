package secrets

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestPositionsOnEveryLine checks, through the command's JSON output, that
// lines and columns are 1-based and right on every line: after CRLF line
// endings, tabs, multi-byte UTF-8 and empty lines, and on a last line with
// no newline. Columns count bytes, as go vet's do. The expected positions
// are found by locating each key in the lines, not by the scanner's code.
func TestPositionsOnEveryLine(t *testing.T) {
	k := newKeygen(4)
	ids := []string{k.keyID(), k.keyID(), k.keyID(), k.keyID()}
	secret := k.secret()
	lines := []string{
		"# ünïcödé ✓ configuration\r",
		"\t\taws_access_key_id\t=\t" + ids[0] + "\r",
		"",
		"名前: 日本語のサービス; aws_secret_access_key: " + secret,
		"\r",
		"x = \"é\"\t\t; AWS_ACCESS_KEY_ID=" + ids[1] + " # second",
		strings.Repeat("\t", 9) + "🔑 " + ids[2],
		"AWS_ACCESS_KEY_ID=" + ids[3], // the last line, without a newline
	}
	dir := t.TempDir()
	writeFile(t, dir, "mixed.conf", strings.Join(lines, "\n"))

	want := map[string]string{} // "line:col" -> rule
	for i, l := range lines {
		for _, id := range ids {
			if c := strings.Index(l, id); c >= 0 {
				want[fmt.Sprintf("%d:%d-%d:%d", i+1, c+1, i+1, c+1+len(id))] = "secrets/aws-access-token"
			}
		}
		if c := strings.Index(l, secret); c >= 0 {
			want[fmt.Sprintf("%d:%d-%d:%d", i+1, c+1, i+1, c+1+len(secret))] = "secrets/aws-secret-access-key"
		}
	}

	code, stdout, stderr := runMain(t, dir, "-json", "mixed.conf")
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr: %s", code, stderr)
	}
	noSecrets(t, "output", stdout+stderr, append(ids, secret)...)
	var tree map[string]map[string][]struct{ Posn, End string }
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for rule, diags := range tree["secrets"] {
		if rule != "secrets/aws-access-token" && rule != "secrets/aws-secret-access-key" {
			continue
		}
		for _, d := range diags {
			file, pos, _ := strings.Cut(d.Posn, ":")
			_, end, _ := strings.Cut(d.End, ":")
			if filepath.Base(file) != "mixed.conf" {
				t.Errorf("path %q", file)
			}
			got[pos+"-"+end] = rule
		}
	}
	for pos, rule := range want {
		if got[pos] != rule {
			t.Errorf("want %s at %s; got %q", rule, pos, got[pos])
		}
	}
	for pos, rule := range got {
		if want[pos] == "" {
			t.Errorf("unexpected %s at %s", rule, pos)
		}
	}
}
