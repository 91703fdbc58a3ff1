package secrets

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"slices"
)

// historyContext is how many unchanged lines around each change the
// history scan reads with it (git log -U): enough for a key name or a
// suppression comment on the line above a new secret.
const historyContext = 3

// historyItems streams "git log -p" over revs (default: all refs), oldest
// commit first, and sends for each commit and file the new side of its
// hunks, with the added lines marked. Each secret is then kept once, at
// the first commit that added it (firstIntroduced), whether or not a later
// commit removed it.
func historyItems(w *walker, s *scanner, revs []string) func(chan<- item) error {
	return func(out chan<- item) error {
		args := []string{"log", "-p", fmt.Sprintf("-U%d", historyContext), "--no-color", "--no-ext-diff", "--no-textconv",
			"--reverse", "--topo-order", "--format=%x00commit %H %aI"}
		if len(revs) == 0 {
			args = append(args, "--all")
		} else {
			args = append(append(args, "--end-of-options"), revs...)
		}
		args = append(args, "--")
		log, err := startReader(git(".", args...))
		if err != nil {
			return err
		}
		defer log.Close()
		var commit, date string
		seq := 0
		subs := &submoduleNotes{log: s.log}
		p := &diffParser{
			r:           bufio.NewReaderSize(log, 256<<10),
			onSubmodule: func(path string) { subs.skipped(path, "-history") },
			keepText:    true,
			limit:       s.maxSize,
			onCommit:    func(id, d string) { commit, date, seq = id, d, seq+1 },
			onFile: func(f *fileDiff) error {
				switch {
				case len(f.added) == 0, inSkippedDir(f.path), w.skipName(f.path):
				case f.tooLarge:
					s.log.skip(fmt.Sprintf("%s in commit %.12s", f.path, commit), fmt.Sprintf("change larger than the -max-size limit (%d MB)", s.maxSize>>20))
				default:
					out <- item{path: f.path, data: f.text, lines: f.lines, added: f.added, commit: commit, date: date, seq: seq}
				}
				return nil
			},
		}
		return errors.Join(p.run(), log.Close())
	}
}

// firstIntroduced keeps each secret (rule and value) once: at the oldest
// commit that added it.
func firstIntroduced(hits []hit) []hit {
	slices.SortStableFunc(hits, func(a, b hit) int {
		return cmp.Or(cmp.Compare(a.seq, b.seq), cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	seen := map[string]bool{}
	out := hits[:0]
	for _, h := range hits {
		k := h.ruleID + "\x00" + h.Match
		if !seen[k] {
			seen[k] = true
			out = append(out, h)
		}
	}
	return out
}
