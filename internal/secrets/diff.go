package secrets

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
)

// fileDiff is one file's part of a unified diff (git diff, git log -p).
type fileDiff struct {
	path string // the new path, repository-relative
	blob string // the new blob id (git diff --full-index), or ""
	skip bool   // deleted, binary, a symlink or a submodule
	// submodule: the entry is a submodule (mode 160000)
	submodule bool
	added     []lineRange // lines added, numbered in the new file

	// With text kept (history): the new side of the hunks, context and
	// added lines, and the new-file number of each of its lines.
	text     []byte
	lines    []int
	tooLarge bool
}

// addLine records line n of the new file as added.
func (f *fileDiff) addLine(n int) {
	if k := len(f.added); k > 0 && f.added[k-1].to == n-1 {
		f.added[k-1].to = n
		return
	}
	f.added = append(f.added, lineRange{n, n})
}

// keep appends line n of the new side (its "+" or " " dropped) to the
// kept text; a line cut short or a text past limit drops the file's text
// for good, so that a scan never sees half a secret.
func (f *fileDiff) keep(line []byte, long bool, n int, limit int64) {
	if f.tooLarge {
		return
	}
	if long || (limit > 0 && int64(len(f.text)+len(line)) > limit) {
		f.tooLarge = true
		f.text, f.lines = nil, nil
		return
	}
	if len(line) > 0 {
		f.text = append(append(f.text, line[1:]...), '\n')
		f.lines = append(f.lines, n)
	}
}

// setMode skips a symlink or a submodule, whose entry holds no file text.
func (f *fileDiff) setMode(m string) {
	if specialMode(m) {
		f.skip = true
		f.submodule = m == submoduleMode
	}
}

// diffParser reads unified diffs. Hunk bodies are consumed by their
// header's line counts, so an added line that looks like a header
// ("+++ x", "+diff --git") is never mistaken for one.
type diffParser struct {
	r        *bufio.Reader
	keepText bool
	limit    int64 // text kept per file (0: no limit)

	onCommit func(id, date string)
	onFile   func(*fileDiff) error
	// onSubmodule, when set, is told the path of each submodule entry.
	onSubmodule func(path string)

	// Where the parse is: the file whose header or hunks are being read
	// (nil before the first and after a merge's combined diff), the lines
	// left in the current hunk on each side, and the new-file number of
	// the next new-side line.
	cur              *fileDiff
	oldLeft, newLeft int
	newLine          int
}

// commitMarker starts the line git log writes for each commit with
// --format=%x00commit %H %aI: a NUL never starts a diff line.
const commitMarker = "\x00commit "

// run reads the diff to its end: a line is a hunk's while its counts
// last, a header otherwise.
func (p *diffParser) run() error {
	for {
		line, long, err := p.readLine()
		switch {
		case err == io.EOF:
			return p.flush()
		case err != nil:
			return err
		case p.inHunk() && p.hunkLine(line, long):
			continue
		}
		if err := p.header(string(line)); err != nil {
			return err
		}
	}
}

func (p *diffParser) inHunk() bool { return p.oldLeft > 0 || p.newLeft > 0 }

// hunkLine takes one line of a hunk body. It returns false for a line no
// hunk holds (the header's counts were wrong): the hunk ends there, and
// the line is read as a header, so that the parse resynchronises.
func (p *diffParser) hunkLine(line []byte, long bool) bool {
	kind := byte(' ') // an empty line is an empty context line
	if len(line) > 0 {
		kind = line[0]
	}
	switch kind {
	case '+':
		p.cur.addLine(p.newLine)
		p.newSideLine(line, long)
	case ' ':
		p.oldLeft--
		p.newSideLine(line, long)
	case '-':
		p.oldLeft--
	case '\\': // "\ No newline at end of file"
	default:
		p.oldLeft, p.newLeft = 0, 0
		return false
	}
	return true
}

// newSideLine counts a line of the new file, keeping its text when asked.
func (p *diffParser) newSideLine(line []byte, long bool) {
	p.newLeft--
	if p.keepText {
		p.cur.keep(line, long, p.newLine, p.limit)
	}
	p.newLine++
}

// header reads a line outside hunks: a commit, the start of a file's
// diff, or a line of the current file's header.
func (p *diffParser) header(s string) error {
	switch {
	case strings.HasPrefix(s, commitMarker):
		if err := p.flush(); err != nil {
			return err
		}
		id, date, _ := strings.Cut(strings.TrimPrefix(s, commitMarker), " ")
		p.onCommit(id, date)
	case strings.HasPrefix(s, "diff --git "), strings.HasPrefix(s, "diff --cc "), strings.HasPrefix(s, "diff --combined "):
		if err := p.flush(); err != nil {
			return err
		}
		// A merge's combined diff repeats what its parents added.
		p.cur = &fileDiff{skip: !strings.HasPrefix(s, "diff --git ")}
	case p.cur != nil:
		return p.fileHeader(s)
	}
	return nil
}

