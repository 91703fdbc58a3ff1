package credlog

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	kitlog "github.com/go-kit/log"
	"github.com/go-kit/log/level"
	"github.com/go-logr/logr"
	"github.com/hashicorp/go-hclog"
	"k8s.io/klog/v2"
)

// Positive: klog, as Kubernetes controllers log (formatted and structured).
func withKlog(creds aws.Credentials) {
	klog.Infof("assumed role: %+v", creds)                          // want `creds is passed to klog.Infof`
	klog.V(4).InfoS("refreshed", "secret", creds.SecretAccessKey)   // want `creds.SecretAccessKey is passed to klog.Verbose.InfoS`
	klog.ErrorS(nil, "refresh failed", "token", creds.SessionToken) // want `creds.SessionToken is passed to klog.ErrorS`
}

// Positive: logr, the interface controller-runtime hands out.
func withLogr(log logr.Logger, creds *aws.Credentials) {
	log.Info("refreshed", "creds", creds)                             // want `creds is passed to logr.Logger.Info`
	log.WithValues("secret", creds.SecretAccessKey).Info("refreshed") // want `creds.SecretAccessKey is passed to logr.Logger.WithValues`
}

// Positive: hclog, as HashiCorp's tools and plugins log.
func withHclog(l hclog.Logger, creds aws.Credentials) {
	l.Debug("refreshed", "secret", creds.SecretAccessKey) // want `creds.SecretAccessKey is passed to hclog.Logger.Debug`
	l.With("creds", creds).Info("refreshed")              // want `creds is passed to hclog.Logger.With`
}

// Positive: go-kit log, as Prometheus and Loki log.
func withKitlog(l kitlog.Logger, creds aws.Credentials) {
	level.Debug(l).Log("msg", "refreshed", "token", creds.SessionToken) // want `creds.SessionToken is passed to log.Logger.Log`
	kitlog.With(l, "secret", creds.SecretAccessKey).Log("msg", "x")     // want `creds.SecretAccessKey is passed to log.With`
}

// Negative: the same loggers with what is safe to log: the key ID, the
// source, the expiry, the type.
func ecosystemClean(log logr.Logger, h hclog.Logger, l kitlog.Logger, creds aws.Credentials) {
	klog.Infof("using access key %s from %s", creds.AccessKeyID, creds.Source)
	klog.V(2).InfoS("refreshed", "expires", creds.Expires, "canExpire", creds.CanExpire)
	log.Info("refreshed", "keyID", creds.AccessKeyID, "source", creds.Source)
	log.WithValues("expires", creds.Expires).V(1).Info("refreshed")
	h.Info("refreshed", "access_key_id", creds.AccessKeyID)
	h.Named("aws").Debug("credentials", "type", "static", "expires", creds.Expires)
	level.Info(l).Log("msg", "refreshed", "key_id", creds.AccessKeyID)
	kitlog.With(l, "source", creds.Source).Log("msg", "refreshed")
	klog.Infof("credentials are of type %T", creds)
}
