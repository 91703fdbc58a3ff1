package sdk_test

import (
	"go/types"
	"testing"

	"github.com/awsvet/awsvet/internal/sdk"
)

// v1OnlyServices are BatchOps services whose v2 module is not pinned:
// v1's cloudwatchevents is eventbridge under its old name, and v2 code
// uses eventbridge.
var v1OnlyServices = map[string]bool{"cloudwatchevents": true}

// The batch services' packages join the real packages the tests load
// (before any test runs loadReal), in both generations, with v1's
// dynamodbiface for the interface form.
func init() {
	for _, op := range sdk.BatchOps {
		realPkgs = append(realPkgs, sdk.V1Root+"/service/"+op.Service)
		if !v1OnlyServices[op.Service] {
			realPkgs = append(realPkgs, sdk.V2Root+"/service/"+op.Service)
		}
	}
	realPkgs = append(realPkgs, sdk.V1Root+"/service/dynamodb/dynamodbiface")
}

// TestBatchOpsExist: every operation of the table is a method of both
// generations' clients (v1 also WithContext and Request), BatchCallOf
// knows it by each of those forms, and its output has the failure
// fields, its entries the error fields.
func TestBatchOpsExist(t *testing.T) {
	for _, op := range sdk.BatchOps {
		paths := []string{sdk.V1Root + "/service/" + op.Service}
		if !v1OnlyServices[op.Service] {
			paths = append(paths, sdk.V2Root+"/service/"+op.Service)
		}
		for _, path := range paths {
			client := clientOf(t, path)
			forms := map[string]int{op.Name: 0}
			if sdk.IsV1(path) {
				forms[op.Name+"WithContext"] = 0
				forms[op.Name+"Request"] = 1
			}
			for name, out := range forms {
				fn := method(t, path, client, name)
				call, ok := sdk.BatchCallOf(fn)
				if !ok || call.Op.Service != op.Service || call.Op.Name != op.Name || call.Output != out || call.Request != (out == 1) {
					t.Errorf("BatchCallOf(%s.%s.%s) = %+v, %v; want %s, output %d", path, client, name, call, ok, op.Name, out)
				}
			}
			output := lookup(t, path, op.Name+"Output").Type()
			for _, f := range op.Failure {
				field(t, output, f)
			}
			if op.Entries == "" {
				if len(op.EntryError) > 0 {
					t.Errorf("%s: entry error fields without an entries field", op.Name)
				}
				continue
			}
			if len(op.EntryError) == 0 {
				t.Errorf("%s: entries field %s without its error fields", op.Name, op.Entries)
				continue
			}
			list, ok := field(t, output, op.Entries).Type().Underlying().(*types.Slice)
			if !ok {
				t.Errorf("%s.%s is not a list", op.Name, op.Entries)
				continue
			}
			for _, f := range op.EntryError {
				field(t, list.Elem(), f)
			}
		}
	}
}

// TestBatchCallOfLeavesOthersAlone: all-or-nothing operations and other
// operations are no batch calls; v1's interface of a client is one.
func TestBatchCallOfLeavesOthersAlone(t *testing.T) {
	v2dynamo, v1dynamo := sdk.V2Root+"/service/dynamodb", sdk.V1Root+"/service/dynamodb"
	for _, fn := range []*types.Func{
		method(t, v2dynamo, "Client", "TransactWriteItems"),
		method(t, v1dynamo, "DynamoDB", "TransactWriteItemsWithContext"),
		method(t, v2dynamo, "Client", "PutItem"),
		method(t, sdk.V2S3, "Client", "DeleteObject"),
		method(t, sdk.V1Root+"/service/s3", "S3", "DeleteObjectRequest"),
		method(t, sdk.V2Root+"/service/sqs", "Client", "SendMessage"),
	} {
		if call, ok := sdk.BatchCallOf(fn); ok {
			t.Errorf("BatchCallOf(%s) = %+v, want none", fn.FullName(), call)
		}
	}
	iface := method(t, v1dynamo+"/dynamodbiface", "DynamoDBAPI", "BatchWriteItemWithContext")
	if call, ok := sdk.BatchCallOf(iface); !ok || call.Op.Name != "BatchWriteItem" {
		t.Errorf("BatchCallOf(dynamodbiface.DynamoDBAPI.BatchWriteItemWithContext) = %+v, %v", call, ok)
	}
}

func TestImportsBatchService(t *testing.T) {
	pkgOf := func(imports ...string) *types.Package {
		p := types.NewPackage("example.test/p", "p")
		var imps []*types.Package
		for _, path := range imports {
			imps = append(imps, real(t, path))
		}
		p.SetImports(imps)
		return p
	}
	for _, c := range []struct {
		imports []string
		want    bool
	}{
		{[]string{sdk.V2Root + "/service/sqs"}, true},
		{[]string{sdk.V1Root + "/service/kinesis"}, true},
		{[]string{sdk.V1Root + "/service/dynamodb/dynamodbiface"}, true},
		{[]string{sdk.V2Root + "/service/sts", sdk.V2Config}, false},
		{[]string{sdk.V1Root + "/service/sts", sdk.V1Session}, false},
		{nil, false},
	} {
		if got := sdk.ImportsBatchService(pkgOf(c.imports...)); got != c.want {
			t.Errorf("ImportsBatchService(%q) = %v, want %v", c.imports, got, c.want)
		}
	}
}

// clientOf returns the name of the service package's client type: the
// type its New function returns.
func clientOf(t *testing.T, path string) string {
	t.Helper()
	name := "New"
	if sdk.IsV2(path) {
		name = "NewFromConfig"
	}
	res := function(t, path, name).Signature().Results()
	n, ok := types.Unalias(res.At(0).Type().(*types.Pointer).Elem()).(*types.Named)
	if !ok {
		t.Fatalf("%s.%s does not return a named client", path, name)
	}
	return n.Obj().Name()
}
