package gclplugin_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/semver"
)

// golangciVersion reads the golangci-lint version .custom-gcl.yml builds.
func golangciVersion(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", ".custom-gcl.yml"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^version: *(v[0-9.]+)`).FindSubmatch(data)
	if m == nil {
		t.Fatal(".custom-gcl.yml names no golangci-lint version")
	}
	return string(m[1])
}

func parseMod(t *testing.T, path string) *modfile.File {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := modfile.Parse(path, data, nil)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// raisedOK are the shared modules this module may require at a higher
// version than golangci-lint does, with why. Minimal version selection
// then builds golangci-lint with ours; .ci/e2e.sh checks that the result
// still reads its configuration and runs.
var raisedOK = map[string]string{
	"github.com/spf13/viper":           "internal/detect loads gitleaks' config through viper",
	"github.com/spf13/cast":            "viper's",
	"github.com/magiconair/properties": "viper's",
	"github.com/subosito/gotenv":       "viper's",
	"go.uber.org/multierr":             "viper's",
}

// TestSharedDepsNotAboveGolangci: the plugin is built inside
// golangci-lint's module, so a higher minimum version here upgrades
// golangci-lint's own dependency. golang.org/x modules (x/tools above all:
// the analysis framework) must never be raised.
func TestSharedDepsNotAboveGolangci(t *testing.T) {
	v := golangciVersion(t)
	out, err := exec.Command("go", "mod", "download", "-json", "github.com/golangci/golangci-lint/v2@"+v).Output()
	if err != nil {
		t.Fatalf("go mod download golangci-lint %s: %v", v, err)
	}
	var info struct{ GoMod string }
	if err := json.Unmarshal(out, &info); err != nil || info.GoMod == "" {
		t.Fatalf("go mod download -json: no go.mod path in %s", out)
	}
	theirs := map[string]string{}
	for _, r := range parseMod(t, info.GoMod).Require {
		theirs[r.Mod.Path] = r.Mod.Version
	}
	for _, r := range parseMod(t, filepath.Join("..", "..", "go.mod")).Require {
		tv, ok := theirs[r.Mod.Path]
		if !ok || semver.Compare(r.Mod.Version, tv) <= 0 {
			continue
		}
		if why, ok := raisedOK[r.Mod.Path]; ok && !strings.HasPrefix(r.Mod.Path, "golang.org/x/") {
			t.Logf("%s %s raises golangci-lint %s's %s (%s)", r.Mod.Path, r.Mod.Version, v, tv, why)
			continue
		}
		t.Errorf("go.mod requires %s %s, above golangci-lint %s's %s: the plugin build would upgrade it; pin %s or lower", r.Mod.Path, r.Mod.Version, v, tv, tv)
	}
}

// TestOnlyGitleaksConfig: of gitleaks, awsvet's packages the plugin
// reaches may import only the config package (its own imports come
// along); gitleaks' detect package does not build inside golangci-lint.
func TestOnlyGitleaksConfig(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	const gitleaks = "github.com/zricethezav/gitleaks/"
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		pkg, imports := fields[0], fields[1:]
		if strings.HasPrefix(pkg, gitleaks+"v8/detect") {
			t.Errorf("the plugin reaches %s, which does not build inside golangci-lint", pkg)
		}
		if !strings.HasPrefix(pkg, "github.com/awsvet/awsvet/") {
			continue
		}
		for _, imp := range imports {
			if strings.HasPrefix(imp, gitleaks) && imp != gitleaks+"v8/config" {
				t.Errorf("%s imports %s: of gitleaks only %sv8/config builds inside golangci-lint", pkg, imp, gitleaks)
			}
		}
	}
}
