package detect_test

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A corpus of real text: the source of the SDK modules this module pins
// (they are in the module cache whenever this package builds), or the tree
// named by AWSVET_CORPUS (e.g. the bench harness's tree of public modules).
type corpusFile struct {
	path, text string
}

func loadCorpus(tb testing.TB, limit int) ([]corpusFile, int) {
	tb.Helper()
	var roots []string
	if dir := os.Getenv("AWSVET_CORPUS"); dir != "" {
		roots = []string{dir}
	} else {
		out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}",
			"github.com/aws/aws-sdk-go-v2", "github.com/aws/aws-sdk-go-v2/config",
			"github.com/aws/aws-sdk-go-v2/credentials", "github.com/aws/aws-sdk-go-v2/service/sts",
			"github.com/aws/aws-sdk-go-v2/service/s3", "github.com/aws/aws-sdk-go").Output()
		if err != nil {
			tb.Skipf("module cache not available: %v", err)
		}
		for _, d := range strings.Fields(string(out)) {
			if strings.Contains(d, "aws-sdk-go@") {
				// v1 is 300 MB; its core, the S3 and STS clients and their
				// API models are enough.
				roots = append(roots, filepath.Join(d, "aws"), filepath.Join(d, "service", "s3"),
					filepath.Join(d, "service", "sts"), filepath.Join(d, "models", "apis", "s3"),
					filepath.Join(d, "models", "apis", "sts"), filepath.Join(d, "models", "apis", "dynamodb"))
				continue
			}
			roots = append(roots, d)
		}
	}
	var files []corpusFile
	total := 0
	for _, root := range roots {
		filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
			if err != nil || total >= limit {
				return filepath.SkipDir
			}
			if e.IsDir() {
				switch e.Name() {
				case ".git", "vendor", "node_modules":
					return filepath.SkipDir
				}
				return nil
			}
			if !e.Type().IsRegular() {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil || len(b) > 64<<20 || bytes.IndexByte(b[:min(len(b), 8000)], 0) >= 0 {
				return nil
			}
			rel, _ := filepath.Rel(filepath.Dir(root), p)
			files = append(files, corpusFile{path: filepath.ToSlash(rel), text: string(b)})
			total += len(b)
			return nil
		})
	}
	if len(files) == 0 {
		tb.Skip("empty corpus")
	}
	return files, total
}
