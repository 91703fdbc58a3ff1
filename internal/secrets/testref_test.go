package secrets

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestGradingByUse: a key file that only its Go package's tests name (by
// its path from the package, as go test opens it) is a test fixture
// wherever it sits (benthos' resources/ssh_keys/); a file that the
// package's other code names, embeds or reaches through its directory, or
// that no test names as a whole path, is graded by its path: code.
func TestGradingByUse(t *testing.T) {
	k := newKeygen(41)
	dir := t.TempDir()
	writeFile(t, dir, "go.mod", "module example.com/m\n\ngo 1.24\n")
	key := func() string { return armoredBlock(k, "RSA PRIVATE KEY", 1200) }
	files := map[string]string{
		// Fixtures by use.
		"snow/put.go":                         "package snow\n\nfunc load(path string) {}\n",
		"snow/put_test.go":                    "package snow\n\nvar cases = []string{\"resources/ssh_keys/rsa_key.pem\"}\n",
		"snow/resources/ssh_keys/rsa_key.pem": key(),
		"tlsx/conn.go":                        "package tlsx\n",
		"tlsx/conn_test.go":                   "package tlsx\n\nconst keyFile = `server.key`\n",
		"tlsx/server.key":                     key(),
		// Code: the package's own code names the file.
		"deploy/signer.go":        "package deploy\n\nconst keyFile = \"keys/signing.pem\"\n",
		"deploy/signer_test.go":   "package deploy\n\nconst k = \"keys/signing.pem\"\n",
		"deploy/keys/signing.pem": key(),
		// Code: embedded.
		"assets/assets.go":        "package assets\n\nimport \"embed\"\n\n//go:embed certs\nvar certs embed.FS\n",
		"assets/assets_test.go":   "package assets\n\nconst k = \"certs/server.pem\"\n",
		"assets/certs/server.pem": key(),
		// Code: no test names it.
		"untested/run.go":     "package untested\n",
		"untested/keys/k.pem": key(),
		// Code: a test builds the path from pieces (not recognised).
		"joined/run.go":      "package joined\n",
		"joined/run_test.go": "package joined\n\nimport \"path/filepath\"\n\nvar p = filepath.Join(\"keys\", \"k.pem\")\n",
		"joined/keys/k.pem":  key(),
		// Code: the code reads the file's directory.
		"dirs/load.go":              "package dirs\n\nconst keyDir = \"secrets/prod\"\n",
		"dirs/load_test.go":         "package dirs\n\nconst k = \"secrets/prod/app.pem\"\n",
		"dirs/secrets/prod/app.pem": key(),
	}
	var keys []string
	for name, text := range files {
		writeFile(t, dir, name, text)
		if strings.HasPrefix(text, "-----BEGIN") {
			keys = append(keys, text)
		}
	}
	code, stdout, stderr := runMain(t, dir, ".")
	noSecrets(t, "output", stdout+stderr, keys...)
	if code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, stderr)
	}
	for name, fixture := range map[string]bool{
		"snow/resources/ssh_keys/rsa_key.pem": true,
		"tlsx/server.key":                     true,
		"deploy/keys/signing.pem":             false,
		"assets/certs/server.pem":             false,
		"untested/keys/k.pem":                 false,
		"joined/keys/k.pem":                   false,
		"dirs/secrets/prod/app.pem":           false,
	} {
		line := ""
		for _, l := range strings.Split(stdout, "\n") {
			if strings.HasPrefix(l, name+":") {
				line = l
			}
		}
		switch {
		case line == "":
			t.Errorf("%s: not reported:\n%s", name, stdout)
		case strings.Contains(line, " note: ") != fixture || strings.Contains(line, "in a test fixture") != fixture:
			t.Errorf("%s: graded as a fixture %v, want %v: %s", name, !fixture, fixture, line)
		}
	}
	// -fixtures=full grades nothing.
	if _, stdout, _ := runMain(t, dir, "-fixtures=full", "."); strings.Contains(stdout, " note: ") {
		t.Errorf("-fixtures=full: a note:\n%s", stdout)
	}
}

// TestGradingByUseReadsEachDirectoryOnce: many findings in directories
// without Go files (a dump of key files) list each directory once, not
// once per finding: the answer "no Go package here" is remembered too, so
// the cost stays linear in the files with findings.
func TestGradingByUseReadsEachDirectoryOnce(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "go.mod", "module example.com/m\n\ngo 1.24\n")
	writeFile(t, dir, "dump/a/1.pem", "x")
	writeFile(t, dir, "dump/a/2.pem", "x")
	refs := &testRefs{}
	for _, f := range []string{"dump/a/1.pem", "dump/a/2.pem"} {
		if refs.onlyTests(filepath.Join(dir, f)) {
			t.Fatalf("%s graded a test fixture with no Go package", f)
		}
	}
	asked := len(refs.pkgs)
	if d, ok := refs.pkgs[filepath.Join(dir, "dump", "a")]; !ok || d.found {
		t.Fatalf("dump/a not remembered as holding no Go package: %+v, %v", d, ok)
	}
	// Every directory up to the module root was asked once; a third file
	// asks nothing new.
	writeFile(t, dir, "dump/a/3.pem", "x")
	refs.onlyTests(filepath.Join(dir, "dump/a/3.pem"))
	if len(refs.pkgs) != asked || asked != 3 {
		t.Errorf("directories read: %d, then %d; want 3 (dump/a, dump, the module root) both times", asked, len(refs.pkgs))
	}
}

// TestGradingByUseStaysInTheScannedTree: a package above the scan's root
// is not read, so a file's grade never depends on files outside what was
// scanned; from the root up, the same file is graded by use.
func TestGradingByUseStaysInTheScannedTree(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "go.mod", "module example.com/m\n\ngo 1.24\n")
	writeFile(t, dir, "snow/put.go", "package snow\n")
	writeFile(t, dir, "snow/put_test.go", "package snow\n\nvar k = \"resources/k.pem\"\n")
	writeFile(t, dir, "snow/resources/k.pem", "x")
	file := filepath.Join(dir, "snow", "resources", "k.pem")
	if !(&testRefs{top: dir}).onlyTests(file) {
		t.Error("scanned from the module root: k.pem not graded a fixture by use")
	}
	if (&testRefs{top: filepath.Join(dir, "snow", "resources")}).onlyTests(file) {
		t.Error("scanned from snow/resources: the package above the scan's root was read")
	}
}
