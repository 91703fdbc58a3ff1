package sdk_test

import (
	"fmt"
	"go/types"
	"slices"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/sdk"
)

// states spells the waiters of one operation for comparison.
func states(ws []sdk.Waiter) []string {
	var out []string
	for _, w := range ws {
		out = append(out, fmt.Sprintf("%s(%s)", w.Func, w.State))
	}
	return out
}

// TestV2Waiters: the waiters are read from the pinned service packages,
// by the operation their client interface names; paginators, which take
// the same interfaces, and operations without a waiter are absent.
func TestV2Waiters(t *testing.T) {
	ddb := sdk.V2Waiters(real(t, sdk.V2Root+"/service/dynamodb"))
	if got, want := states(ddb["DescribeTable"]), []string{"NewTableExistsWaiter(TableExists)", "NewTableNotExistsWaiter(TableNotExists)"}; !slices.Equal(got, want) {
		t.Errorf("dynamodb DescribeTable waiters = %q, want %q", got, want)
	}
	for _, op := range []string{"PutItem", "ListTables", "Scan", "BatchWriteItem"} {
		if ws := ddb[op]; ws != nil {
			t.Errorf("dynamodb %s has waiters %q, want none", op, states(ws))
		}
	}
	cfn := sdk.V2Waiters(real(t, sdk.V2Root+"/service/cloudformation"))
	if got := states(cfn["DescribeStacks"]); !slices.Contains(got, "NewStackCreateCompleteWaiter(StackCreateComplete)") || !slices.Contains(got, "NewStackDeleteCompleteWaiter(StackDeleteComplete)") {
		t.Errorf("cloudformation DescribeStacks waiters = %q, want the create and delete ones among them", got)
	}
	if ws := cfn["ListStackSetOperations"]; ws != nil {
		t.Errorf("cloudformation ListStackSetOperations has waiters %q, want none", states(ws))
	}
	if got := states(sdk.V2Waiters(real(t, sdk.V2S3))["HeadObject"]); !slices.Contains(got, "NewObjectExistsWaiter(ObjectExists)") {
		t.Errorf("s3 HeadObject waiters = %q, want NewObjectExistsWaiter among them", got)
	}
	if ws := sdk.V2Waiters(real(t, sdk.V2Config)); ws != nil {
		t.Errorf("config (not a service) has waiters %v", ws)
	}
}

// TestV1Waiters: a v1 client's WaitUntil methods are mapped to the
// operation of their input type; the WithContext forms are not counted twice.
func TestV1Waiters(t *testing.T) {
	client := lookup(t, sdk.V1Root+"/service/dynamodb", "DynamoDB").Type()
	ddb := sdk.V1Waiters(client)
	if got, want := states(ddb["DescribeTable"]), []string{"WaitUntilTableExists(TableExists)", "WaitUntilTableNotExists(TableNotExists)"}; !slices.Equal(got, want) {
		t.Errorf("v1 dynamodb DescribeTable waiters = %q, want %q", got, want)
	}
	if ws := ddb["PutItem"]; ws != nil {
		t.Errorf("v1 dynamodb PutItem has waiters %q, want none", states(ws))
	}
	cfn := sdk.V1Waiters(lookup(t, sdk.V1Root+"/service/cloudformation", "CloudFormation").Type())
	if got := states(cfn["DescribeStacks"]); !slices.Contains(got, "WaitUntilStackCreateComplete(StackCreateComplete)") {
		t.Errorf("v1 cloudformation DescribeStacks waiters = %q, want WaitUntilStackCreateComplete among them", got)
	}
	if ws := sdk.V1Waiters(lookup(t, sdk.V1Session, "Session").Type()); ws != nil {
		t.Errorf("session.Session (not a client) has waiters %v", ws)
	}
}

