package hardcodedkey

// Negative: a finding kept with a reason, on the line above or the same line.
//
//awsvet:ignore hardcodedkey -- parser fixture, the key was never issued
const suppressedAbove = "AKIAJGXBENYJQWX6HH75"

const suppressedSameLine = "AKIAOA7LQSAJ2XUIDZZ5" //awsvet:ignore hardcodedkey -- parser fixture

// Positive: a suppression without a reason suppresses nothing.
const notSuppressed = "AKIAZZG6ZDMEN4KHVDG7" //awsvet:ignore hardcodedkey // want `hardcoded AWS access key ID AKIA…HVDG7`

// Positive: a suppression for another rule does not cover this one.
//
//awsvet:ignore region -- wrong rule
const otherRule = "AKIAPFT7V4SEH2KVJ7ZC" // want `hardcoded AWS access key ID AKIA…VJ7ZC`
