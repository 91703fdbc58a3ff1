package secrets

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"sync"
)

// gitConfig neutralises the user settings that would change the output
// awsvet parses: diff prefixes, external diff drivers, textconv, colour,
// signature display, submodule diff format and quoting of non-ASCII paths.
var gitConfig = []string{
	"-c", "core.quotePath=false",
	"-c", "diff.noprefix=false",
	"-c", "diff.mnemonicPrefix=false",
	"-c", "diff.relative=false",
	"-c", "log.showSignature=false",
	"-c", "color.ui=false",
	"-c", "diff.submodule=short", // "Subproject commit", which the diff parser knows
}

// git returns a git command run in dir with awsvet's fixed settings.
func git(dir string, args ...string) *exec.Cmd {
	return exec.Command("git", append(append([]string{"-C", dir}, gitConfig...), args...)...)
}

// gitOutput runs git and returns its standard output; the error quotes
// git's own message.
func gitOutput(dir string, args ...string) ([]byte, error) {
	cmd := git(dir, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, gitError(args, err, &stderr)
	}
	return out, nil
}

func gitError(args []string, err error, stderr *bytes.Buffer) error {
	msg := strings.TrimSpace(stderr.String())
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	if msg == "" {
		msg = err.Error()
	}
	return fmt.Errorf("git %s: %s", args[0], msg)
}

// gitTop returns the top of the work tree holding dir. With bareOK (the
// history scan, which reads only commits) a bare repository is accepted
// too, and its git directory is returned: CI and servers scan mirrors.
func gitTop(dir string, bareOK bool) (string, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return "", errors.New("git not found on PATH (the -staged, -since and -history modes run it)")
	}
	out, err := gitOutput(dir, "rev-parse", "--show-toplevel")
	if err == nil {
		return strings.TrimSpace(string(out)), nil
	}
	if bareOK {
		if out, err := gitOutput(dir, "rev-parse", "--is-bare-repository", "--absolute-git-dir"); err == nil {
			if lines := strings.SplitN(strings.TrimSuffix(string(out), "\n"), "\n", 2); len(lines) == 2 && lines[0] == "true" {
				return lines[1], nil
			}
		}
		return "", errors.New("not in a git repository (-history needs one, bare or not)")
	}
	return "", errors.New("not in a git work tree (the -staged and -since modes need one)")
}

// cmdReader is the standard output of a running command; Close waits for
// the command and reports its failure with its standard error.
type cmdReader struct {
	io.Reader
	cmd    *exec.Cmd
	stderr *bytes.Buffer
	once   sync.Once
	err    error
}

func startReader(cmd *exec.Cmd) (*cmdReader, error) {
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	r := &cmdReader{Reader: out, cmd: cmd, stderr: new(bytes.Buffer)}
	cmd.Stderr = r.stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return r, nil
}

func (r *cmdReader) Close() error {
	r.once.Do(func() {
		_, _ = io.Copy(io.Discard, r.Reader) // let git finish writing
		if err := r.cmd.Wait(); err != nil {
			r.err = gitError(r.cmd.Args[len(gitConfig)+3:], err, r.stderr)
		}
	})
	return r.err
}

// blobReader reads blobs by id through one "git cat-file --batch".
type blobReader struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
}

func newBlobReader(dir string) (*blobReader, error) {
	cmd := git(dir, "cat-file", "--batch")
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return &blobReader{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 64<<10)}, nil
}

// read returns the content of a blob, or tooLarge with its size when it
// is over limit (0: no limit).
func (b *blobReader) read(id string, limit int64) (data []byte, size int64, tooLarge bool, err error) {
	if _, err := io.WriteString(b.in, id+"\n"); err != nil {
		return nil, 0, false, err
	}
	header, err := b.out.ReadString('\n')
	if err != nil {
		return nil, 0, false, fmt.Errorf("git cat-file: %v", err)
	}
	fields := strings.Fields(header)
	if len(fields) != 3 {
		return nil, 0, false, fmt.Errorf("git cat-file: object %s: %s", id, strings.TrimSpace(header))
	}
	size, err = strconv.ParseInt(fields[2], 10, 64)
	if err != nil {
		return nil, 0, false, fmt.Errorf("git cat-file: bad header %q", strings.TrimSpace(header))
	}
	if limit > 0 && size > limit {
		_, err := b.out.Discard(int(size) + 1)
		return nil, size, true, err
	}
	data = make([]byte, size+1) // the content and git's trailing newline
	if _, err := io.ReadFull(b.out, data); err != nil {
		return nil, 0, false, fmt.Errorf("git cat-file: %v", err)
	}
	return data[:size], size, false, nil
}

func (b *blobReader) Close() error {
	b.in.Close()
	return b.cmd.Wait()
}
