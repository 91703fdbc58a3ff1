package credlog

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sso"
	v1aws "github.com/aws/aws-sdk-go/aws"
	v1sso "github.com/aws/aws-sdk-go/service/sso"
)

// IAM Identity Center hands an SSO login tool a role's credentials
// through GetRoleCredentials.

// Positive: a login tool that logs the role's credentials it fetched.
func roleCredentialsV2(ctx context.Context, client *sso.Client, token, account, role string) error {
	out, err := client.GetRoleCredentials(ctx, &sso.GetRoleCredentialsInput{AccessToken: &token, AccountId: &account, RoleName: &role})
	if err != nil {
		return err
	}
	log.Printf("fetched %s, token %s", aws.ToString(out.RoleCredentials.AccessKeyId), aws.ToString(out.RoleCredentials.SessionToken)) // want `session token aws\.ToString\(out\.RoleCredentials\.SessionToken\) written to the log by log\.Printf: log the AccessKeyID or Source`
	return nil
}

// Positive: v1, the secret key printed to the console.
func roleCredentialsV1(svc *v1sso.SSO, in *v1sso.GetRoleCredentialsInput) {
	out, err := svc.GetRoleCredentials(in)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	fmt.Println("secret:", v1aws.StringValue(out.RoleCredentials.SecretAccessKey)) // want `secret access key v1aws\.StringValue\(out\.RoleCredentials\.SecretAccessKey\) printed by fmt\.Println: print the AccessKeyID, or suppress in an export command`
}

// Negative: the expiry and key ID of the role's credentials.
func roleExpiry(out *sso.GetRoleCredentialsOutput) {
	log.Printf("role key %s expires at %d", aws.ToString(out.RoleCredentials.AccessKeyId), out.RoleCredentials.Expiration)
}

// Negative: a credential_process answer written to stdout as JSON, by
// design, not through a formatting call.
func credentialProcessSSO(out *v1sso.GetRoleCredentialsOutput) error {
	c := out.RoleCredentials
	_, err := os.Stdout.WriteString(`{"Version":1,"AccessKeyId":"` + *c.AccessKeyId + `","SecretAccessKey":"` + *c.SecretAccessKey + `","SessionToken":"` + *c.SessionToken + `"}`)
	return err
}

// Negative: the v1 struct printed whole: its String method hides both
// secrets, tagged sensitive.
func roleCredentialsShownV1(out *v1sso.GetRoleCredentialsOutput) {
	log.Println("role credentials", out.RoleCredentials)
}
