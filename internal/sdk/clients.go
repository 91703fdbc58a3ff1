package sdk

import (
	"go/types"
	"strings"

	"github.com/awsvet/awsvet/internal/gocode"
)

// IsV2ServiceClient reports whether t is (a pointer to) a v2 service client,
// the Client type of a generated package such as s3.Client.
func IsV2ServiceClient(t types.Type) bool {
	n := gocode.NamedOf(t)
	if n == nil || n.Obj().Pkg() == nil || n.Obj().Name() != "Client" {
		return false
	}
	return IsV2ServicePackage(n.Obj().Pkg().Path())
}

// IsV1ServiceClient reports whether t is (a pointer to) a v1 service client
// such as *s3.S3: a named struct in a v1 service package that embeds
// *client.Client.
func IsV1ServiceClient(t types.Type) bool {
	n := gocode.NamedOf(t)
	if n == nil || n.Obj().Pkg() == nil || !IsV1ServicePackage(n.Obj().Pkg().Path()) {
		return false
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if f.Embedded() && gocode.IsNamed(f.Type(), V1Client, "Client") {
			return true
		}
	}
	return false
}

// IsV2ServiceClientMethod reports whether fn is an operation method of a v2
// service client (s3.Client.GetObject, ...). Options() is not an operation.
func IsV2ServiceClientMethod(fn *types.Func) bool {
	recv := gocode.RecvType(fn)
	return recv != nil && fn.Exported() && fn.Name() != "Options" && IsV2ServiceClient(recv)
}

// IsV1ServiceClientMethod reports whether fn is an operation method of a v1
// service client: GetObject, GetObjectWithContext, and the paginated
// ...Pages forms, but not the ...Request builders (they send nothing) nor
// the Wait... waiters.
func IsV1ServiceClientMethod(fn *types.Func) bool {
	recv := gocode.RecvType(fn)
	if recv == nil || !fn.Exported() || !IsV1ServiceClient(recv) {
		return false
	}
	name := fn.Name()
	return !strings.HasSuffix(name, "Request") && !strings.HasPrefix(name, "WaitUntil") && name != "NewRequest"
}

// IsV1RequestSend reports whether fn is (*request.Request).Send, the call
// that sends a v1 request built by an ...Request method.
func IsV1RequestSend(fn *types.Func) bool { return gocode.IsMethod(fn, V1Request, "Request", "Send") }

// IsServiceOperation reports whether fn sends an AWS request: a v2 or v1
// service client operation, or v1 (*request.Request).Send.
func IsServiceOperation(fn *types.Func) bool {
	return IsV2ServiceClientMethod(fn) || IsV1ServiceClientMethod(fn) || IsV1RequestSend(fn)
}

// IsV2ClientConstructor reports whether fn builds a v2 service client:
// <svc>.New or <svc>.NewFromConfig.
func IsV2ClientConstructor(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || !IsV2ServicePackage(fn.Pkg().Path()) {
		return false
	}
	return gocode.IsFunc(fn, fn.Pkg().Path(), "New") || gocode.IsFunc(fn, fn.Pkg().Path(), "NewFromConfig")
}

// IsV1ClientConstructor reports whether fn builds a v1 service client: <svc>.New.
func IsV1ClientConstructor(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && IsV1ServicePackage(fn.Pkg().Path()) && gocode.IsFunc(fn, fn.Pkg().Path(), "New")
}
