package credlog

import "regexp"

// parseVerbs maps each argument a printf format consumes (0 for the
// first argument after the format) to its verb, and to where that verb
// starts (its '%'). ok is false when the format is malformed; then every
// argument counts as printed.
func parseVerbs(format string) (map[int]rune, map[int]int, bool) {
	out, starts := map[int]rune{}, map[int]int{}
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		start := i
		i++
		for i < len(format) && (format[i] == '+' || format[i] == '-' || format[i] == '#' || format[i] == ' ' || format[i] == '0') {
			i++ // flags
		}
		var ok bool
		if i, arg, ok = widthOrPrecision(format, i, arg, out); !ok {
			return nil, nil, false
		}
		if i < len(format) && format[i] == '.' {
			if i, arg, ok = widthOrPrecision(format, i+1, arg, out); !ok {
				return nil, nil, false
			}
		}
		if i, arg, ok = index(format, i, arg); !ok {
			return nil, nil, false
		}
		if i >= len(format) {
			return nil, nil, false
		}
		if format[i] == '%' {
			continue
		}
		out[arg], starts[arg] = rune(format[i]), start
		arg++
	}
	return out, starts, true
}

// widthOrPrecision reads a width, or a precision after its '.', at i: an
// optional argument index, then '*' (the value is an argument: out records
// it as consumed by '*') and digits. ok is false on a malformed index.
func widthOrPrecision(format string, i, arg int, out map[int]rune) (int, int, bool) {
	i, arg, ok := index(format, i, arg)
	if !ok {
		return i, arg, false
	}
	if i < len(format) && format[i] == '*' {
		out[arg] = '*'
		arg, i = arg+1, i+1
	}
	for i < len(format) && format[i] >= '0' && format[i] <= '9' {
		i++
	}
	return i, arg, true
}

// exportAssignment is the end of the text before a verb that binds the
// value to the variable the SDKs read it from, as a shell (export
// AWS_SECRET_ACCESS_KEY=, set, fish's set -x, PowerShell's $env:) or a
// dotenv file takes it: output meant for eval, not a leak by mistake.
// A verb may stand before the name: a prefix ("export ", "set ") the
// command chooses per shell.
var exportAssignment = regexp.MustCompile(`(?i)(^|[^a-z0-9_]|%[sv])AWS_(SECRET_ACCESS_KEY|SESSION_TOKEN|SECURITY_TOKEN)(\s*=\s*|\s+)["']?$`)

// index parses an explicit argument index [n] at format[i:].
func index(format string, i, arg int) (int, int, bool) {
	if i >= len(format) || format[i] != '[' {
		return i, arg, true
	}
	n, j := 0, i+1
	for ; j < len(format) && format[j] >= '0' && format[j] <= '9'; j++ {
		n = n*10 + int(format[j]-'0')
	}
	if j >= len(format) || format[j] != ']' || n == 0 {
		return i, arg, false
	}
	return j + 1, n - 1, true
}

// printsValue reports whether a verb writes out its argument's content:
// %T prints its type and %p its address, neither of which is secret.
func printsValue(verb rune) bool { return verb != 'T' && verb != 'p' }
