// Package clientreuse holds the fixtures of the clientreuse rule: configs,
// sessions and clients rebuilt per request or per iteration, and the ways
// real code builds them once.
package clientreuse

import (
	"io"
	"net/http"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var sharedCfg aws.Config

// --- positives: HTTP handlers that build per request ---

func uploadHandler(w http.ResponseWriter, r *http.Request) {
	cfg, err := config.LoadDefaultConfig(r.Context()) // want `config\.LoadDefaultConfig runs on every HTTP request: load the config once and reuse it`
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	client := s3.NewFromConfig(cfg) // built from the per-request config: reported once, at the config
	_, _ = client.PutObject(r.Context(), &s3.PutObjectInput{Bucket: aws.String("uploads"), Key: aws.String("k"), Body: r.Body})
}

// A directive that names an unknown rule ("regoin") suppresses nothing,
// not even the known rule beside it: the suppression rule reports the typo.
func typoHandler(w http.ResponseWriter, r *http.Request) {
	//awsvet:ignore clientreuse,regoin -- cold path
	cfg, _ := config.LoadDefaultConfig(r.Context()) // want `config.LoadDefaultConfig runs on every HTTP request`
	_ = s3.NewFromConfig(cfg)
}

type Server struct{ cfg aws.Config }

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	client := s3.NewFromConfig(s.cfg) // want `s3\.NewFromConfig runs on every HTTP request: build the client once and share it`
	out, err := client.ListBuckets(r.Context(), &s3.ListBucketsInput{})
	if err == nil {
		_, _ = io.WriteString(w, *out.Owner.DisplayName)
	}
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("/buckets", func(w http.ResponseWriter, r *http.Request) {
		client := s3.NewFromConfig(sharedCfg, func(o *s3.Options) { o.UsePathStyle = true }) // want `s3\.NewFromConfig runs on every HTTP request: build the client once and share it`
		_, _ = client.ListBuckets(r.Context(), &s3.ListBucketsInput{})
	})
}

var listHandler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	cfg, _ := config.LoadDefaultConfig(r.Context(), config.WithRegion("us-east-1")) // want `config\.LoadDefaultConfig runs on every HTTP request: load the config once and reuse it`
	_ = cfg
})

// Checking the request first does not make it a cache.
func checkedHandler(w http.ResponseWriter, r *http.Request) {
	if r.Body == nil {
		http.Error(w, "empty", http.StatusBadRequest)
		return
	}
	client := s3.New(s3.Options{Region: "us-west-2"}) // want `s3\.New runs on every HTTP request: build the client once and share it`
	_, _ = client.PutObject(r.Context(), &s3.PutObjectInput{Bucket: aws.String("b"), Key: aws.String("k"), Body: r.Body})
}

// --- negatives ---

// A handler factory: the client is built once, when the handler is.
func NewUploadHandler(cfg aws.Config) http.HandlerFunc {
	client := s3.NewFromConfig(cfg)
	return func(w http.ResponseWriter, r *http.Request) {
		_, _ = client.PutObject(r.Context(), &s3.PutObjectInput{Bucket: aws.String("b"), Key: aws.String("k"), Body: r.Body})
	}
}

// A constructor returning a struct that holds the client.
type API struct{ s3 *s3.Client }

func NewAPI(cfg aws.Config) *API { return &API{s3: s3.NewFromConfig(cfg)} }

func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	_, _ = a.s3.ListBuckets(r.Context(), &s3.ListBucketsInput{})
}

// Lazy initialisation under a lock.
type lazyServer struct {
	mu     sync.Mutex
	cfg    aws.Config
	client *s3.Client
}

func (l *lazyServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	l.mu.Lock()
	if l.client == nil {
		l.client = s3.NewFromConfig(l.cfg)
	}
	client := l.client
	l.mu.Unlock()
	_, _ = client.ListBuckets(r.Context(), &s3.ListBucketsInput{})
}

// sync.Once inside the handler.
type onceServer struct {
	once   sync.Once
	cfg    aws.Config
	client *s3.Client
}

func (o *onceServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	o.once.Do(func() { o.client = s3.NewFromConfig(o.cfg) })
	_, _ = o.client.ListBuckets(r.Context(), &s3.ListBucketsInput{})
}

// A per-key cache that looks up before it builds.
var clientCache sync.Map

func cachedHandler(w http.ResponseWriter, r *http.Request) {
	key := r.URL.Query().Get("tenant")
	var client *s3.Client
	if v, ok := clientCache.Load(key); ok {
		client = v.(*s3.Client)
	} else {
		client = s3.NewFromConfig(sharedCfg)
		clientCache.Store(key, client)
	}
	_, _ = client.ListBuckets(r.Context(), &s3.ListBucketsInput{})
}

// The same cache with an early return.
func cachedEarlyReturn(w http.ResponseWriter, r *http.Request) {
	if v, ok := clientCache.Load("default"); ok {
		_, _ = v.(*s3.Client).ListBuckets(r.Context(), &s3.ListBucketsInput{})
		return
	}
	client := s3.NewFromConfig(sharedCfg)
	clientCache.Store("default", client)
}

// Per-request credentials: the client differs per request.
func tenantCredentials(r *http.Request) aws.CredentialsProvider { return nil }

func tenantHandler(w http.ResponseWriter, r *http.Request) {
	client := s3.NewFromConfig(sharedCfg, func(o *s3.Options) { o.Credentials = tenantCredentials(r) })
	_, _ = client.ListBuckets(r.Context(), &s3.ListBucketsInput{})
}

// Not a handler: how often it runs is not visible here.
func fetch(r *http.Request) (*s3.ListBucketsOutput, error) {
	return s3.NewFromConfig(sharedCfg).ListBuckets(r.Context(), &s3.ListBucketsInput{})
}
