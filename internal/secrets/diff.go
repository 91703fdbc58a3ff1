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

func (f *fileDiff) addLine(n int) {
	if k := len(f.added); k > 0 && f.added[k-1].to == n-1 {
		f.added[k-1].to = n
		return
	}
	f.added = append(f.added, lineRange{n, n})
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
}

// commitMarker starts the line git log writes for each commit with
// --format=%x00commit %H %aI: a NUL never starts a diff line.
const commitMarker = "\x00commit "

func (p *diffParser) run() error {
	var (
		cur              *fileDiff
		oldLeft, newLeft int
		newLine          int
		line             []byte
		long             bool
		err              error
	)
	flush := func() error {
		if cur != nil && cur.submodule && cur.path != "" && p.onSubmodule != nil {
			p.onSubmodule(cur.path)
		}
		if cur == nil || cur.skip || cur.path == "" {
			cur = nil
			return nil
		}
		f := cur
		cur = nil
		return p.onFile(f)
	}
	for {
		line, long, err = p.readLine()
		if err == io.EOF {
			return flush()
		}
		if err != nil {
			return err
		}
		if oldLeft > 0 || newLeft > 0 {
			kind := byte(' ')
			if len(line) > 0 {
				kind = line[0]
			}
			switch kind {
			case '+', ' ':
				if kind == '+' {
					cur.addLine(newLine)
				} else {
					oldLeft--
				}
				newLeft--
				if p.keepText && !cur.tooLarge {
					if long || (p.limit > 0 && int64(len(cur.text)+len(line)) > p.limit) {
						cur.tooLarge = true
						cur.text, cur.lines = nil, nil
					} else if len(line) > 0 {
						cur.text = append(append(cur.text, line[1:]...), '\n')
						cur.lines = append(cur.lines, newLine)
					}
				}
				newLine++
			case '-':
				oldLeft--
			case '\\': // "\ No newline at end of file"
			default: // not a hunk line: the counts were wrong; resynchronise
				oldLeft, newLeft = 0, 0
			}
			if oldLeft > 0 || newLeft > 0 || kind == '+' || kind == ' ' || kind == '-' || kind == '\\' {
				continue
			}
		}
		s := string(line)
		switch {
		case strings.HasPrefix(s, commitMarker):
			if err := flush(); err != nil {
				return err
			}
			id, date, _ := strings.Cut(strings.TrimPrefix(s, commitMarker), " ")
			p.onCommit(id, date)
		case strings.HasPrefix(s, "diff --git "), strings.HasPrefix(s, "diff --cc "), strings.HasPrefix(s, "diff --combined "):
			if err := flush(); err != nil {
				return err
			}
			cur = &fileDiff{skip: !strings.HasPrefix(s, "diff --git ")}
		case cur == nil:
		case strings.HasPrefix(s, "index "):
			fields := strings.Fields(s)
			if _, to, ok := strings.Cut(fields[1], ".."); ok {
				cur.blob = to
			}
			if len(fields) > 2 && specialMode(fields[2]) {
				cur.skip = true
				cur.submodule = fields[2] == submoduleMode
			}
		case strings.HasPrefix(s, "new file mode "), strings.HasPrefix(s, "new mode "):
			if m := s[strings.LastIndexByte(s, ' ')+1:]; specialMode(m) {
				cur.skip = true
				cur.submodule = m == submoduleMode
			}
		case strings.HasPrefix(s, "Binary files "), strings.HasPrefix(s, "GIT binary patch"):
			cur.skip = true
		case strings.HasPrefix(s, "+++ "):
			name := strings.TrimPrefix(s, "+++ ")
			if name == "/dev/null" {
				cur.skip = true
				break
			}
			cur.path = strings.TrimPrefix(unquotePath(name), "b/")
		case strings.HasPrefix(s, "@@ "):
			o, n, start, ok := parseHunk(s)
			if !ok {
				return errors.New("git diff: bad hunk header " + strconv.Quote(s))
			}
			oldLeft, newLeft, newLine = o, n, start
		}
	}
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
