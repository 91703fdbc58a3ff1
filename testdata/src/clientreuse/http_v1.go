package clientreuse

import (
	"net/http"
	"sync"

	awsv1 "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials"
	"github.com/aws/aws-sdk-go/aws/session"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"
)

var sharedSess = session.Must(session.NewSession())

// --- positives (v1) ---

func legacyHandler(w http.ResponseWriter, r *http.Request) {
	sess := session.Must(session.NewSession(&awsv1.Config{Region: awsv1.String("us-west-2")})) // want `session\.NewSession runs on every HTTP request: create the session once and share it`
	svc := s3v1.New(sess)
	_, _ = svc.ListBucketsWithContext(r.Context(), &s3v1.ListBucketsInput{})
}

func legacyClientHandler(w http.ResponseWriter, r *http.Request) {
	svc := s3v1.New(sharedSess) // want `s3\.New runs on every HTTP request: build the client once and share it`
	_, _ = svc.ListBucketsWithContext(r.Context(), &s3v1.ListBucketsInput{})
}

type legacyServer struct{ sess *session.Session }

func (l *legacyServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	svc := s3v1.New(l.sess, awsv1.NewConfig().WithMaxRetries(5)) // want `s3\.New runs on every HTTP request: build the client once and share it`
	_, _ = svc.ListBucketsWithContext(r.Context(), &s3v1.ListBucketsInput{})
}

func profileHandler(w http.ResponseWriter, r *http.Request) {
	sess, err := session.NewSessionWithOptions(session.Options{SharedConfigState: session.SharedConfigEnable}) // want `session\.NewSessionWithOptions runs on every HTTP request: create the session once and share it`
	if err != nil {
		return
	}
	_ = sess
}

// --- negatives (v1) ---

func NewLegacyHandler(sess *session.Session) http.HandlerFunc {
	svc := s3v1.New(sess)
	return func(w http.ResponseWriter, r *http.Request) {
		_, _ = svc.ListBucketsWithContext(r.Context(), &s3v1.ListBucketsInput{})
	}
}

type lazyLegacy struct {
	mu  sync.Mutex
	svc *s3v1.S3
}

func (l *lazyLegacy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.svc == nil {
		l.svc = s3v1.New(sharedSess)
	}
	_, _ = l.svc.ListBucketsWithContext(r.Context(), &s3v1.ListBucketsInput{})
}

var (
	legacyOnce sync.Once
	legacySvc  *s3v1.S3
)

func onceLegacyHandler(w http.ResponseWriter, r *http.Request) {
	legacyOnce.Do(func() { legacySvc = s3v1.New(sharedSess) })
	_, _ = legacySvc.ListBucketsWithContext(r.Context(), &s3v1.ListBucketsInput{})
}

// Per-request credentials.
func delegatedHandler(w http.ResponseWriter, r *http.Request) {
	creds := credentials.NewStaticCredentials(r.Header.Get("X-Key"), r.Header.Get("X-Secret"), "")
	svc := s3v1.New(sharedSess, &awsv1.Config{Credentials: creds})
	_, _ = svc.ListBucketsWithContext(r.Context(), &s3v1.ListBucketsInput{})
}
