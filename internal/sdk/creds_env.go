package sdk

// KeyIDEnvVars are the variables the default chains read the access key ID
// from; SecretKeyEnvVars the secret access key; SessionTokenEnvVar the
// session token. Together they are CredentialEnvVars.
var (
	KeyIDEnvVars       = map[string]bool{"AWS_ACCESS_KEY_ID": true, "AWS_ACCESS_KEY": true}
	SecretKeyEnvVars   = map[string]bool{"AWS_SECRET_ACCESS_KEY": true, "AWS_SECRET_KEY": true}
	SessionTokenEnvVar = "AWS_SESSION_TOKEN"
)
