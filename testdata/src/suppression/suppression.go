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
