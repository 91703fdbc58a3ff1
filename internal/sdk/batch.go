package sdk

import (
	"go/types"
	"strings"

	"github.com/awsvet/awsvet/internal/gocode"
)

// BatchOp is an operation that succeeds while some of its entries fail:
// the request returns no error, and the output says which entries were
// not processed (throttled, too large, invalid). The SDK's retryer sees
// only the whole request, so it never resends them.
//
// The table is kept by hand rather than derived from the output types:
// fields named Failed* or Errors exist in many outputs that are not batch
// results, and the per-entry errors of PutRecords or BatchExecuteStatement
// sit inside a list of every entry's result, which no name gives away.
// batch_test.go checks every name against both pinned SDK generations.
type BatchOp struct {
	Service string // the service package's name in both generations: dynamodb, sqs
	Name    string // the operation: BatchWriteItem
	// Failure are the output fields that hold or count the failed
	// entries; reading any of them is looking at the partial failure.
	Failure []string
	// Entries is the output field listing every entry's result (failed
	// ones included), or "".
	Entries string
	// EntryError are the fields of an Entries element that say the entry
	// failed; the list is looked at when one of them is read.
	EntryError []string
}

// BatchOps are the batch operations with partial failures. Transactions
// (TransactWriteItems) are all or nothing: they fail as a whole, with an
// error the retryer sees.
var BatchOps = []BatchOp{
	{Service: "dynamodb", Name: "BatchWriteItem", Failure: []string{"UnprocessedItems"}},
	{Service: "dynamodb", Name: "BatchGetItem", Failure: []string{"UnprocessedKeys"}},
	{Service: "dynamodb", Name: "BatchExecuteStatement", Entries: "Responses", EntryError: []string{"Error"}},
	{Service: "sqs", Name: "SendMessageBatch", Failure: []string{"Failed"}},
	{Service: "sqs", Name: "DeleteMessageBatch", Failure: []string{"Failed"}},
	{Service: "sqs", Name: "ChangeMessageVisibilityBatch", Failure: []string{"Failed"}},
	{Service: "sns", Name: "PublishBatch", Failure: []string{"Failed"}},
	{Service: "kinesis", Name: "PutRecords", Failure: []string{"FailedRecordCount"}, Entries: "Records", EntryError: []string{"ErrorCode", "ErrorMessage"}},
	{Service: "firehose", Name: "PutRecordBatch", Failure: []string{"FailedPutCount"}, Entries: "RequestResponses", EntryError: []string{"ErrorCode", "ErrorMessage"}},
	{Service: "eventbridge", Name: "PutEvents", Failure: []string{"FailedEntryCount"}, Entries: "Entries", EntryError: []string{"ErrorCode", "ErrorMessage"}},
	// v1's CloudWatch Events client is EventBridge under its old name.
	{Service: "cloudwatchevents", Name: "PutEvents", Failure: []string{"FailedEntryCount"}, Entries: "Entries", EntryError: []string{"ErrorCode", "ErrorMessage"}},
	{Service: "s3", Name: "DeleteObjects", Failure: []string{"Errors"}},
}

// batchServices are the service names of BatchOps.
var batchServices = func() map[string]bool {
	m := map[string]bool{}
	for _, op := range BatchOps {
		m[op.Service] = true
	}
	return m
}()

// FailureField names where the op's failed entries are, for a message:
// the first failure field, or the error field of an entry
// ("UnprocessedItems", "FailedRecordCount", "Responses[i].Error").
func (op BatchOp) FailureField() string {
	if len(op.Failure) > 0 {
		return op.Failure[0]
	}
	return op.Entries + "[i]." + op.EntryError[0]
}

// BatchCall is a call of a batch operation: which one, and which of the
// call's results is its output.
type BatchCall struct {
	Op BatchOp
	// Output is the index of the output among the call's results: 0 for
	// Op and OpWithContext, 1 for v1's OpRequest (the output it fills
	// when the request is sent).
	Output int
	// Request tells v1's OpRequest form, whose result 0 is the request.
	Request bool
}

// BatchCallOf returns the batch operation fn calls: a method named like
// the operation (v1 also OpWithContext and OpRequest) that returns the
// operation's output type, on an SDK service client or on an interface
// (v1's dynamodbiface.DynamoDBAPI, an application's own client
// interface, a mock). Methods of other concrete types are left alone:
// they may be the application's wrappers that resend the failed entries
// themselves.
func BatchCallOf(fn *types.Func) (BatchCall, bool) {
	recv := gocode.RecvType(fn)
	if recv == nil || !types.IsInterface(recv) && !IsV1ServiceClient(recv) && !IsV2ServiceClient(recv) {
		return BatchCall{}, false
	}
	results := fn.Signature().Results()
	name, request := fn.Name(), false
	if base, ok := strings.CutSuffix(name, "Request"); ok && results.Len() == 2 && gocode.IsNamed(results.At(0).Type(), V1Request, "Request") {
		name, request = base, true
	} else if results.Len() != 2 || !gocode.IsError(results.At(1).Type()) {
		return BatchCall{}, false
	}
	name = strings.TrimSuffix(name, "WithContext")
	out := 0
	if request {
		out = 1
	}
	n := gocode.NamedOf(results.At(out).Type())
	if n == nil || n.Obj().Pkg() == nil || n.Obj().Name() != name+"Output" {
		return BatchCall{}, false
	}
	path := n.Obj().Pkg().Path()
	if !IsV1ServicePackage(path) && !IsV2ServicePackage(path) {
		return BatchCall{}, false
	}
	service := path[strings.LastIndex(path, "/")+1:]
	for _, op := range BatchOps {
		if op.Service == service && op.Name == name {
			return BatchCall{Op: op, Output: out, Request: request}, true
		}
	}
	return BatchCall{}, false
}

// ImportsBatchService reports whether pkg imports, directly, a service
// package of BatchOps (v1 or v2) or v1's interface package of one
// (dynamodbiface): the fast path of the batch rules, as a package that
// imports none of them cannot name a batch output.
func ImportsBatchService(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		path := imp.Path()
		if IsV1(path) && strings.HasSuffix(imp.Name(), "iface") {
			path = strings.TrimSuffix(path, "/"+imp.Name()) // .../service/sqs/sqsiface
		}
		if !IsV1ServicePackage(path) && !IsV2ServicePackage(path) {
			continue
		}
		if batchServices[path[strings.LastIndex(path, "/")+1:]] {
			return true
		}
	}
	return false
}
