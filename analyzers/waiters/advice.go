package waiters

import (
	"strings"

	"github.com/awsvet/awsvet/internal/sdk"
)

// advice names the waiter to use instead, with the call that runs it.
// Several waiters may poll one operation (TableExists, TableNotExists):
// the one whose state a compared constant names ("CREATE_COMPLETE" is
// StackCreateComplete) when exactly one does, else the first, said as
// "or another".
func advice(p *poll, compared []string) string {
	w, exact := chooseWaiter(p.waiters, compared)
	switch {
	case p.v1 && exact:
		return "use the client's " + w.Func + "WithContext(ctx, in), which bounds the wait"
	case p.v1:
		return "use the client's " + w.Func + "WithContext or another " + p.op + " waiter, which bound the wait"
	case exact:
		return "use " + p.pkg + "." + w.Func + "(client).Wait(ctx, in, maxWait), which backs off"
	}
	return "use " + p.pkg + "." + w.Func + " or another " + p.op + " waiter, which back off"
}

// chooseWaiter picks the waiter the message names, and whether it is
// surely the one (the only waiter of the operation, or the only one whose
// state a compared constant names).
func chooseWaiter(ws []sdk.Waiter, compared []string) (sdk.Waiter, bool) {
	if len(ws) == 1 {
		return ws[0], true
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
	if len(named) == 1 {
		return named[0], true
	}
	if len(named) > 1 {
		return named[0], false
	}
	return ws[0], false
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
