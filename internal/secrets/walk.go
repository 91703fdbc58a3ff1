package secrets

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/awsvet/awsvet/internal/cli"
	"github.com/awsvet/awsvet/internal/escape"
	"github.com/awsvet/awsvet/internal/safeio"
)

// skipDirs are never walked into: git's own store, and third-party trees
// (vendored modules, npm packages) that are their authors' to scan and are
// full of test keys. A path given explicitly is scanned even there.
var skipDirs = map[string]bool{".git": true, "vendor": true, "node_modules": true}

// walker turns the PATH arguments into items.
type walker struct {
	root      string // findings are reported relative to it
	includeGo bool
	log       *logger
}

// skipName reports whether a file is left out by name: Go files, which the
// analyzers check with type information, unless -include-go.
func (w *walker) skipName(name string) bool {
	return !w.includeGo && strings.HasSuffix(name, ".go")
}

// inSkippedDir reports whether a slash-separated relative path lies under
// a directory of skipDirs.
func inSkippedDir(rel string) bool {
	dir := path.Dir(rel)
	for dir != "." && dir != "/" && dir != "" {
		if skipDirs[path.Base(dir)] {
			return true
		}
		dir = path.Dir(dir)
	}
	return false
}

// produce sends the files to scan under each path. A path that does not
// exist is an error (a typo should not pass as "no findings"); a directory
// or file that cannot be read is skipped with a note.
func (w *walker) produce(paths []string) func(chan<- item) error {
	return func(out chan<- item) error {
		var errs []error
		for _, p := range paths {
			if err := w.one(p, out); err != nil {
				errs = append(errs, err)
			}
		}
		return errors.Join(errs...)
	}
}

func (w *walker) one(p string, out chan<- item) error {
	st, err := os.Stat(p) // an explicit symlink is followed: the user named it
	switch {
	case errors.Is(err, fs.ErrNotExist) && p == "-":
		return errors.New("-: no such file (standard input is not read: save it to a file and scan that)")
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: no such file or directory", escape.Control(p))
	case err != nil:
		w.log.skip(p, errText(err))
		return nil
	case st.IsDir():
		// A symlink to a directory is walked as the directory; its files
		// are reported where they are (rel resolves symlinks, as for any
		// path given).
		real, err := filepath.EvalSymlinks(p)
		if err != nil {
			w.log.skip(p, errText(err))
			return nil
		}
		return w.dir(real, w.rel(p), out)
	case !st.Mode().IsRegular():
		// Named explicitly, a FIFO, a device or standard input (/dev/stdin,
		// <(...)) is an error: reading it could block or never end, and
		// skipping it quietly would pass text nobody scanned. safeio says
		// what it is without opening it for a blocking read.
		f, _, err := safeio.Open(p)
		if err == nil {
			f.Close()
			err = fmt.Errorf("%s: not a regular file", escape.Control(p))
		}
		return err
	case !w.skipName(p):
		out <- item{path: w.rel(p), file: p}
	}
	return nil
}

// dir sends the files under a directory: the ones git lists when it is in
// a work tree, all of them otherwise. A directory that git ignores itself
// (build/, dist/ under a .gitignore) lists nothing, and "no secrets" from
// an empty walk would pass a tree about to be published unread: named on
// the command line, it is walked whole, as git add -f would take it, with
// a note saying so. Inside a directory git does not ignore, what
// .gitignore excludes stays out.
func (w *walker) dir(dir, base string, out chan<- item) error {
	top, ok := gitWorkTree(dir)
	if !ok {
		return w.walk(dir, base, out)
	}
	if gitIgnoresDir(top, dir) {
		w.log.printf("%s: ignored by git; scanning all its files, as named", escape.Control(base))
		return w.walk(dir, base, out)
	}
	files, err := gitListFiles(dir)
	if err != nil {
		return w.walk(dir, base, out)
	}
	return w.listed(dir, base, files, submodulesUnder(dir, top), out)
}

// rel is p relative to the root, with symlinks in it resolved once.
func (w *walker) rel(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	return cli.Rel(w.root, abs)
}

// listed sends the files git lists in a work tree: tracked ones and
// untracked ones that .gitignore does not exclude. Checked-out submodules
// (subs) are listed in turn, their files under the submodule's path.
func (w *walker) listed(dir, base string, files io.ReadCloser, subs map[string]bool, out chan<- item) error {
	defer files.Close()
	r := bufio.NewReaderSize(files, 64<<10)
	prev := ""
	for {
		name, err := r.ReadString(0)
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("git ls-files in %s: %v", dir, err)
		}
		name = strings.TrimSuffix(name, "\x00")
		if name == prev { // an unmerged file is listed once per stage
			continue
		}
		prev = name
		rel := filepath.ToSlash(name)
		if subs[rel] && !inSkippedDir(rel+"/any") { // the submodule is not itself in, or under, a skipped directory
			if err := w.submodule(filepath.Join(dir, name), path.Join(base, rel), out); err != nil {
				return err
			}
			continue
		}
		if inSkippedDir(rel) || w.skipName(rel) {
			continue
		}
		// lstat: the worker skips symlinks, submodules (directories) and
		// files deleted from the work tree but still in the index.
		out <- item{path: path.Join(base, rel), file: filepath.Join(dir, name), lstat: true}
	}
	return files.Close()
}

// walk sends the files under a directory outside any git work tree.
func (w *walker) walk(dir, base string, out chan<- item) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			w.log.skip(w.join(dir, base, p), errText(err))
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		switch {
		case d.IsDir():
			if p != dir && skipDirs[d.Name()] {
				return filepath.SkipDir
			}
		case !d.Type().IsRegular(): // symlinks (which may leave the tree), devices, FIFOs
		case w.skipName(d.Name()):
		default:
			out <- item{path: w.join(dir, base, p), file: p}
		}
		return nil
	})
}

func (w *walker) join(dir, base, p string) string {
	rel, err := filepath.Rel(dir, p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	return path.Join(base, filepath.ToSlash(rel))
}

// gitWorkTree returns the top of the git work tree holding dir; ok is
// false outside a work tree (or without git), where the caller walks.
func gitWorkTree(dir string) (top string, ok bool) {
	out, err := git(dir, "rev-parse", "--is-inside-work-tree", "--show-toplevel").Output()
	lines := strings.SplitN(strings.TrimSuffix(string(out), "\n"), "\n", 2)
	if err != nil || len(lines) != 2 || lines[0] != "true" {
		return "", false
	}
	return lines[1], true
}

// gitIgnoresDir reports whether .gitignore (or info/exclude, or the
// user's excludes file) excludes directory dir of the work tree at top,
// by a pattern of its own or of a directory above it. The top itself is
// never ignored; if git cannot say, the directory is not called ignored
// and git's list decides, as before.
func gitIgnoresDir(top, dir string) bool {
	abs, err := filepath.Abs(dir) // dir may be relative, top never is
	if err == nil {
		abs, err = filepath.EvalSymlinks(abs) // as git resolves top
	}
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(top, abs)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		return false
	}
	// The trailing slash lets directory patterns ("build/") match.
	return git(top, "check-ignore", "-q", "--", filepath.ToSlash(rel)+"/").Run() == nil
}

// gitListFiles starts git ls-files in dir and returns its NUL-separated
// output, paths relative to dir: tracked files and untracked ones that
// .gitignore does not exclude.
func gitListFiles(dir string) (io.ReadCloser, error) {
	return startReader(git(dir, "ls-files", "-z", "--cached", "--others", "--exclude-standard"))
}
