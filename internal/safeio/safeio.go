// Package safeio opens the files awsvet reads because a flag or the
// repository names them: configurations and the files they extend,
// .gitleaksignore, baselines, paths given to the secrets command. Such a
// name can point anywhere (a symlink committed to /dev/urandom, a FIFO, a
// directory), so every one of these reads goes through here and obeys
// one rule: the file is opened only if it is a regular file once symlinks
// are resolved, opening never blocks (a FIFO is refused, not waited on),
// and the read stops at a size cap. Every error is one line that names
// the file.
package safeio

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/awsvet/awsvet/internal/escape"
)

// Open opens name for reading when it is a regular file (symlinks
// followed) and returns it with its metadata; anything else is refused
// with an error that names it. The caller closes the file.
func Open(name string) (*os.File, fs.FileInfo, error) {
	f, err := openNoBlock(name)
	if err != nil {
		return nil, nil, named(name, err)
	}
	st, err := f.Stat() // the opened file itself: no window for a swap
	if err != nil {
		f.Close()
		return nil, nil, named(name, err)
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, nil, &Error{name, fmt.Errorf("not a regular file (%s)", kind(st.Mode()))}
	}
	return f, st, nil
}

// ReadFile reads a regular file of at most limit bytes. The cap is checked
// against the size before reading and enforced while reading, so a file
// that grows meanwhile is still cut off.
func ReadFile(name string, limit int64) ([]byte, error) {
	f, st, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st.Size() > limit {
		return nil, tooLarge(name, limit)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, named(name, err)
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(name, limit)
	}
	return data, nil
}

func tooLarge(name string, limit int64) error {
	return &Error{name, fmt.Errorf("larger than the %s limit", Size(limit))}
}

// Size writes a byte count for a message: "64 MB", "512 KB", "100 bytes".
func Size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Error is a refusal or failure to read a file: "name: why", on one line
// whatever the name holds. Err is the why alone, for callers that name
// the file their own way.
type Error struct {
	Name string
	Err  error
}

func (e *Error) Error() string { return escape.Control(e.Name) + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// named is err as an *Error, without *PathError's own copy of the name
// (and its "open" prefix). errors.Is still sees the cause.
func named(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &Error{name, err}
}

// kind names what a non-regular file is.
func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "mode " + m.String()
}

// WriteFile writes data to name, a file the user named by a flag (a
// baseline). What is already at name must be a regular file, not a FIFO
// that would block the write, a device, or a symlink that would send the
// write elsewhere; the data goes to a temporary file beside it, renamed
// over name, so a reader never sees half a file.
func WriteFile(name string, data []byte) error {
	if st, err := os.Lstat(name); err == nil && !st.Mode().IsRegular() {
		what := kind(st.Mode())
		if st.Mode()&fs.ModeSymlink != 0 {
			what = "a symbolic link"
		}
		return &Error{name, fmt.Errorf("not a regular file (%s): not overwritten", what)}
	}
	dir, base := filepath.Split(name)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*")
	if err != nil {
		return named(name, err)
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return named(name, err)
	}
	return nil
}
