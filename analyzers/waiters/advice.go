package waiters

import (
	"strings"

	"github.com/awsvet/awsvet/internal/sdk"
)

// advice names the waiter to use instead, with the call that runs it.
// Several waiters may poll one operation (TableExists, TableNotExists):
// the one whose state a compared constant names ("CREATE_COMPLETE" is
// StackCreateComplete) when exactly one does; otherwise the message lists
// the candidates rather than guess (ServicesStable or ServicesInactive
// cannot be told apart from running == desired).
func advice(p *poll, compared []string) string {
	ws, exact := candidates(p.waiters, compared)
	switch {
	case p.v1 && exact:
		return "use the client's " + ws[0].Func + "WithContext(ctx, in), which bounds the wait"
	case p.v1:
		return "use the client's " + either(ws) + ", which bound the wait"
	case exact:
		return "use " + p.pkg + "." + ws[0].Func + "(client).Wait(ctx, in, maxWait), which backs off"
	}
	return "use " + p.pkg + "." + either(ws) + ", which back off"
}

// either names the candidates as a choice: "A or B", "A, B or C", and at
// most three, then "or another".
func either(ws []sdk.Waiter) string {
	var names []string
	for _, w := range ws[:min(len(ws), 3)] {
		names = append(names, w.Func)
	}
	if len(ws) > 3 {
		return strings.Join(names, ", ") + " or another"
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// candidates are the waiters the message names, and whether there is
// surely one (the only waiter of the operation, or the only one whose
// state a compared constant names). When several states are named, those;
// when none is, every waiter of the operation.
func candidates(ws []sdk.Waiter, compared []string) ([]sdk.Waiter, bool) {
	if len(ws) == 1 {
		return ws, true
	}
	var named []sdk.Waiter
	for _, w := range ws {
		state := squash(w.State)
		for _, v := range compared {
			if v := squash(v); len(v) >= 3 && strings.Contains(state, v) {
				named = append(named, w)
				break
			}
		}
	}
	switch {
	case len(named) == 1:
		return named, true
	case len(named) > 1:
		return named, false
	}
	return ws, false
}

// squash lowercases s and drops separators: CREATE_COMPLETE and
// StackCreateComplete's tail compare as "createcomplete".
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '_', '-', ' ', '.':
			return -1
		}
		return r
	}, strings.ToLower(s))
}
