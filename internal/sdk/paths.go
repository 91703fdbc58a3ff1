package sdk

import (
	"go/types"
	"strings"
)

// Import paths of aws-sdk-go-v2.
const (
	V2Root        = "github.com/aws/aws-sdk-go-v2"
	V2AWS         = V2Root + "/aws"
	V2Config      = V2Root + "/config"
	V2Credentials = V2Root + "/credentials"
	V2Retry       = V2Root + "/aws/retry"
	V2IMDS        = V2Root + "/feature/ec2/imds"
	V2S3          = V2Root + "/service/s3"
	v2Service     = V2Root + "/service/"
)

// Import paths of aws-sdk-go (v1).
const (
	V1Root        = "github.com/aws/aws-sdk-go"
	V1AWS         = V1Root + "/aws"
	V1Credentials = V1Root + "/aws/credentials"
	V1Session     = V1Root + "/aws/session"
	V1Request     = V1Root + "/aws/request"
	V1Client      = V1Root + "/aws/client"
	V1EC2Metadata = V1Root + "/aws/ec2metadata"
	v1Service     = V1Root + "/service/"
)

// IsV2 reports whether path is a package of aws-sdk-go-v2 (any of its modules).
func IsV2(path string) bool { return path == V2Root || strings.HasPrefix(path, V2Root+"/") }

// IsV1 reports whether path is a package of aws-sdk-go (v1).
func IsV1(path string) bool { return path == V1Root || strings.HasPrefix(path, V1Root+"/") }

// IsSDK reports whether path belongs to either SDK generation.
func IsSDK(path string) bool { return IsV1(path) || IsV2(path) }

// IsV2ServicePackage reports whether path is a generated v2 service package
// such as ".../service/s3" (not its internal or sub-packages like "types").
func IsV2ServicePackage(path string) bool { return isServicePackage(path, v2Service) }

// IsV1ServicePackage reports whether path is a v1 service package such as
// ".../service/s3" (not "s3iface" or "s3manager", which live below it).
func IsV1ServicePackage(path string) bool { return isServicePackage(path, v1Service) }

func isServicePackage(path, prefix string) bool {
	rest, ok := strings.CutPrefix(path, prefix)
	return ok && rest != "" && !strings.Contains(rest, "/") && rest != "internal"
}

// ImportsSDK reports whether pkg imports any package of either SDK directly.
// It is the fast path: a package that does not import the SDK cannot build a
// client, a config or a credential provider, so SDK rules skip it.
func ImportsSDK(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if IsSDK(imp.Path()) {
			return true
		}
	}
	return false
}
