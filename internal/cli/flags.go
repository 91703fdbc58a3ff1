package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// ParseFlags parses args the way Go's own commands do: -h and -help print the
// usage on stdout and exit 0; a bad flag is one line of error, a
// suggestion when a flag is close, and where to find the usage, instead
// of the whole usage pushing the error off the screen. done reports
// whether the command ends here, with code and err.
func ParseFlags(fs *flag.FlagSet, args []string, stdout io.Writer, usage func(io.Writer)) (code int, err error, done bool) {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err = fs.Parse(args)
	switch {
	case err == nil:
		return 0, nil, false
	case errors.Is(err, flag.ErrHelp):
		usage(stdout)
		return ExitClean, nil, true
	}
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		if near := nearest(strings.TrimPrefix(name, "-"), FlagNames(fs)); near != "" {
			msg += fmt.Sprintf(" (did you mean -%s?)", near)
		}
	}
	return ExitFailure, fmt.Errorf("%s\nrun '%s -help' for the flags and rules", msg, fs.Name()), true
}

// FlagNames lists the names of the flags defined on fs.
func FlagNames(fs *flag.FlagSet) []string {
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	return names
}

// nearest returns the name closest to a misspelt one, within two edits,
// or "".
func nearest(name string, names []string) string {
	best, bestD := "", 3
	for _, n := range names {
		if d := editDistance(name, n); d < bestD {
			best, bestD = n, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes (flag
// names are ASCII); long inputs are cut, so a hostile argument costs
// little.
func editDistance(a, b string) int {
	const max = 64
	a, b = a[:min(len(a), max)], b[:min(len(b), max)]
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