// TestPolledOperation: the operation names waiters are keyed by, from the
// methods code calls.
func TestPolledOperation(t *testing.T) {
	v1 := sdk.V1Root + "/service/dynamodb"
	for _, c := range []struct {
		path, typ, method, want string
	}{
		{sdk.V2Root + "/service/dynamodb", "Client", "DescribeTable", "DescribeTable"},
		{v1, "DynamoDB", "DescribeTable", "DescribeTable"},
		{v1, "DynamoDB", "DescribeTableWithContext", "DescribeTable"},
		{v1, "DynamoDB", "ScanPagesWithContext", ""},
		{v1, "DynamoDB", "DescribeTableRequest", ""},
		{v1, "DynamoDB", "WaitUntilTableExists", ""},
		// The interface a v1 client implements for tests.
		{v1 + "/dynamodbiface", "DynamoDBAPI", "DescribeTableWithContext", "DescribeTable"},
		{v1 + "/dynamodbiface", "DynamoDBAPI", "ScanPages", ""},
		{v1 + "/dynamodbiface", "DynamoDBAPI", "DescribeTableRequest", ""},
	} {
		want := c.path
		if c.want != "" {
			want = strings.TrimSuffix(c.path, "/dynamodbiface")
		}
		got, pkg := sdk.PolledOperation(method(t, c.path, c.typ, c.method))
		if got != c.want || (got != "") != (pkg != nil) || pkg != nil && pkg.Path() != want {
			t.Errorf("PolledOperation(%s.%s) = %q, %v, want %q of %s", c.typ, c.method, got, pkg, c.want, want)
		}
	}
	// A plain function, and nil, are no operation.
	for _, fn := range []*types.Func{function(t, sdk.V2AWS, "String"), nil} {
		if got, pkg := sdk.PolledOperation(fn); got != "" || pkg != nil {
			t.Errorf("PolledOperation(%v) = %q, %v, want none", fn, got, pkg)
		}
	}
}

// TestV1ClientOf: the client type of a v1 service package, found by its
// shape, for calls through an interface.
func TestV1ClientOf(t *testing.T) {
	if got := sdk.V1ClientOf(real(t, sdk.V1Root+"/service/cloudformation")); got == nil || got.String() != sdk.V1Root+"/service/cloudformation.CloudFormation" {
		t.Errorf("V1ClientOf(cloudformation) = %v", got)
	}
	if got := sdk.V1ClientOf(real(t, sdk.V2Root+"/service/dynamodb")); got != nil {
		t.Errorf("V1ClientOf(v2 dynamodb) = %v, want nil", got)
	}
}

// TestWaitsOnError: every operation of the error-decided table has
// waiters in both pinned SDKs, and is known by its package in either;
// an operation whose waiters read the output, or one of another service,
// is not in it.
func TestWaitsOnError(t *testing.T) {
	entries := sdk.ErrorDecided()
	if len(entries) == 0 {
		t.Fatal("the error-decided table is empty")
	}
	for _, e := range entries {
		svc, op, _ := strings.Cut(e, ".")
		v2 := real(t, sdk.V2Root+"/service/"+svc)
		v1 := real(t, sdk.V1Root+"/service/"+svc)
		if ws := sdk.V2Waiters(v2)[op]; len(ws) == 0 {
			t.Errorf("%s: no v2 waiter polls it", e)
		}
		if ws := sdk.V1Waiters(sdk.V1ClientOf(v1))[op]; len(ws) == 0 {
			t.Errorf("%s: no v1 waiter polls it", e)
		}
		if !sdk.WaitsOnError(v2, op) || !sdk.WaitsOnError(v1, op) {
			t.Errorf("WaitsOnError(%s) is false in one of the SDKs", e)
		}
	}
	for _, c := range []struct{ path, op string }{
		{sdk.V2Root + "/service/dynamodb", "DescribeTable"},
		{sdk.V2S3, "GetObject"},
		{sdk.V1Root + "/service/s3", "ListObjects"},
		{sdk.V2Config, "HeadBucket"},
	} {
		if sdk.WaitsOnError(real(t, c.path), c.op) {
			t.Errorf("WaitsOnError(%s, %s) = true, want false", c.path, c.op)
		}
	}
}