// fileHeader reads a line of the current file's header: its blob and
// mode, whether it is binary, its new path, or the start of a hunk.
func (p *diffParser) fileHeader(s string) error {
	f := p.cur
	switch {
	case strings.HasPrefix(s, "index "):
		// "index <old>..<new>[ <mode>]"
		fields := strings.Fields(s)
		if len(fields) < 2 {
			break
		}
		if _, to, ok := strings.Cut(fields[1], ".."); ok {
			f.blob = to
		}
		if len(fields) > 2 {
			f.setMode(fields[2])
		}
	case strings.HasPrefix(s, "new file mode "), strings.HasPrefix(s, "new mode "):
		f.setMode(s[strings.LastIndexByte(s, ' ')+1:])
	case strings.HasPrefix(s, "Binary files "), strings.HasPrefix(s, "GIT binary patch"):
		f.skip = true
	case strings.HasPrefix(s, "+++ "):
		name := strings.TrimPrefix(s, "+++ ")
		if name == "/dev/null" {
			f.skip = true
			break
		}
		f.path = strings.TrimPrefix(unquotePath(name), "b/")
	case strings.HasPrefix(s, "@@ "):
		o, n, start, ok := parseHunk(s)
		if !ok {
			return errors.New("git diff: bad hunk header " + strconv.Quote(s))
		}
		p.oldLeft, p.newLeft, p.newLine = o, n, start
	}
	return nil
}

// flush hands the current file on, if it has a path: its name to
// onSubmodule when it is a submodule, itself to onFile when it has text.
func (p *diffParser) flush() error {
	f := p.cur
	p.cur = nil
	if f == nil || f.path == "" {
		return nil
	}
	if f.submodule && p.onSubmodule != nil {
		p.onSubmodule(f.path)
	}
	if f.skip {
		return nil
	}
	return p.onFile(f)
}

// specialMode: symlinks (120000) and submodules (160000) hold no file text.
func specialMode(m string) bool { return m == "120000" || m == submoduleMode }

// submoduleMode is git's mode of a submodule entry (a gitlink).
const submoduleMode = "160000"

// readLine returns the next line without its "\n"; long reports that it
// was longer than the limit (only its start is returned). Lines of any
// length are read (no bufio.Scanner token limit). Without kept text only
// headers and hunk markers matter, so at most maxUnkeptLine bytes of a line
// are held: a diff of one huge line does not grow the memory.
func (p *diffParser) readLine() (line []byte, long bool, err error) {
	limit := p.limit
	if !p.keepText {
		limit = maxUnkeptLine
	}
	var acc []byte
	for {
		chunk, err := p.r.ReadSlice('\n')
		switch {
		case err == nil:
			if acc == nil {
				return bytes.TrimSuffix(chunk, []byte{'\n'}), long, nil
			}
			acc = appendCapped(acc, chunk, limit, &long)
			return bytes.TrimSuffix(acc, []byte{'\n'}), long, nil
		case errors.Is(err, bufio.ErrBufferFull):
			acc = appendCapped(acc, chunk, limit, &long)
		case err == io.EOF && (len(chunk) > 0 || acc != nil):
			return appendCapped(acc, chunk, limit, &long), long, nil
		default:
			return nil, false, err
		}
	}
}

// maxUnkeptLine bounds a line held when the text is not kept: far above
// any header (paths are at most a few KB).
const maxUnkeptLine = 1 << 20

func appendCapped(acc, b []byte, limit int64, long *bool) []byte {
	if limit > 0 && int64(len(acc)+len(b)) > limit {
		*long = true
		return acc
	}
	return append(acc, b...)
}

// parseHunk parses "@@ -a[,b] +c[,d] @@": it returns the old and new line
// counts and the first new line.
func parseHunk(s string) (oldCount, newCount, newStart int, ok bool) {
	f := strings.Fields(s)
	if len(f) < 3 || !strings.HasPrefix(f[1], "-") || !strings.HasPrefix(f[2], "+") {
		return 0, 0, 0, false
	}
	_, oldCount, ok1 := rangeOf(f[1][1:])
	newStart, newCount, ok2 := rangeOf(f[2][1:])
	return oldCount, newCount, newStart, ok1 && ok2
}

func rangeOf(s string) (start, count int, ok bool) {
	a, b, hasCount := strings.Cut(s, ",")
	start, err := strconv.Atoi(a)
	if err != nil {
		return 0, 0, false
	}
	count = 1
	if hasCount {
		if count, err = strconv.Atoi(b); err != nil {
			return 0, 0, false
		}
	}
	return start, count, true
}

// unquotePath undoes git's quoting of unusual file names ("b/ta\tb") and
// drops the tab git appends to names with spaces.
func unquotePath(s string) string {
	if strings.HasPrefix(s, `"`) {
		if u, err := strconv.Unquote(s); err == nil {
			return u
		}
	}
	return strings.TrimSuffix(s, "\t")
}
