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
	klog.Infof("assumed role: %+v", creds)                          // want `secret access key and session token creds written to the log by klog\.Infof: log the AccessKeyID or Source`
	klog.V(4).InfoS("refreshed", "secret", creds.SecretAccessKey)   // want `secret access key creds\.SecretAccessKey written to the log by klog\.Verbose\.InfoS: log the AccessKeyID or Source`
	klog.ErrorS(nil, "refresh failed", "token", creds.SessionToken) // want `session token creds\.SessionToken written to the log by klog\.ErrorS: log the AccessKeyID or Source`
}

// Positive: logr, the interface controller-runtime hands out.
func withLogr(log logr.Logger, creds *aws.Credentials) {
	log.Info("refreshed", "creds", creds)                             // want `secret access key and session token creds written to the log by logr\.Logger\.Info: log the AccessKeyID or Source`
	log.WithValues("secret", creds.SecretAccessKey).Info("refreshed") // want `secret access key creds\.SecretAccessKey written to the log by logr\.Logger\.WithValues: log the AccessKeyID or Source`
}

// Positive: hclog, as HashiCorp's tools and plugins log.
func withHclog(l hclog.Logger, creds aws.Credentials) {
	l.Debug("refreshed", "secret", creds.SecretAccessKey) // want `secret access key creds\.SecretAccessKey written to the log by hclog\.Logger\.Debug: log the AccessKeyID or Source`
	l.With("creds", creds).Info("refreshed")              // want `secret access key and session token creds written to the log by hclog\.Logger\.With: log the AccessKeyID or Source`
}

// Positive: go-kit log, as Prometheus and Loki log.
func withKitlog(l kitlog.Logger, creds aws.Credentials) {
	level.Debug(l).Log("msg", "refreshed", "token", creds.SessionToken) // want `session token creds\.SessionToken written to the log by log\.Logger\.Log: log the AccessKeyID or Source`
	kitlog.With(l, "secret", creds.SecretAccessKey).Log("msg", "x")     // want `secret access key creds\.SecretAccessKey written to the log by log\.With: log the AccessKeyID or Source`
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
