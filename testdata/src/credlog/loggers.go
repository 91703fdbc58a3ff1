package credlog

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

// Positive: logrus, fields included.
func withLogrus(creds aws.Credentials) {
	logrus.Infof("credentials: %+v", creds)                                          // want `creds is passed to logrus.Infof`
	logrus.WithField("secret", creds.SecretAccessKey).Info("refreshed")              // want `creds.SecretAccessKey is passed to logrus.WithField`
	logrus.WithFields(logrus.Fields{"token": creds.SessionToken}).Debug("refreshed") // want `logrus.Fields{…}, which holds creds.SessionToken, is passed to logrus.WithFields`
}

// Positive: zap, structured and sugared.
func withZap(l *zap.Logger, creds aws.Credentials) {
	l.Info("refreshed", zap.String("secret", creds.SecretAccessKey)) // want `creds.SecretAccessKey is passed to zap.String`
	l.Sugar().Infow("refreshed", "creds", creds)                     // want `creds is passed to zap.SugaredLogger.Infow`
}

// Positive: zerolog events.
func withZerolog(l zerolog.Logger, creds *aws.Credentials) {
	l.Info().Str("token", creds.SessionToken).Msg("refreshed") // want `creds.SessionToken is passed to zerolog.Event.Str`
	zlog.Debug().Interface("creds", creds).Send()              // want `creds is passed to zerolog.Event.Interface`
}

// Negative: the same loggers with identifiers only.
func loggersClean(l *zap.Logger, z zerolog.Logger, creds aws.Credentials) {
	logrus.WithField("key_id", creds.AccessKeyID).Info("refreshed")
	l.Info("refreshed", zap.String("key_id", creds.AccessKeyID), zap.Time("expires", creds.Expires))
	z.Info().Str("source", creds.Source).Bool("can_expire", creds.CanExpire).Msg("refreshed")
	l.Sugar().Infof("credentials are of type %T", creds)
}
