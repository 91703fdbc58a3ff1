package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

type treeStats struct {
	files int
	bytes int64
}

// prepare fetches each module with "go mod download -json" (the module
// proxy, or the module cache when it is there) and copies it into dir,
// once: a stamp file lists the modules the tree was built from.
func prepare(dir string, modules []string) (treeStats, error) {
	stamp := filepath.Join(dir, ".awsvet-corpus")
	want := strings.Join(modules, "\n") + "\n"
	if have, err := os.ReadFile(stamp); err != nil || string(have) != want {
		if err := os.RemoveAll(dir); err != nil {
			return treeStats{}, err
		}
		for _, m := range modules {
			src, err := download(m)
			if err != nil {
				return treeStats{}, err
			}
			name := strings.NewReplacer("/", "_", "@", "_").Replace(m)
			if err := copyTree(src, filepath.Join(dir, name)); err != nil {
				return treeStats{}, err
			}
		}
		if err := os.WriteFile(stamp, []byte(want), 0o644); err != nil {
			return treeStats{}, err
		}
	}
	var st treeStats
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() || p == stamp {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		st.files++
		st.bytes += info.Size()
		return nil
	})
	return st, err
}

func download(module string) (string, error) {
	cmd := exec.Command("go", "mod", "download", "-json", module)
	cmd.Dir = os.TempDir() // outside any module
	out, err := cmd.Output()
	var info struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &info); jerr != nil || info.Error != "" || err != nil {
		return "", fmt.Errorf("go mod download %s: %v %s", module, err, info.Error)
	}
	return info.Dir, nil
}

// copyTree copies regular files (the module cache's are read-only) into a
// writable tree.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case d.Type().IsRegular():
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(target, data, 0o644)
		}
		return nil
	})
}
