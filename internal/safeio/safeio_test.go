package safeio_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/awsvet/awsvet/internal/hostile"
	"github.com/awsvet/awsvet/internal/safeio"
)

func TestReadFileRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := hostile.FIFO(t, filepath.Join(dir, "fifo"))
	for _, link := range []struct{ name, target string }{
		{"to-zero", "/dev/zero"}, {"to-urandom", "/dev/urandom"}, {"to-dir", dir}, {"to-fifo", fifo},
	} {
		hostile.Symlink(t, link.target, filepath.Join(dir, link.name))
	}
	for name, want := range map[string]string{
		"fifo":       "not a regular file (a named pipe)",
		"to-fifo":    "not a regular file (a named pipe)",
		"to-zero":    "not a regular file (a device)",
		"to-urandom": "not a regular file (a device)",
		"to-dir":     "not a regular file (a directory)",
		".":          "not a regular file (a directory)",
		"missing":    "no such file or directory",
	} {
		p := filepath.Join(dir, name)
		// The point of the package is that nothing blocks.
		err := hostile.Within(t, 5*time.Second, name, func() error { _, err := safeio.ReadFile(p, 1<<20); return err })
		if err == nil || err.Error() != p+": "+want {
			t.Errorf("ReadFile(%s): %v, want %q", name, err, p+": "+want)
		}
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("ReadFile(%s): a multi-line error", name)
		}
	}
	if _, err := safeio.ReadFile(filepath.Join(dir, "missing"), 1); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file's error %v does not say so to errors.Is", err)
	}
}

func TestReadFileCapsTheSize(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "big")
	if err := os.WriteFile(p, make([]byte, 2048), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := safeio.ReadFile(p, 1024); err == nil || err.Error() != p+": larger than the 1 KB limit" {
		t.Errorf("over the cap: %v", err)
	}
	data, err := safeio.ReadFile(p, 2048)
	if err != nil || len(data) != 2048 {
		t.Errorf("at the cap: %d bytes, %v", len(data), err)
	}
	// Through a symlink, a regular file is read.
	link := hostile.Symlink(t, p, filepath.Join(dir, "link"))
	if data, err := safeio.ReadFile(link, 4096); err != nil || len(data) != 2048 {
		t.Errorf("through a symlink: %d bytes, %v", len(data), err)
	}
}

func TestErrorEscapesTheName(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a\nb.yaml:1:1: all clear\x1b[2J")
	_, err := safeio.ReadFile(p, 1)
	if err == nil || strings.ContainsAny(err.Error(), "\n\x1b") {
		t.Errorf("error %q holds a raw control character", err)
	}
}

func TestWriteFileRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := hostile.FIFO(t, filepath.Join(dir, "fifo.json"))
	target := filepath.Join(dir, "elsewhere.json")
	link := hostile.Symlink(t, target, filepath.Join(dir, "link.json"))
	for _, name := range []string{fifo, link, dir} {
		err := hostile.Within(t, 5*time.Second, "WriteFile "+name, func() error { return safeio.WriteFile(name, []byte("{}\n")) })
		if err == nil || !strings.Contains(err.Error(), "not a regular file") || !strings.Contains(err.Error(), name) {
			t.Errorf("WriteFile(%s) = %v; want a refusal that names it", name, err)
		}
	}
	if _, err := os.Stat(target); err == nil {
		t.Error("WriteFile followed the symlink and wrote its target")
	}
	plain := filepath.Join(dir, "baseline.json")
	for _, body := range []string{"old\n", "new\n"} {
		if err := safeio.WriteFile(plain, []byte(body)); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(plain); string(got) != body {
			t.Errorf("WriteFile wrote %q, want %q", got, body)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 3 { // the FIFO, the link and the baseline
		t.Errorf("WriteFile left temporary files behind: %d entries", len(entries))
	}
}
