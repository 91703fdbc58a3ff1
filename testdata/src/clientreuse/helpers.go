package clientreuse

// Fixtures for constructions one call below a handler: an unexported
// function called only from handlers' bodies builds on every request.

import (
	"bytes"
	"context"
	"io"
	"log"
	"net/http"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	awsv1 "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3/s3manager"
)

// --- positives ---

// The upload helper of a small web app: a new session per upload.
func putToS3(w http.ResponseWriter, body io.Reader, key string) error {
	sess, err := session.NewSession(&awsv1.Config{Region: awsv1.String("eu-west-1")}) // want `session\.NewSession runs on every HTTP request through putToS3: create the session once and share it`
	if err != nil {
		return err
	}
	_, err = s3manager.NewUploader(sess).Upload(&s3manager.UploadInput{Bucket: awsv1.String("uploads"), Key: awsv1.String(key), Body: body})
	return err
}

func registerUpload(mux *http.ServeMux) {
	mux.HandleFunc("/upload", func(w http.ResponseWriter, r *http.Request) {
		if err := putToS3(w, r.Body, r.URL.Query().Get("name")); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	})
}

// A v2 client factory called from two handlers of one kind.
func objectStore(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-east-1")) // want `config\.LoadDefaultConfig runs on every HTTP request through objectStore: load the config once and reuse it`
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg), nil
}

func listObjectsHandler(w http.ResponseWriter, r *http.Request) {
	c, err := objectStore(r.Context())
	if err != nil {
		return
	}
	_, _ = c.ListObjectsV2(r.Context(), &s3.ListObjectsV2Input{Bucket: aws.String("b")})
}

func headObjectHandler(w http.ResponseWriter, r *http.Request) {
	c, err := objectStore(r.Context())
	if err != nil {
		return
	}
	_, _ = c.HeadObject(r.Context(), &s3.HeadObjectInput{Bucket: aws.String("b"), Key: aws.String(r.URL.Path)})
}

// --- negatives ---

// Called from main as well as from a handler: not every call is per
// request, and the one at start-up may be what is meant.
func sessionForStartup() *session.Session {
	return session.Must(session.NewSession())
}

func startupAndHandler(w http.ResponseWriter, r *http.Request) {
	_ = sessionForStartup()
}

func serveMain() {
	_ = sessionForStartup()
}

// A constructor's helper, called once at set-up and stored.
type uploadServer struct{ s3 *s3.Client }

func newS3Client(ctx context.Context) *s3.Client {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		log.Fatal(err)
	}
	return s3.NewFromConfig(cfg)
}

func NewUploadServer(ctx context.Context) *uploadServer {
	return &uploadServer{s3: newS3Client(ctx)}
}

// A helper with a cache of its own: it looks up before it builds.
var (
	cachedMu   sync.Mutex
	cachedSess *session.Session
)

func cachedSession() *session.Session {
	cachedMu.Lock()
	defer cachedMu.Unlock()
	if cachedSess != nil {
		return cachedSess
	}
	cachedSess = session.Must(session.NewSession())
	return cachedSess
}

func cachedSessionHandler(w http.ResponseWriter, r *http.Request) {
	_ = cachedSession()
}

// The handler caches what the helper builds: the helper runs once.
type lazyUploads struct {
	mu sync.Mutex
	c  *s3.Client
}

func (l *lazyUploads) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.c == nil {
		l.c = lazyClient(r.Context())
	}
}

func lazyClient(ctx context.Context) *s3.Client {
	cfg, _ := config.LoadDefaultConfig(ctx)
	return s3.NewFromConfig(cfg)
}

// The helper builds from what the request chose (a region per tenant):
// one client per request is the point.
func regionalStore(ctx context.Context, region string) *s3.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion(region))
	return s3.NewFromConfig(cfg)
}

func regionalHandler(w http.ResponseWriter, r *http.Request) {
	_ = regionalStore(r.Context(), r.Header.Get("X-Region"))
}

// Called from a function literal in the handler (a callback, a goroutine
// body): how often it runs is not visible.
func backgroundArchive() {
	sess := session.Must(session.NewSession())
	_, _ = s3manager.NewUploader(sess).Upload(&s3manager.UploadInput{Bucket: awsv1.String("archive"), Body: bytes.NewReader(nil)})
}

func archiveHandler(w http.ResponseWriter, r *http.Request) {
	go func() { backgroundArchive() }()
}

// Exported: other packages may call it from anywhere.
func NewSessionForRequest() *session.Session {
	return session.Must(session.NewSession())
}

func exportedHelperHandler(w http.ResponseWriter, r *http.Request) {
	_ = NewSessionForRequest()
}

// Used as a value: who calls it, and how often, is not visible.
func sessionFactory() *session.Session {
	return session.Must(session.NewSession())
}

var factories = map[string]func() *session.Session{"default": sessionFactory}

func factoryHandler(w http.ResponseWriter, r *http.Request) {
	_ = sessionFactory()
	_ = factories
}
