package driver_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/cli"
	"github.com/awsvet/awsvet/internal/driver"
	"github.com/awsvet/awsvet/internal/hostile"
)

// FuzzMain runs the standalone driver's command-line entry point with
// arbitrary arguments (one per line) on a tiny module that holds a key pair
// in one package and a type error quoting keys in another. Whatever the
// arguments: no panic, an exit code of 0, 1 or 2, and no key in full on
// stdout, stderr or in any file the run writes (a baseline, say).
//
// Arguments that would reach outside the module are skipped, not fuzzed:
// absolute paths and ".." (a -write-baseline there would write anywhere),
// and package patterns other than "./..." forms ("std" loads the whole
// standard library; each run already waits for go list).
func FuzzMain(f *testing.F) {
	for _, seed := range []string{
		"./...", "-format=sarif\n./...", "-json\n./ok", "-format=json\n./bad",
		"-write-baseline=b.json\n./...", "-baseline=b.json\n./ok", "-baseline=missing.json\n./ok",
		"-hardcodedkey=false\n./...", "-hardcodedkey\n./ok", "-format=xml", "-version", "-h",
		"--\n./bad", "-test=false\n./...", "-staticcreds.strict\n./ok", "./nothing/...",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, argv string) {
		args := strings.Split(argv, "\n")
		for _, a := range args {
			if !safeArg(a) {
				t.Skip()
			}
		}
		dir := writeFuzzModule(t)
		var stdout, stderr bytes.Buffer
		code := driver.Main(args, &stdout, &stderr)
		if code != cli.ExitClean && code != cli.ExitFindings && code != cli.ExitFailure {
			t.Errorf("exit code %d", code)
		}
		noSecretIn(t, "stdout", stdout.String(), hostile.KeyID, hostile.SecretKey, hostile.GitHubPAT)
		noSecretIn(t, "stderr", stderr.String(), hostile.KeyID, hostile.SecretKey, hostile.GitHubPAT)
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if e.Type().IsRegular() && !strings.HasSuffix(e.Name(), ".go") && e.Name() != "go.mod" {
				data, _ := os.ReadFile(filepath.Join(dir, e.Name()))
				noSecretIn(t, "written file "+e.Name(), string(data), hostile.KeyID, hostile.SecretKey, hostile.GitHubPAT)
			}
		}
	})
}

func safeArg(a string) bool {
	if strings.HasPrefix(a, "/") || strings.Contains(a, "=/") || strings.Contains(a, "../") || strings.HasSuffix(a, "/..") || a == ".." {
		return false
	}
	if a == "" || strings.HasPrefix(a, "-") {
		return true
	}
	return a == "." || strings.HasPrefix(a, "./")
}

// writeFuzzModule is writeModule with a package reporting a key pair and
// one that does not type-check; it returns the module's directory.
func writeFuzzModule(t *testing.T) string {
	writeModule(t, map[string]string{
		"ok/ok.go": "package ok\n\n" +
			"const KeyID = \"" + hostile.KeyID + "\"\n" +
			"var awsSecretAccessKey = \"" + hostile.SecretKey + "\"\n" +
			"// token " + hostile.GitHubPAT + "\n",
		"bad/bad.go": "package bad\n\nvar ID int = \"" + hostile.KeyID + "\"\n",
	})
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return dir
}
