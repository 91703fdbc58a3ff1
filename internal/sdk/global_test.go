package sdk_test

import (
	"testing"

	"github.com/aws/aws-sdk-go/aws/endpoints"
	"github.com/aws/aws-sdk-go/service/budgets"
	"github.com/aws/aws-sdk-go/service/chime"
	"github.com/aws/aws-sdk-go/service/cloudfront"
	"github.com/aws/aws-sdk-go/service/costexplorer"
	"github.com/aws/aws-sdk-go/service/iam"
	"github.com/aws/aws-sdk-go/service/organizations"
	"github.com/aws/aws-sdk-go/service/route53"
	"github.com/aws/aws-sdk-go/service/sts"
	"github.com/aws/aws-sdk-go/service/support"
	"github.com/aws/aws-sdk-go/service/waf"

	"github.com/awsvet/awsvet/internal/sdk"
)

// The pinned v1 SDK's own endpoint IDs, by package name: the table in
// internal/sdk must name the same services.
var v1EndpointIDs = map[string]string{
	"budgets":       budgets.EndpointsID,
	"chime":         chime.EndpointsID,
	"cloudfront":    cloudfront.EndpointsID,
	"costexplorer":  costexplorer.EndpointsID,
	"iam":           iam.EndpointsID,
	"organizations": organizations.EndpointsID,
	"route53":       route53.EndpointsID,
	"sts":           sts.EndpointsID,
	"support":       support.EndpointsID,
	"waf":           waf.EndpointsID,
}

// TestV1GlobalServicesResolveWithoutRegion: every service the region rule
// lets a session without a region build resolves, in the pinned v1 SDK, to
// an endpoint with a signing region when the region is empty (what a
// session with no region does), and regional services do not.
func TestV1GlobalServicesResolveWithoutRegion(t *testing.T) {
	ids := sdk.V1GlobalServiceEndpointIDs()
	if len(ids) != len(v1EndpointIDs) {
		t.Errorf("table has %d services, the test knows %d", len(ids), len(v1EndpointIDs))
	}
	for pkg, id := range ids {
		if want, ok := v1EndpointIDs[pkg]; !ok || want != id {
			t.Errorf("%s: table says endpoint ID %q, the SDK's EndpointsID is %q", pkg, id, want)
			continue
		}
		ep, err := endpoints.DefaultResolver().EndpointFor(id, "")
		if err != nil || ep.URL == "" || ep.SigningRegion == "" {
			t.Errorf("%s: no endpoint without a region: url %q, signing region %q, err %v", pkg, ep.URL, ep.SigningRegion, err)
		}
	}
	for _, regional := range []string{"s3", "dynamodb", "sqs", "ec2", "shield"} {
		if ep, err := endpoints.DefaultResolver().EndpointFor(regional, ""); err == nil && ep.SigningRegion != "" {
			t.Errorf("%s resolves without a region (%s): the check cannot tell global from regional", regional, ep.URL)
		}
	}
}
