package credlog

import (
	"context"
	"fmt"
	"log"

	"github.com/aws/aws-sdk-go-v2/service/sts"
	v1aws "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials"
	v1sts "github.com/aws/aws-sdk-go/service/sts"
	"github.com/sirupsen/logrus"
)

// v1's STS structs print through their String method, which hides the
// secret access key (tagged sensitive) and writes the session token.

// Positive: the whole AssumeRole answer printed, the v1 examples' habit
// of fmt.Println(result).
func assumeAndShowV1(svc *v1sts.STS, arn, name string) {
	result, err := svc.AssumeRole(&v1sts.AssumeRoleInput{RoleArn: &arn, RoleSessionName: &name})
	if err != nil {
		fmt.Println("AssumeRole Error", err)
		return
	}
	fmt.Println(result) // want `session token result printed by fmt\.Println: print the AccessKeyID, or suppress in an export command`
}

// Positive: the credentials struct of a session token, logged.
func sessionTokenV1(svc *v1sts.STS) (*v1sts.Credentials, error) {
	out, err := svc.GetSessionToken(&v1sts.GetSessionTokenInput{DurationSeconds: v1aws.Int64(3600)})
	if err != nil {
		return nil, err
	}
	log.Printf("got session credentials %v", out.Credentials) // want `session token out\.Credentials written to the log by log\.Printf: log the AccessKeyID or Source`
	return out.Credentials, nil
}

// Positive: a structured logger's field holding the struct.
func webIdentityV1(svc *v1sts.STS, in *v1sts.AssumeRoleWithWebIdentityInput) error {
	out, err := svc.AssumeRoleWithWebIdentity(in)
	if err != nil {
		return err
	}
	logrus.WithField("credentials", out.Credentials).Debug("assumed role with web identity") // want `session token out\.Credentials written to the log by logrus\.WithField: log the AccessKeyID or Source`
	return nil
}

// Negative: only the assumed role's identity, as AWS's v1 examples print.
func assumedUserV1(svc *v1sts.STS, arn, name string) {
	result, err := svc.AssumeRole(&v1sts.AssumeRoleInput{RoleArn: &arn, RoleSessionName: &name})
	if err != nil {
		fmt.Println("AssumeRole Error", err)
		return
	}
	fmt.Println(result.AssumedRoleUser)
}

// Negative: the caller's identity holds no credentials.
func whoAmIV1(svc *v1sts.STS) {
	id, err := svc.GetCallerIdentity(&v1sts.GetCallerIdentityInput{})
	if err != nil {
		log.Printf("get caller identity: %v", err)
		return
	}
	log.Println("running as", id)
}

// Negative: the credentials become a provider; only their type is logged.
func providerFromV1(out *v1sts.AssumeRoleOutput) *credentials.Credentials {
	log.Printf("assumed role, credentials of type %T", out.Credentials)
	c := out.Credentials
	return credentials.NewStaticCredentials(*c.AccessKeyId, *c.SecretAccessKey, *c.SessionToken)
}

// Negative: v2's structs print their *string fields as addresses.
func assumeAndShowV2(ctx context.Context, client *sts.Client, in *sts.AssumeRoleInput) error {
	out, err := client.AssumeRole(ctx, in)
	if err != nil {
		return err
	}
	log.Printf("assumed: %+v", out.Credentials)
	fmt.Println(out)
	return nil
}
