package waiters

import (
	"go/types"
	"testing"
)

// TestImportsService: the fast path lets through only packages that
// import a service package of either SDK; the SDK's core packages have no
// operation to poll.
func TestImportsService(t *testing.T) {
	for _, c := range []struct {
		imports []string
		want    bool
	}{
		{nil, false},
		{[]string{"time", "github.com/aws/aws-sdk-go-v2/aws", "github.com/aws/aws-sdk-go-v2/config"}, false},
		{[]string{"github.com/aws/aws-sdk-go/aws/session", "github.com/aws/aws-sdk-go/service/s3/s3manager"}, false},
		{[]string{"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"}, false},
		{[]string{"time", "github.com/aws/aws-sdk-go-v2/service/dynamodb"}, true},
		{[]string{"github.com/aws/aws-sdk-go/service/ec2"}, true},
	} {
		pkg := types.NewPackage("example.com/p", "p")
		var imps []*types.Package
		for _, path := range c.imports {
			imps = append(imps, types.NewPackage(path, "x"))
		}
		pkg.SetImports(imps)
		if got := importsService(pkg); got != c.want {
			t.Errorf("importsService(%q) = %v, want %v", c.imports, got, c.want)
		}
	}
}
