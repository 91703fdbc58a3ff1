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
	logrus.Infof("credentials: %+v", creds)                                          // want `secret access key and session token creds written to the log by logrus\.Infof: log the AccessKeyID or Source`
	logrus.WithField("secret", creds.SecretAccessKey).Info("refreshed")              // want `secret access key creds\.SecretAccessKey written to the log by logrus\.WithField: log the AccessKeyID or Source`
	logrus.WithFields(logrus.Fields{"token": creds.SessionToken}).Debug("refreshed") // want `session token creds\.SessionToken written to the log by logrus\.WithFields: log the AccessKeyID or Source`
}

// Positive: zap, structured and sugared.
func withZap(l *zap.Logger, creds aws.Credentials) {
	l.Info("refreshed", zap.String("secret", creds.SecretAccessKey)) // want `secret access key creds\.SecretAccessKey written to the log by zap\.String: log the AccessKeyID or Source`
	l.Sugar().Infow("refreshed", "creds", creds)                     // want `secret access key and session token creds written to the log by zap\.SugaredLogger\.Infow: log the AccessKeyID or Source`
}

// Positive: zerolog events.
func withZerolog(l zerolog.Logger, creds *aws.Credentials) {
	l.Info().Str("token", creds.SessionToken).Msg("refreshed") // want `session token creds\.SessionToken written to the log by zerolog\.Event\.Str: log the AccessKeyID or Source`
	zlog.Debug().Interface("creds", creds).Send()              // want `secret access key and session token creds written to the log by zerolog\.Event\.Interface: log the AccessKeyID or Source`
}

// Negative: the same loggers with identifiers only.
func loggersClean(l *zap.Logger, z zerolog.Logger, creds aws.Credentials) {
	logrus.WithField("key_id", creds.AccessKeyID).Info("refreshed")
	l.Info("refreshed", zap.String("key_id", creds.AccessKeyID), zap.Time("expires", creds.Expires))
	z.Info().Str("source", creds.Source).Bool("can_expire", creds.CanExpire).Msg("refreshed")
	l.Sugar().Infof("credentials are of type %T", creds)
}
