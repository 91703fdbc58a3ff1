// With -hardcodedsecret.config, a gitleaks configuration's rules apply.
package config

// Positive: the configuration's own rule.
const internalToken = "acme_k3j9x2m5q8w1e4r7t0y6u3i9" // want `hardcoded acme token ac…\(29 chars\): revoke it, remove it, and load it at run time`

// Positive: the default rules, kept by [extend] useDefault.
const deployToken = "ghp_dWrdE03WKpm15UELhUOuZAzHx4LP4AzUdIG1" // want `hardcoded github token gh…\(40 chars\): revoke it, remove it, and load it at run time`

// Negative: the configuration disables generic-api-key.
const apiKey = "oVFqxtpuPzNP3MzTtpcq1"
