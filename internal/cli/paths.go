package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// RepoRoot is the directory paths are made relative to: the git work tree
// containing the current directory, or the current directory.
func RepoRoot() string {
	wd, _ := os.Getwd()
	out, err := exec.Command("git", "rev-parse", "--show-toplevel").Output()
	if err == nil {
		if top := strings.TrimSpace(string(out)); top != "" {
			if real, err := filepath.EvalSymlinks(top); err == nil {
				return real
			}
			return top
		}
	}
	if real, err := filepath.EvalSymlinks(wd); err == nil {
		return real
	}
	return wd
}

// Rel makes path relative to root when it lies under it, with forward
// slashes (SARIF URIs, baselines shared across machines).
func Rel(root, path string) string {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	if rel, err := filepath.Rel(root, path); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(path)
}
