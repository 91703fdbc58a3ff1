package sdk

import (
	"go/types"
	"time"

	"github.com/awsvet/awsvet/internal/gocode"
)

// This file knows where the SDKs take the lifetime of a pre-signed request.

// MaxPresignExpiry is the longest lifetime SigV4 allows a pre-signed URL
// (X-Amz-Expires at most 604800 s): the signing key is derived from the
// date and is honoured for seven days. The SDKs sign longer expiries
// without complaint; S3 rejects the URL when it is used.
const MaxPresignExpiry = 7 * 24 * time.Hour

// IsPresignExpiresOption reports whether fn is the v2 helper that sets a
// pre-signed URL's lifetime: s3.WithPresignExpires(d), in any service
// package that offers it.
func IsPresignExpiresOption(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && IsV2ServicePackage(fn.Pkg().Path()) && gocode.IsFunc(fn, fn.Pkg().Path(), "WithPresignExpires")
}

// PresignOptionsKind tells which v2 presign options struct holds an
// Expires field.
type PresignOptionsKind int

const (
	NotPresignOptions  PresignOptionsKind = iota
	PresignURLOptions                     // s3.PresignOptions: a pre-signed URL (X-Amz-Expires)
	PresignPOSTOptions                    // s3.PresignPostOptions: a POST policy's expiration
)

// PresignExpiresHolder reports which v2 presign options struct t is (or
// points to), if its Expires field is the URL's or POST policy's lifetime.
func PresignExpiresHolder(t types.Type) PresignOptionsKind {
	n := gocode.NamedOf(t)
	if n == nil || n.Obj().Pkg() == nil || !IsV2ServicePackage(n.Obj().Pkg().Path()) {
		return NotPresignOptions
	}
	switch n.Obj().Name() {
	case "PresignOptions":
		return PresignURLOptions
	case "PresignPostOptions":
		return PresignPOSTOptions
	}
	return NotPresignOptions
}

// PresignExpiresField is the name of the lifetime field of the v2 presign
// options structs.
const PresignExpiresField = "Expires"

// IsV1Presign reports whether fn is v1 (*request.Request).Presign(d) or
// PresignRequest(d); the lifetime is their only argument.
func IsV1Presign(fn *types.Func) bool {
	return gocode.IsMethod(fn, V1Request, "Request", "Presign") || gocode.IsMethod(fn, V1Request, "Request", "PresignRequest")
}
