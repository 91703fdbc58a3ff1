package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/mod/modfile"
)

// Module is one corpus entry.
type Module struct {
	Name     string   // short name, the work directory's name
	Path     string   // module path
	Version  string   // pinned version
	Patterns []string // package patterns, relative to the module root
}

// ParseCorpus reads the corpus list: "name module@version [patterns...]"
// per line, # comments and blank lines ignored.
func ParseCorpus(r io.Reader) ([]Module, error) {
	var out []Module
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("line %d: want \"name module@version [patterns]\"", n)
		}
		path, version, ok := strings.Cut(f[1], "@")
		if !ok || path == "" || !strings.HasPrefix(version, "v") {
			return nil, fmt.Errorf("line %d: %q is not module@version with a pinned version", n, f[1])
		}
		if seen[f[0]] {
			return nil, fmt.Errorf("line %d: name %q used twice", n, f[0])
		}
		seen[f[0]] = true
		m := Module{Name: f[0], Path: path, Version: version, Patterns: f[2:]}
		if len(m.Patterns) == 0 {
			m.Patterns = []string{"./..."}
		}
		out = append(out, m)
	}
	return out, sc.Err()
}

// goEnv is the environment every go command and tool runs with: the
// module's own go.mod, dependencies resolved through the proxy, never a
// workspace or another toolchain.
func goEnv() []string {
	return append(os.Environ(), "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local", "GOWORK=off")
}

// prepareRecipe names the way Prepare builds a copy; changing the way
// (fixGoMod, say) must change it so that stale copies are made again.
const prepareRecipe = "recipe 2"

// Prepare makes a writable copy of the module's source under workdir
// (once: an existing copy is reused) and fetches its dependencies. It
// returns the copy's directory.
func Prepare(m Module, workdir string, log io.Writer) (string, error) {
	dir := filepath.Join(workdir, m.Name)
	stamp := filepath.Join(dir, ".awsvet-bench")
	want := m.Path + "@" + m.Version + " " + prepareRecipe
	if got, err := os.ReadFile(stamp); err == nil && string(got) == want {
		return dir, nil
	}
	src, err := download(m)
	if err != nil {
		return "", err
	}
	if err := os.RemoveAll(dir); err != nil {
		return "", err
	}
	fmt.Fprintf(log, "copying %s@%s to %s\n", m.Path, m.Version, dir)
	if err := copyTree(src, dir); err != nil {
		return "", err
	}
	if err := fixGoMod(dir, m.Path, log); err != nil {
		return "", err
	}
	// Fetch every dependency the packages and their tests need, so that
	// no timed run downloads anything.
	args := append([]string{"list", "-e", "-deps", "-test", "-f", "{{.ImportPath}}"}, m.Patterns...)
	cmd := exec.Command("go", args...)
	cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = dir, goEnv(), io.Discard, log
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("%s: go list: %v", m.Name, err)
	}
	return dir, os.WriteFile(stamp, []byte(want), 0o644)
}

// download fetches the module zip through the proxy and returns the
// read-only directory the module cache extracted it to.
func download(m Module) (string, error) {
	cmd := exec.Command("go", "mod", "download", "-json", m.Path+"@"+m.Version)
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local", "GOWORK=off", "GOFLAGS=")
	out, err := cmd.Output()
	var info struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &info); jerr != nil {
		return "", fmt.Errorf("%s: go mod download: %v %v", m.Name, err, jerr)
	}
	if info.Error != "" || info.Dir == "" {
		return "", fmt.Errorf("%s: go mod download: %s", m.Name, info.Error)
	}
	return info.Dir, nil
}

// copyTree copies the module cache's read-only tree into a writable one.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil // the module cache holds no links; skip anything odd
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// fixGoMod gives the copy a go.mod it can build with: one is written for a
// module that has none, and replace directives pointing at directories the
// module zip does not contain (nested modules such as vault's ./api and
// ./sdk) are dropped, so that the required versions come from the proxy.
func fixGoMod(dir, path string, log io.Writer) error {
	gomod := filepath.Join(dir, "go.mod")
	data, err := os.ReadFile(gomod)
	if os.IsNotExist(err) {
		return os.WriteFile(gomod, []byte("module "+path+"\n\ngo 1.21\n"), 0o644)
	}
	if err != nil {
		return err
	}
	f, err := modfile.Parse(gomod, data, nil)
	if err != nil {
		return err
	}
	changed := false
	for _, r := range f.Replace {
		if !modfile.IsDirectoryPath(r.New.Path) {
			continue
		}
		if insideCopy(dir, r.New.Path) {
			continue
		}
		fmt.Fprintf(log, "%s: dropping replace %s => %s (not in the module zip)\n", path, r.Old.Path, r.New.Path)
		if err := f.DropReplace(r.Old.Path, r.Old.Version); err != nil {
			return err
		}
		changed = true
	}
	if !changed {
		return nil
	}
	f.Cleanup()
	out, err := f.Format()
	if err != nil {
		return err
	}
	return os.WriteFile(gomod, out, 0o644)
}

// insideCopy reports whether a replacement directory exists within the
// module's copy. Monorepo modules (aws-sdk-go-v2's) replace their siblings
// with "../../../": outside the copy, that would resolve to whatever
// happens to lie next to it.
func insideCopy(dir, rel string) bool {
	if filepath.IsAbs(rel) {
		return false
	}
	target := filepath.Join(dir, rel)
	if r, err := filepath.Rel(dir, target); err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return false
	}
	_, err := os.Stat(filepath.Join(target, "go.mod"))
	return err == nil
}
