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

// TestNamedToPoll: which helpers' names say they call a function again
// at a fixed interval: k8s.io/apimachinery's wait.Poll family and
// terratest's retries do; a backoff library's other helpers, helpers
// named for a growing delay and those that run the function once do not.
func TestNamedToPoll(t *testing.T) {
	const wait = "k8s.io/apimachinery/pkg/util/wait"
	const retry = "github.com/gruntwork-io/terratest/modules/retry"
	for _, c := range []struct {
		path, name string
		want       bool
	}{
		{wait, "PollImmediateUntil", true},
		{wait, "PollUntilContextTimeout", true},
		{wait, "ExponentialBackoff", false},
		{wait, "JitterUntil", false},
		{"github.com/hashicorp/terraform-provider-aws/internal/tfresource", "RetryWhen", false},
		{retry, "DoWithRetryE", true},
		{retry, "DoWithRetryableErrorsE", true},
		{retry, "DoWithTimeoutE", false},
		{"example.com/mine", "retryWithBackoff", false},
		{"example.com/mine", "eventually", true},
		{"time", "AfterFunc", false},
	} {
		if got := namedToPoll(c.path, c.name); got != c.want {
			t.Errorf("namedToPoll(%s, %s) = %v, want %v", c.path, c.name, got, c.want)
		}
	}
}
