package secrets

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
)

// stagedItems sends the staged content (index blobs) of the files added
// or modified in the index, limited to the pathspecs when given. Renames
// count as additions (--no-renames), so a renamed file is scanned whole.
func stagedItems(w *walker, s *scanner, pathspecs []string) func(chan<- item) error {
	return func(out chan<- item) error {
		args := append([]string{"diff", "--cached", "--raw", "-z", "--no-abbrev", "--no-renames", "--diff-filter=AM", "--no-ext-diff", "--"}, pathspecs...)
		raw, err := gitOutput(".", args...)
		if err != nil {
			return err
		}
		subs := &submoduleNotes{log: s.log}
		type entry struct{ path, blob string }
		var entries []entry
		fields := strings.Split(strings.TrimSuffix(string(raw), "\x00"), "\x00")
		for i := 0; i+1 < len(fields); i += 2 {
			// ":100644 100644 <old> <new> M", then the path.
			meta := strings.Fields(strings.TrimPrefix(fields[i], ":"))
			if len(meta) != 5 {
				return fmt.Errorf("git diff --raw: unexpected entry %q", fields[i])
			}
			p := fields[i+1]
			if meta[1] == submoduleMode {
				subs.skipped(p, "-staged")
			}
			if specialMode(meta[1]) || inSkippedDir(p) || w.skipName(p) {
				continue
			}
			entries = append(entries, entry{p, meta[3]})
		}
		if len(entries) == 0 {
			return nil
		}
		blobs, err := newBlobReader(".")
		if err != nil {
			return err
		}
		defer blobs.Close()
		for _, e := range entries {
			data, _, tooLarge, err := blobs.read(e.blob, s.maxSize)
			if err != nil {
				return err
			}
			if tooLarge {
				s.log.skip(e.path, fmt.Sprintf("larger than the -max-size limit (%d MB)", s.maxSize>>20))
				continue
			}
			out <- item{path: e.path, data: data}
		}
		return nil
	}
}

// sinceItems sends, for each file changed between the merge base of rev
// and HEAD and HEAD, its content at HEAD with the lines the change added:
// the whole file is scanned, so a rule sees the context around a new line
// (a key name above it, a Terraform provider block), and only findings
// touching an added line are kept.
func sinceItems(w *walker, s *scanner, rev string, pathspecs []string) func(chan<- item) error {
	return func(out chan<- item) error {
		if _, err := gitOutput(".", "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}"); err != nil {
			return fmt.Errorf("-since %s: not a commit", rev)
		}
		args := append([]string{"diff", "--full-index", "-U0", "--no-color", "--no-ext-diff", "--no-textconv",
			"--end-of-options", rev + "...HEAD", "--"}, pathspecs...)
		diff, err := startReader(git(".", args...))
		if err != nil {
			return err
		}
		defer diff.Close()
		blobs, err := newBlobReader(".")
		if err != nil {
			return err
		}
		defer blobs.Close()
		subs := &submoduleNotes{log: s.log}
		p := &diffParser{
			r:           bufio.NewReaderSize(diff, 64<<10),
			onSubmodule: func(path string) { subs.skipped(path, "-since") },
			onFile: func(f *fileDiff) error {
				if len(f.added) == 0 || f.blob == "" || inSkippedDir(f.path) || w.skipName(f.path) {
					return nil
				}
				data, _, tooLarge, err := blobs.read(f.blob, s.maxSize)
				if err != nil {
					return err
				}
				if tooLarge {
					s.log.skip(f.path, fmt.Sprintf("larger than the -max-size limit (%d MB)", s.maxSize>>20))
					return nil
				}
				out <- item{path: f.path, data: data, added: f.added}
				return nil
			},
		}
		return errors.Join(p.run(), diff.Close())
	}
}
