package waiters

import "testing"

// TestSubject: a waiter's subject is the first word of its state,
// acronyms whole, plural made singular.
func TestSubject(t *testing.T) {
	for state, want := range map[string]string{
		"TableExists":         "Table",
		"ServicesStable":      "Service",
		"DBInstanceAvailable": "DB",
		"StackCreateComplete": "Stack",
		"TargetInService":     "Target",
		"VPCAvailable":        "VPC",
		"TasksRunning":        "Task",
	} {
		if got := subject(state); got != want {
			t.Errorf("subject(%q) = %q, want %q", state, got, want)
		}
	}
}
