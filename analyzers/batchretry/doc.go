// Package batchretry defines an Analyzer that reports batch operations
// whose partial failures are never looked at.
//
// # Analyzer batchretry
//
// batchretry: report batch AWS operations whose failed entries are never checked: UnprocessedItems/UnprocessedKeys, Failed, failure counts, DeleteObjects Errors (v1 and v2)
//
// Batch APIs succeed while some of their entries fail: a BatchWriteItem
// under load returns no error and hands back the throttled writes in
// UnprocessedItems, which AWS says to resend with exponential backoff.
// The SDK's retryer only sees whole requests, so it never resends them.
// Code that checks only err loses those entries silently, and exactly
// when the table, queue or stream is busiest.
//
// The weakness is CWE-252, unchecked return value: the failure is in the
// output the call returns, not in its error, and the code never reads it
// (CWE-252 is the case of CWE-754, improper check for unusual conditions,
// where the check missing is that of a returned value).
//
// # What it flags (severity: warning)
//
// A call of one of these operations, in either SDK generation (v1 also
// its WithContext and Request forms), whose output is dropped ("_, err
// :=", or the call as a statement) or kept in a variable whose failure
// fields the function never reads:
//   - DynamoDB BatchWriteItem (UnprocessedItems), BatchGetItem
//     (UnprocessedKeys), BatchExecuteStatement (each Responses entry's
//     Error);
//   - SQS SendMessageBatch, DeleteMessageBatch,
//     ChangeMessageVisibilityBatch and SNS PublishBatch (Failed);
//   - Kinesis PutRecords (FailedRecordCount, each Records entry's
//     ErrorCode), Firehose PutRecordBatch (FailedPutCount,
//     RequestResponses), EventBridge and v1 CloudWatch Events PutEvents
//     (FailedEntryCount, Entries);
//   - S3 DeleteObjects (Errors).
//
// The call may be on the service client or on an interface with the
// same method (v1's dynamodbiface.DynamoDBAPI, an application's own
// client interface), as long as it returns the operation's output.
// Reading only the successes (Successful, Deleted, ConsumedCapacity) or
// ranging over Records without reading an entry's ErrorCode is not
// checking the failures.
//
// # What it leaves alone, and why
//
// Scope: hand-written code, test-support packages included (a helper that
// empties a bucket and drops the per-key Errors says the bucket is empty
// when it is not); _test.go files are left alone because tests run
// against local emulators and small batches that are not throttled, and
// generated files because their fix belongs in the generator.
//
//   - An output returned to the caller, stored in a field, a map or a
//     package variable, or passed to a function (a helper that checks it,
//     a logger): the check may be there.
//   - Any read of a failure field: len(out.Failed) > 0, a range over
//     UnprocessedItems, *out.FailedRecordCount, an entry's ErrorCode.
//   - A call whose output and error are both thrown away in so many words
//     ("_, _ = c.ChangeMessageVisibilityBatch(...)"): a best-effort call
//     (a release, a clean-up) whose author chose to look at nothing.
//     The error dropped too is errcheck's business; a call kept as a bare
//     statement is still reported, as nothing says it was meant.
//   - All-or-nothing operations such as TransactWriteItems, PutItem or
//     SendMessage: they fail with an error the retryer sees.
//   - The SDK's own batch helpers (v1 s3manager.BatchDelete, which
//     reports failed keys in its error), and methods of the application's
//     own types that share an operation's name: they may resend the
//     failures themselves.
//
// # How to fix
//
// Resend the failed entries with capped exponential backoff until none
// are left or attempts run out, then report what is still unprocessed:
//
//	for attempt := 0; len(items) > 0; attempt++ {
//		out, err := client.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{RequestItems: items})
//		if err != nil {
//			return err
//		}
//		items = out.UnprocessedItems
//		if len(items) == 0 {
//			break
//		}
//		if attempt == maxAttempts {
//			return fmt.Errorf("%d tables with unprocessed items", len(items))
//		}
//		time.Sleep(backoff(attempt)) // capped, jittered
//	}
//
// For lists of per-entry results (SQS and SNS Failed, Kinesis Records,
// S3 Errors), collect the entries whose error is set and resend or report
// them; an error that is the sender's fault (SenderFault, an invalid
// entry) will not go away on a resend.
package batchretry

import (
	_ "embed" // doc is this file, the spec: rule.New makes Analyzer.Doc of it

	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

//go:embed doc.go
var doc string

// Rule is the rule declared beside its spec: severity, CWE, the packages
// it applies to and the scope it leaves alone. Analyzer stays a
// package-level variable, as nogo needs.
//
// A package that imports none of the batch services cannot name a batch
// output, nor call a batch operation through an interface. Test-support
// packages are read: a helper that empties a bucket and drops the
// failures misleads every test that uses it.
var Rule = rule.New(rule.Spec{Name: "batchretry", Doc: doc, Severity: report.Warning, CWE: "CWE-252", Applies: sdk.ImportsBatchService, Run: run})
var Analyzer = Rule.Analyzer
