package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// run runs a command in the fixture module and returns stdout, stderr
// and the exit code.
//
// The command writes to files, never to pipes, so that a go vet this test
// binary leaves behind when it dies (a -timeout panic kills it, not its
// children) finishes its run instead of dying of SIGPIPE. Go 1.26's go
// vet saves a package's facts in the build cache under the vet action's
// ID, then copies the tool's JSON to its own standard output, and only
// then saves that JSON under a subkey; a later run that finds the facts
// but not the subkey takes the package as one with no findings
// (cmd/go/internal/work, (*Builder).vet). A go vet killed by a broken
// pipe in between so leaves a package that every later run of the same
// awsvet binary and flags reports as clean: TestRuleOptions lost
// fixregion's finding that way after a timed-out go test ./... .
func run(t *testing.T, dir, name string, args ...string) (stdout, stderr []byte, code int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	outFile, errFile := outputFile(t), outputFile(t)
	cmd.Stdout, cmd.Stderr = outFile, errFile
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		code = exit.ExitCode()
	default:
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return readBack(t, outFile), readBack(t, errFile), code
}

// outputFile is an empty file, removed at the end of the test, for one
// output of a command.
func outputFile(t *testing.T) *os.File {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "output")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// readBack reads what a command wrote to f.
func readBack(t *testing.T, f *os.File) []byte {
	t.Helper()
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// stdioProbeEnv makes the test binary, started by run, report whether its
// standard output or error is a pipe (TestRunWritesToFiles).
const stdioProbeEnv = "AWSVET_TEST_STDIO_PROBE"

// probeStdio is the test binary's exit code in stdioProbeEnv mode: 1 when
// standard output or standard error is a pipe.
func probeStdio() int {
	for _, f := range []*os.File{os.Stdout, os.Stderr} {
		info, err := f.Stat()
		if err != nil || info.Mode()&os.ModeNamedPipe != 0 {
			fmt.Fprintf(os.Stderr, "%s is a pipe (or cannot be read: %v)\n", f.Name(), err)
			return 1
		}
	}
	return 0
}

// TestRunWritesToFiles: the commands the tests start (go vet among them)
// write to files, so none can die of a broken pipe when the test binary
// dies first (see run).
func TestRunWritesToFiles(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv(stdioProbeEnv, "1")
	_, errOut, code := run(t, t.TempDir(), self)
	if code != 0 {
		t.Fatalf("a command started by run writes to a pipe: %s", errOut)
	}
}
