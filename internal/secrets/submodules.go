package secrets

import (
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/awsvet/awsvet/internal/escape"
)

// Submodules. A submodule's files are another repository's, but they are
// checked out in this one and end up in its builds and images, and gitleaks
// "dir" scans them: the directory walk scans a checked-out submodule as
// part of the tree, its files reported under the submodule's path. One not
// checked out has no files to read and is named in a note. -staged, -since
// and -history read this repository's index and commits, where a
// submodule is only a commit id: each submodule they meet is named in a
// note (scan it with its own run in its directory).

// submodulesUnder returns the submodules git records under dir, as
// slash-separated paths relative to dir, or nil when the work tree has no
// .gitmodules (the common case, which costs no git process).
func submodulesUnder(dir, top string) map[string]bool {
	if _, err := os.Lstat(filepath.Join(top, ".gitmodules")); err != nil {
		return nil
	}
	out, err := gitOutput(dir, "ls-files", "-z", "--stage")
	if err != nil {
		return nil
	}
	subs := map[string]bool{}
	for _, entry := range strings.Split(string(out), "\x00") {
		// "<mode> <object> <stage>\t<path>"
		meta, p, ok := strings.Cut(entry, "\t")
		if ok && strings.HasPrefix(meta, "160000 ") {
			subs[p] = true
		}
	}
	return subs
}

// submodule sends the files of the submodule checked out at dir, reported
// under base, or notes that it is not checked out.
func (w *walker) submodule(dir, base string, out chan<- item) error {
	if top, ok := gitWorkTree(dir); ok && sameDir(top, dir) {
		if files, err := gitListFiles(dir); err == nil {
			return w.listed(dir, base, files, submodulesUnder(dir, top), out)
		}
	}
	w.log.printf("skipped submodule %s: not checked out", escape.Control(base))
	return nil
}

// sameDir reports whether two paths name the same directory.
func sameDir(a, b string) bool {
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb)
}

// submoduleNotes names each submodule a git-side scan skips, once.
type submoduleNotes struct {
	mu   sync.Mutex
	seen map[string]bool
	log  *logger
}

func (n *submoduleNotes) skipped(p, mode string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.seen[p] {
		return
	}
	if n.seen == nil {
		n.seen = map[string]bool{}
	}
	n.seen[p] = true
	n.log.printf("skipped submodule %s: %s reads this repository's index and commits, where a submodule is only a commit id; scan it in its own directory", escape.Control(p), mode)
}
