package hardcodedsecret

import (
	"context"
	"fmt"
	"regexp"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Negative: AWS key material in a static provider is staticcreds' one
// finding (not hardcodedkey's, nor this rule's).
var awsCreds = credentials.NewStaticCredentialsProvider("AKIAQ3EGRHDSVZB7XY2M", "h7Fq2Lz9Xw4Kp1Vb8Nc3Rt6Ym0Ud5Se2Ja7Gi4Ho", "")

// Negative: a secret key bound to a secret name matches generic-api-key,
// but it is an AWS secret key: hardcodedkey reports it, this rule does not.
const prodSecretKey = "Zq4Wm8Tn2Rb6Yc1Xv9Lk3Hs7Jd5Gf0Pa8Ue2Io4M"

// Negative: a pattern for tokens, not a token.
var githubToken = regexp.MustCompile(`ghp_[0-9a-zA-Z]{36}`)

// Negative: a format string; the secret comes at run time.
func authHeader(token string) string { return fmt.Sprintf("api_key=%s", token) }

// Negative: placeholders and documentation.
const (
	tokenPlaceholder = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
	apiKeyTemplate   = "${API_KEY}"
	passwordHint     = "<your-password-goes-here>"
	clientSecret     = "changeme-changeme-changeme"
)

// Negative: identifiers, names and paths bound to secret-sounding names.
const (
	authHeaderName = "X-Amz-Security-Token"
	tokenURL       = "https://oauth2.example.com/v1/token"
	secretName     = "prod/payments/stripe2024"
	apiKeyEnvVar   = "PAYMENTS_API_KEY_V2"
	keyPath        = "certs/prod/server2024.key"
	accessLogKey   = "logs/AWSLogs/123456789012/elasticloadbalancing"
)

// Negative: a content hash and a UUID bound to key names.
const (
	cacheKey    = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b"
	requestKey  = "5b0b4b0e-3f1e-4c8b-9a7d-2f6e8c1d0a3b"
	sessionAuth = "q1w2e3r4t5y6" // low entropy for a generic value
)

// Negative: a pagination token from an API response, public by design.
func page(ctx context.Context, c *s3.Client) {
	c.ListObjectsV2(ctx, &s3.ListObjectsV2Input{
		Bucket:            aws.String("logs"),
		ContinuationToken: aws.String("1ueGcxLPRx1Tr9XYExHnhbYLgveDs2J5wm36Hy4vbOwM"),
	})
}

// Negative: a Go selector is not a Vault token: see s.OutputNotebookS3Location.
var vaultLike = "s.OutputNotebookS3Location"

// Negative: AWS's documented example keys.
const docExample = `aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`

// Negative: a finding kept with a reason.
//
//awsvet:ignore hardcodedsecret -- revoked token kept for the redaction test
const revoked = "ghp_R8b2Kq0ZcVx7LmN4pT6yW1sD3fH5jG9aE2uI"

// Negative: struct tags are not data.
type settingsFile struct {
	APIKey string `json:"api_key" yaml:"api_key,omitempty" env:"API_KEY=Tb6nM1qX8zL3wK9pR2vC"`
}

// Negative: a key block cut before its END line (a truncated paste): no
// private key matches, however long the body.
const truncatedKey = `-----BEGIN RSA PRIVATE KEY-----
XHzZosvatn13AwzIEEaPmtz5tWhIUWoZl4eiBxNeizUVDof2VbDyjDpkmZ+xU6UQ
amFA3WRM7jzqLuspHkuukpmzZ2PRtESIy60Km5GIgxC2N2oZ2JpqKRgrQ/pekJp3
5abDhZlyqDxrmo6s5NWi70M2M76BJYylczIMPWRR7B5zI2FDtcGOtGpIktU93uRA
+E9dwiZCZdaB2988WG29OnkUFc+0Ui0IIpcpXzPT+Vfsvmr3LMFxnHo9VxaFulCp
/FLcf7FzZjfz9u0mT1mXfVtTSFFsU+3Vp5BRhMW00nAfJnFuH8KvKAyyi5+Jz+bA
l+n0KWmFlnb0obNHurJRM43U0q0qmfkOf+zZDuV/t6GfQTe9v4T7Ur/wm2J6o18H
9j6JDJHRybXuwqkbeX4dF2ZjZYDNAG5yT85+PGBhQq9mn4WkdN1DS4U7Og067lC7
7tvJ/s25V0itgda9gkOCqs5JebVlHLA4V4aUortk3GjnhC63t+ptMDff5zqBe8i6
IuVBITMQUocmn53oEMKER2pQ/utY1DZQfZXth2+g+P2O/eoLMKyhd7QUxrF5zK8t
p3v9NubAnHnLkfgue4zKQCoauw+Sdu3/dMh7UjtOpZMdKWblampgwDuax9SkZUDL
DW0NbWZFqzwAlFOd/zc7XhJcPyMvtsIcVvBOODlgB67sZTICEeC5HM/rZn+12Z22
q60uR8ebdclFqxQGNX4G0XHYPSIuVCmi0AdRvepC0L7JiiZNNH5YctrEY8uGYEIX
CPoTbkHum0tQyodg/bsHbuIKoCJ+Hk3fOAQQi2jMKbVn5PZKkKxD/Tw0l0XvZUCi
Lp/i3AGpkVjeUfunmKio6DSBm1uO7dG1HpzegGC45v6oBZ9Lz1f1AprkF3uZDELj
1KW92+NA5bhJNCxyWaI2w7Q9pcBCl4pPHvefBcOdx4UbF/1uGoca7NB54WcOu6tG
p8Gv5Ak/drjIXu4pyVmtk2E36zIk1P3oGLMFYqkKaBpUVGf3F8FuLX3bhIMcJ91x
VwMo4kZnsk3qpRPyttY1v8SBDhy2aD4eSb9t2/lB1xGdTwmm7VNmch9NIifpp5rK
Sz3FpJijbOV+P7jqV5i+NmEmU2bF574UytQWqgqZseduQsuowweTZYiTM5B3kw7g
2DkLC7Ccq3U1wrsSUtx8H/MHUp9vz8qyj5eBV6ZwBNFAKakim5j2mnqLvSuZNShf
WMPXzw96AVbdayWhr7FdlH4nIvWBqcfgECgru4HSCc1OVdUOTrNVxR9QyvNW4M1/
pmBP28P8uga3+V2rRNA3hgBKGS4NS6mswkl4aQ6ddMAGlEe/lkRz3EW+9zXlASDT
CjYIXeKnOAxdrfCKtDGbyqkaZqIl/h6iwO7BW4QWJciEoWh1RDNas5+Y6Ku2uW21
ZxOdgrB5kchM8q5iGfleeaDiR37x/C4LPe72E/tkQf6EdBSvgTVHDa1ONv8g8CqJ
eR4wFoeg4B329SqCtBFmsrN3OFCmyAVVnuH3xwiglIUBwdDVfTvzy48dTAgsyJuC
yHE3Ly3GALPWTq71n46eKvMrB1t3jxVXdYWE+Jq2YAl/XdjWorqYdEKxrFsdzv4o
ji0cfEjvGPVDQi8mZhxy+QLZPn61ujzadg+1xlQQ5u5YuJuCPBol1CtNTuZATz8e
uhODf5wDgrGaDddbArUc3RtIKU9nw8dBHQwlVFQlnKXFrMyhrV6QYJ+Qfn7z9S8r
rE9qDmwwM3F6CJJwTVXqCXsz5yHwDGtY0wU/Ws+eVRD+lHRu2ZF1lMT4oeydOxa4
gWoZe74BN+PtYf7a+akKglvnIK9X24oZfscsuuRQmhJHSbEb/F97QN74BkT5jiFb
1IRHwWboJDg7UqveffI5GpkvAfQrvIm8kgSK0JUw3FskPFhfOVUfTYlXA8FFYLG5
faw+s5D4+F+rCA9t1xyiTAj/30wF62edneIgRpwiihFKAZufrc1B+xyqshH8XGCH
65NLL+124ky7UhUpBkFL9nmit4SwpLaX6N7lhGA4xjjAwyv1pDwWt9/+3Q1quav1
dYwCJwNB3zYPIl0S3hUUvrHSJE4chqCLS8W2vs7lHBU42GSC/dL2D4LMwEld35n9
C00NuCA3Yday6XhtaBYdBlfxj8y2nnflmi/AMoXwxi4EgykI5EmfkR8BjwOIrX+v
Y3ZVGgxD3mmk7FItjpeoEtKKwtGNHdrRm4RUkzTPQ830FvSRKkGH2dDEM6jIXZNg
o/+/QMvgP2FpzbN9+89JLWP+qb0D5ECawkk6IaE4RvqhAvjfwnVUcm0/1C02NUVE
BW0DzPDpEXqGrBvYZau8s8IdB57o5690QLjx9hs9hdHPsnoRMC779SByhPCwH0lW
oYmQmwaGQaIAtKh4QDo8KW/D5+WT48Nnl9vEnLKAVDl7Y9p3HzuEer9la1o3vDwi
9GGZUzthz1M8gYXa5MFoKANURX12LcXcxjMzOlqj30OrshyoMZVh7In2CKCUl2n+
GKdOX9ylztoX3YDSAFe+KYPMhiSbX3PrY3y1rmbuQo63gp6MHJykdLjnfY8+//E4
aSFDA58sIFQV8mbu/u9JPCvH1gkNpuaAeG22qpJUEePV6gUTJsOjy0zn/7VyurrQ
o43I/jKkHIQh/zYWv1L3+sy48faS6BzvSc9c1ESKcYrgFUK93MzEuGRD3AxuwqO0
PHwzNMlJQtOstYGu9SNMEV3wHqLQbdCu5bskvD0sR74huGWDSsCB1Juh2ZbApdya
1xqpJvJaUmSOV3mIOyxf8zKCOcNgc1pudzJPDAHqhkL8gay7pNVZbrsfqemiWH9G
I0rF4niR+hnctGJv4r59UMnnQs99iEs0zPQVwwwxc+eQV2UoC9nqkioZNwe0RldW
VbZYyMNdrQzgPgcRZcu7vXIVYm8/fVK9O5XrSTMA9oqPJxOR5p/40s62f7XbopO1
ZXKK6pnKJ7mMUJpoXu520tQIG0JcVgFr+PMzY/a8LOrWvmBhj6y76LRlI5CNYf9i
Wk0LfZBTNxFG9YsF+vBnRYK03KY8S9XN+S4Ilu8pXmppjIwWow4TH/54NXCjN+KI
qdRNfdF87kMQ8GwjxO80dZ8VaJLXj3hbYUCw+/wspHItB9ME0SU+U0oo67MjkQUj
5PHv7VrbeSF9Uh1Ny+28O3g9Nyl/UEwbiUO42vFVkT1DWGvZXxyOMZ1VayMBSL6U
1BDH2y3Oe0QH7/oinlnha8pVgoqzdt/rDJ5gEnDgeiAYijydt8g55e9D+GmJEiV+
54E8lQDrVPlZfSMB3s6wvMMM5FoRR0c7iYwAmrDr+W7ycTHatvK7+zyrwZqIzPgP
/tBAyJJtdIwx5J+CYXv70r2FAOoDhELRX9fgGoJu4k47Bryl7fDVQ7brVmt1DPN4
NB/jtFu7GW5aBArVCPeJcuvk4TW5BH93p7CuGwNrcBMaZTIuf8gyCmZ48bmDUWsL
yQDXLTRdoTaRPOJFwn9FinuqzpZv+K3gowVQv72PZOTtdTyh0Wm+lY0MuNZtUwIG
QDcjsB1jkFYo2v5gfPfYgbM0Pz9OCn7SueVgGpxJfDls05+DD2rqcuQHr4eUGLZt
QW4elJf00uWs6UHtkuo50g9vxt/CuiW3R/K7aWRxB2qlI0nfUIrm+GvxKyWduKAC
cqKq2T2y6NH/Nw/kKyZ8j3q3wzW+IplC7VoVkFvd4irfNAlhTyd6fnlK+agzX4rX
UQtzibJg3DeJZc9VYQq5rfOtNRZea0/foFwt4C7jwMogNYB9PXU+SryjIxmH5LLr
gJko9ZSB0xj+7w3CwTxqYWhZEvlfGWBIb6FfxUzsYpqukGV0IviImNAIox8SED7k
O7ckpTI1pp5ZdxsQXA0/Xti7E6VCUxc5AwpZDAiLXexXLc6/MV22qnhsypMRT4y5
IYX0JrpqVaiG+lgQs4uIcLLSLFkeUszVRecjFsU6vfCraoboSj9re0pLy+ZBHL8c
Kt5OEwlUr8wNCGHjrA0ky/yFfkQ2Po8+Hd+uPKhhZSL3OVpvA6aCD5sa0dM7BgAy
3Dv7mfAMS+1VGUqna+aRpDCX8S2WKZfvwFz4sRwyiEAtGloNI/btKODBa2HD+6J9
zIM8kzm3pYbaQd4B3SEqIapM1x4MDgTzECZMq6LjJkMUQTbyhDR055/P+Kpgul3h
kwIvwWswpfAhHRj1Xt4+JjuXPvSmEfqHYxm9DuMKCsBjlOTYt6V2o+Q8cjkUiLGa
lALFGz7tRjdm92yGJwYYg7uXJV4BuwPe8Q31hWbIiomXSSMqM+rTkgZUBaIA+YCg
NLpRcZ4Lh8ucpEtc7QBoPvaZux0DPapLBvp2r6Ovw6fVsPQ3OpTY1ORw3ZhyGF17
lHy7MyULN1+EDPrcCqmb5hwqEWjkB3o0KCbuPuxbb/buBwRujM3x7Yz5upfgXBWx
YMxISmeogshU6Ui2ntv10IRt0uaWQO9FuNyw/kpJIM6pyqyWBM1Gu6ni23rBT9+2
RI6IyjBn3/4r5N0S9qbjNAkQMnjotvcfLXTiYZsmMITQM/+C9Q6DCLVC6vn1psBD
ULnSTO8fpYCG7y4adUerZpbIrwlSo69LofR+irD8BnNwII8CR9G758c4d1YKp1jC
xN6zLmhM5XnCYsChdBhi2r5soA3UTojfiOJCqrBFqKliy6bXnIvdnIwvfHWIkZHB
b6TW3mcW7ZS3qfm9VpCOcm2HNrcSVw0lNc+mL/8ukKwPfNlws2xOqXyw6B3TTYb2
G7aQh84PIftrFSk3BtWvbIMbBWuujg/Hmm2mXf6w+bTxeV+E0Dn+GYIbmuivMJgO`
