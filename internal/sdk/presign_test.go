package sdk_test

import (
	"go/types"
	"testing"
	"time"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

func TestPresign(t *testing.T) {
	if sdk.MaxPresignExpiry != 604800*time.Second {
		t.Errorf("MaxPresignExpiry = %v, SigV4 allows 604800 s", sdk.MaxPresignExpiry)
	}
	opt := function(t, sdk.V2S3, "WithPresignExpires")
	if !sdk.IsPresignExpiresOption(opt) || sdk.IsPresignExpiresOption(function(t, sdk.V2S3, "WithPresignClientFromClientOptions")) {
		t.Error("WithPresignExpires misclassified")
	}
	if p := opt.Type().(*types.Signature).Params(); p.Len() != 1 || !gocode.IsNamed(p.At(0).Type(), "time", "Duration") {
		t.Errorf("WithPresignExpires takes %v, want one time.Duration", p)
	}
	for name, want := range map[string]sdk.PresignOptionsKind{
		"PresignOptions": sdk.PresignURLOptions, "PresignPostOptions": sdk.PresignPOSTOptions, "Options": sdk.NotPresignOptions,
	} {
		typ := lookup(t, sdk.V2S3, name).Type()
		if got := sdk.PresignExpiresHolder(types.NewPointer(typ)); got != want {
			t.Errorf("PresignExpiresHolder(s3.%s) = %v, want %v", name, got, want)
		}
		if want == sdk.NotPresignOptions {
			continue
		}
		f, _, _ := types.LookupFieldOrMethod(typ, false, nil, sdk.PresignExpiresField)
		if v, ok := f.(*types.Var); !ok || !gocode.IsNamed(v.Type(), "time", "Duration") {
			t.Errorf("s3.%s.%s is not a time.Duration", name, sdk.PresignExpiresField)
		}
	}
	for _, name := range []string{"Presign", "PresignRequest"} {
		m := method(t, sdk.V1Request, "Request", name)
		if !sdk.IsV1Presign(m) {
			t.Errorf("IsV1Presign(%s) = false", name)
		}
		if p := m.Type().(*types.Signature).Params(); p.Len() != 1 {
			t.Errorf("(*request.Request).%s takes %d arguments, want the expiry alone", name, p.Len())
		}
	}
	if sdk.IsV1Presign(method(t, sdk.V1Request, "Request", "Send")) {
		t.Error("Send taken for Presign")
	}
}
