// Package suppressed has a finding kept on purpose with a well-formed
// suppression, and suppressions that are malformed and so suppress nothing.
package suppressed

// The parser's test vector: a key-shaped value that was never issued.
//
//awsvet:ignore hardcodedkey -- made-up key for the ini parser's round trip
const vectorKeyID = "AKIAQ2LKZ7HBNW4TXE5R"

// A suppression without a reason suppresses nothing.
const pastedKeyID = "AKIAR7TMV3PDQ6XJ4ZKN" //awsvet:ignore hardcodedkey // e2e: hardcodedkey suppression

//awsvet:ignore hardcodedky -- a misspelt rule name // e2e: suppression
var region = "us-east-1"

// Keys returns the values so they are used.
func Keys() []string { return []string{vectorKeyID, pastedKeyID, region} }
