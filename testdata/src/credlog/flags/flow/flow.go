// Package flow holds the values credlog follows to credential material,
// for credlog's TestSecretIn: each argument of sink is reported with the
// source secretIn finds in it.
package flow

import (
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sts"
)

func sink(...any) {}

// Positive: each way a value carries a secret field.
func carried(creds aws.Credentials, out *sts.AssumeRoleOutput) {
	sink((creds.SecretAccessKey))                                         // want `creds.SecretAccessKey`
	sink(&creds.SessionToken)                                             // want `creds.SessionToken`
	sink(string([]byte(creds.SecretAccessKey)))                           // want `creds.SecretAccessKey`
	sink("key=" + creds.SecretAccessKey)                                  // want `creds.SecretAccessKey`
	sink(fmt.Sprintf("%T %s", creds.SessionToken, creds.SecretAccessKey)) // want `creds.SecretAccessKey`
	sink(map[string]string{"token": creds.SessionToken})                  // want `creds.SessionToken`
	sink(*out.Credentials.SecretAccessKey)                                // want `\*out.Credentials.SecretAccessKey`
	sink(aws.ToString(out.Credentials.SessionToken))                      // want `aws.ToString\(out.Credentials.SessionToken\)`
	sink(creds)                                                           // want `creds`
}

// Positive and negative: locals are followed maxDepth steps, no further.
func chained(creds aws.Credentials) {
	a := creds.SecretAccessKey
	b := a
	c := b
	d := c
	e := d
	sink(d) // want `creds.SecretAccessKey`
	sink(e)
}

// Negative: values that carry no secret.
func clean(creds aws.Credentials) {
	sink("a"+"b", creds.AccessKeyID, fmt.Sprint(creds.CanExpire), []string{"x"}, fmt.Sprintf("%T", creds.SecretAccessKey))
}
