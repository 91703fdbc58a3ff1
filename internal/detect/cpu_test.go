package detect_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used (user and system, all
// threads): throughput per CPU second stays meaningful on a loaded machine,
// where wall time does not.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
