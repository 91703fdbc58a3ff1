// Fixtures for the suppression check: malformed //awsvet:ignore comments.
package suppression

import "os"

func f() {
	//awsvet:ignore hardcodedkey -- fixture value, not a key
	_ = os.Getenv("A")

	//awsvet:ignore hardcodedkey // want `this //awsvet:ignore gives no reason`
	_ = os.Getenv("B")

	_ = os.Getenv("C") //awsvet:ignore hardcodedkey,nosuchrule -- both named // want `names unknown rule nosuchrule`

	//awsvet:ignore -- forgot the rule // want `names no rule`
	_ = os.Getenv("D")

	//awsvet:ignore hardcodedky -- typo // want `names unknown rule hardcodedky`
	_ = os.Getenv("E")

	//awsvet:ignore clientreuse,regoin -- cold path // want `names unknown rule regoin`
	_ = os.Getenv("G")

	//awsvet:ignore secrets/generic-api-key -- a secrets rule id is known
	_ = os.Getenv("F")
}

// This comment mentions awsvet:ignore in prose and is not a directive.
var _ = "//awsvet:ignore in a string is not a directive either"

// Well-formed directives, in the shapes teams write them.
func wellFormed() {
	//awsvet:ignore hardcodedkey,hardcodedsecret -- documented example credentials from the AWS guide
	_ = os.Getenv("H")

	_ = os.Getenv("I") //awsvet:ignore envcreds -- the test harness sets these -- and resets them
}

// Other tools' directives are theirs to check.
func otherTools() {
	//nolint:gosec // the value is read from the environment
	_ = os.Getenv("J")

	//lint:ignore SA1019 the old client is kept for the migration
	_ = os.Getenv("K")

	//nolint:awsvet
	_ = os.Getenv("L")
}

// A directive quoted in documentation, after other text:
// write "//awsvet:ignore <rule> -- <reason>" above the line.
func documented() {}
