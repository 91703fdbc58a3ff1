// With -hardcodedsecret.config, a gitleaks configuration's rules apply.
package config

// Positive: the configuration's own rule.
const internalToken = "acme_k3j9x2m5q8w1e4r7t0y6u3i9" // want `hardcoded secret ac…\(29 chars\) matches rule acme-token`

// Positive: the default rules, kept by [extend] useDefault.
const deployToken = "ghp_dWrdE03WKpm15UELhUOuZAzHx4LP4AzUdIG1" // want `hardcoded secret gh…\(40 chars\) matches gitleaks rule github-pat`

// Negative: the configuration disables generic-api-key.
const apiKey = "oVFqxtpuPzNP3MzTtpcq1"
