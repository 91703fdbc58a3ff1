package hardcodedsecret

// Fixtures for hardcodedsecret and internal/placeholder. Every token-shaped
// value here is a random string or a published emulator key; none is a
// credential.

// Negative: tokens of their own format typed along the alphabet or by
// counting after their prefix, a value that TEST makes up most of, and a
// value elided after its first characters.
const (
	alphabetStripe  = "sk_live_ABCDEFGHIJKLMNOPQRSTUVWX"
	countedSlack    = "xoxb-123456789012-123456789012-abcdefghijklmnopqrstuvwx"
	alphabetGitlab  = "glpat-ABCDEFGHIJKLMNOPQRST"
	alphabetGithub  = "ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij"
	countedPassword = "password=Test1234Test1234Test"
	elidedSecret    = "client_secret=Kx7Qm2Lp9Rt4Wz8V..."
)

// Negative: Azurite's published devstoreaccount1 key, the same in every
// installation, in the connection string the emulator's docs give.
const azurite = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"

// Positive: Stripe's test-mode keys are secrets of their own format; the
// word test in them is the format's, not a placeholder's.
const stripeTest = "sk_test_4eC39HqLyjWDarjtT1zdp7dc" // want `hardcoded stripe access token sk…\(32 chars\): revoke it, remove it, and load it at run time`

// Positive: a random API key that holds test by chance.
const partnerAPIKey = "Xk9Lm2testQw7Rt4Yp1Zc8Vb" // want `hardcoded api key Xk…\(24 chars\): revoke it, remove it, and load it at run time`
