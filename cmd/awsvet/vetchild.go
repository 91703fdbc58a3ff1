package main

import (
	"bufio"
	"errors"
	"io"
	"os"
	"os/exec"

	"github.com/awsvet/awsvet/internal/redact"
)

// vetChildEnv marks the process that go vet's request is handed to.
const vetChildEnv = "AWSVET_VET_CHILD"

// vetRedacted serves one go vet (or go fix) request for a package, the
// *.cfg call, in a child process whose standard error passes through the
// redaction. unitchecker prints a package's type errors itself, straight
// to os.Stderr, and exits; go/types quotes the source in them (keys
// included), so this is the one place that can mask them. Standard
// output, where go vet reads the findings as JSON, is the child's own:
// findings carry no secret. It returns the child's exit code.
func vetRedacted(args []string) int {
	self, err := os.Executable()
	if err != nil {
		return -1
	}
	cmd := exec.Command(self, args...)
	cmd.Env = append(os.Environ(), vetChildEnv+"=1")
	cmd.Stdin, cmd.Stdout = os.Stdin, os.Stdout
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return -1
	}
	if err := cmd.Start(); err != nil {
		return -1
	}
	copyRedacted(os.Stderr, stderr)
	err = cmd.Wait()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit) && exit.ExitCode() >= 0:
		return exit.ExitCode()
	}
	os.Stderr.WriteString("awsvet: " + redact.Text(err.Error()) + "\n")
	return 1
}

// copyRedacted copies r to w line by line through redact.Text.
func copyRedacted(w io.Writer, r io.Reader) {
	br := bufio.NewReader(r)
	for {
		line, err := br.ReadString('\n')
		if line != "" {
			io.WriteString(w, redact.Text(line))
		}
		if err != nil {
			return
		}
	}
}
