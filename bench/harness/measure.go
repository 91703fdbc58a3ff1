package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"
)

// Sample is one timed run of a whole process.
type Sample struct {
	Wall    time.Duration `json:"wall_ns"`
	MaxRSS  int64         `json:"max_rss_kib"` // peak resident set
	Exit    int           `json:"exit"`
	Stderr  string        `json:"stderr,omitempty"` // tail, for failures
	Success bool          `json:"ok"`
}

// Run runs argv in dir and measures it as GNU time does: wall clock from
// start to exit, and the peak RSS the kernel reports in the child's rusage
// when it is reaped. Linux's ru_maxrss for a reaped child is the largest
// peak of the child and of every descendant it waited for (go list,
// compilers), not their sum: the figure that tells whether a run fits in
// memory. okExit lists the exit codes that mean the tool worked (awsvet
// exits 1 when it finds something).
func Run(dir string, env []string, stdout string, okExit []int, argv ...string) Sample {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir, cmd.Env = dir, env
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if stdout != "" {
		f, err := os.Create(stdout)
		if err != nil {
			return Sample{Exit: -1, Stderr: err.Error()}
		}
		defer f.Close()
		cmd.Stdout = f
	}
	start := time.Now()
	err := cmd.Run()
	s := Sample{Wall: time.Since(start), Exit: -1}
	if cmd.ProcessState != nil {
		s.Exit = cmd.ProcessState.ExitCode()
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			s.MaxRSS = ru.Maxrss
		}
	} else if err != nil {
		errb.WriteString(err.Error())
	}
	for _, c := range okExit {
		s.Success = s.Success || s.Exit == c
	}
	if !s.Success {
		s.Stderr = tail(errb.String(), 2000)
	}
	return s
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "..." + s[len(s)-n:]
}

func (s Sample) String() string {
	return fmt.Sprintf("%.2fs %dMB exit %d", s.Wall.Seconds(), s.MaxRSS>>10, s.Exit)
}
