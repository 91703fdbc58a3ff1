package credlog

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/aws/aws-sdk-go-v2/service/iam/types"
	v1iam "github.com/aws/aws-sdk-go/service/iam"
	"github.com/aws/aws-sdk-go/service/iam/iamiface"
)

// IAM's CreateAccessKey hands out a long-term key's secret once, at
// creation: the moment examples and onboarding tools print it.

// Positive: a v1 CLI that creates a key for a user and prints its secret,
// as AWS's own v1 example did.
func createKeyV1(svc iamiface.IAMAPI, user string) {
	result, err := svc.CreateAccessKey(&v1iam.CreateAccessKeyInput{UserName: &user})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("Created new access key with ID: " + *result.AccessKey.AccessKeyId + " and secret key: " + *result.AccessKey.SecretAccessKey) // want `secret access key \*result\.AccessKey\.SecretAccessKey printed by fmt\.Println: print the AccessKeyID, or suppress in an export command`
}

// Positive: a v2 onboarding service that logs the new key in full.
func createKeyV2(ctx context.Context, client *iam.Client, user string) error {
	out, err := client.CreateAccessKey(ctx, &iam.CreateAccessKeyInput{UserName: &user})
	if err != nil {
		return err
	}
	log.Printf("created key %s with secret %s", aws.ToString(out.AccessKey.AccessKeyId), aws.ToString(out.AccessKey.SecretAccessKey)) // want `secret access key aws\.ToString\(out\.AccessKey\.SecretAccessKey\) written to the log by log\.Printf: log the AccessKeyID or Source`
	return nil
}

// Positive: a key handed back by a wrapper, its secret put into an error.
func rotateKey(ctx context.Context, client *iam.Client, user string) error {
	key, err := newKey(ctx, client, user)
	if err != nil {
		return err
	}
	if key.Status != types.StatusTypeActive {
		return fmt.Errorf("key %s is %s (secret %s)", *key.AccessKeyId, key.Status, *key.SecretAccessKey) // want `secret access key \*key\.SecretAccessKey put into an error by fmt\.Errorf: name the AccessKeyID or Source`
	}
	return nil
}

// Negative: the wrapper returns the key to its caller, the shape of the
// v2 examples' actions package.
func newKey(ctx context.Context, client *iam.Client, user string) (*types.AccessKey, error) {
	out, err := client.CreateAccessKey(ctx, &iam.CreateAccessKeyInput{UserName: &user})
	if err != nil {
		return nil, err
	}
	log.Printf("Created access key %v for user %v.", *out.AccessKey.AccessKeyId, user)
	return out.AccessKey, nil
}

// Negative: the new key signs requests as the user (staticcreds judges
// that under -staticcreds.strict); nothing is written out.
func configForKey(ctx context.Context, key *types.AccessKey) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, config.WithCredentialsProvider(
		credentials.NewStaticCredentialsProvider(*key.AccessKeyId, *key.SecretAccessKey, "")))
}

// Negative: a provisioning tool writes the key to a credentials file, as
// credential tools do.
func writeProfile(f *os.File, key *types.AccessKey) error {
	_, err := fmt.Fprintf(f, "[new]\naws_access_key_id = %s\naws_secret_access_key = %s\n", *key.AccessKeyId, *key.SecretAccessKey)
	return err
}

// Negative: an export line printed for eval, the user's choice.
func exportKey(key *types.AccessKey) {
	fmt.Printf("export AWS_ACCESS_KEY_ID=%s\nexport AWS_SECRET_ACCESS_KEY=%s\n", *key.AccessKeyId, *key.SecretAccessKey)
}

// Negative: the structs themselves, not a dereferenced secret: v2 prints
// the *string fields as addresses, v1's String method writes
// "<sensitive>" for the secret.
func showKeys(v2 *iam.CreateAccessKeyOutput, v1 *v1iam.CreateAccessKeyOutput) {
	log.Printf("created %v", v2.AccessKey)
	fmt.Println("created", v1.AccessKey)
}

// Negative: listing keys yields their metadata, which has no secret.
func listKeys(ctx context.Context, client *iam.Client, user string) error {
	out, err := client.ListAccessKeys(ctx, &iam.ListAccessKeysInput{UserName: &user})
	if err != nil {
		return fmt.Errorf("list keys of %s: %w", user, err)
	}
	for _, m := range out.AccessKeyMetadata {
		log.Printf("key %s is %s since %v", aws.ToString(m.AccessKeyId), m.Status, m.CreateDate)
	}
	return nil
}
