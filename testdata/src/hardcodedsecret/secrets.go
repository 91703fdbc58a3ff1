// Fixtures for hardcodedsecret. Every token-shaped value here is a random
// string made for these tests (GitHub, Slack and Stripe check their own
// checksums and never issued them); none is a credential.
package hardcodedsecret

import (
	"net/http"
	"os"
)

// Positive: a GitHub token with its own format, in a constant.
const deployToken = "ghp_WK59PFkl0JfI2yyVlbPegBPrUhRZdsvDQuc8" // want `hardcoded github token gh…\(40 chars\): revoke it, remove it, and load it at run time`

// Positive: a Slack bot token passed as an argument.
func notify() {
	post("xoxb-524485628643-906307131050-zDp8mFmQp5zvqYMtrb1uvZwn", "deploy done") // want `hardcoded slack token xo…\(55 chars\): revoke it, remove it, and load it at run time`
}

func post(token, text string) {}

// Positive: a Stripe live key in a struct literal.
type billing struct{ Key string }

var shop = billing{Key: "sk_live_ZuDMjJxyZLLKcgTAOGSf9uih"} // want `hardcoded stripe access token sk…\(32 chars\): revoke it, remove it, and load it at run time`

// Positive: a private key in a raw string.
// want +1 `hardcoded private key --…\(\d+ chars\): revoke it, remove it, and load it at run time`
const signingKey = `-----BEGIN RSA PRIVATE KEY-----
fqv4Srx+o0jfcBXKLggNGXZK2OdJpg8MtBBjlmEaDhBEB7XObMHhNs1GkupJy6hJ
UZ14Ttchx6/UUfEY1mI+kpv1ohLVmKsf454zwYvWylyeoSjCFU3Vkukjgt5MtFvM
K+wECwhMm31gwfN3GpAACzTa6wt0bgdjye0+IXsKZfLSXuVSwoRCMdRdhhj8kirs
-----END RSA PRIVATE KEY-----`

// Positive: an RSA-8192 key, 6 kB, longer than the 4 kB a private key's
// body used to be tried on; found whole.
// want +1 `hardcoded private key --…\(\d+ chars\): revoke it, remove it, and load it at run time`
const backupSigningKey = `-----BEGIN RSA PRIVATE KEY-----
iEzauGhqYP/PvEBSKkDc4P7LRRYsVx18NMJiWT/kjEpfLKLXmVg8mAb5fEzZwzGB
xvH9Hl0JFSQVCBKww7LmATG4JuJjAyM2jc8pzOo+QDJdcx8OSElYATWcZ3fGYqNI
vE43IwUmrqcv5n+19Xm7eLa8vT4vQpZRMA3XY2przIQjs7r2k72msQs9QvpRwgDO
Tl5P7MjgFVyGrOqXlJeKPifmJQ4GO2yhzhGWmt/ujL3vq9Pf2iDgrzDEvqn6nl98
ccK9ZtTKHoPrBbXvEjey1e4N+HCbutcTyKIfT1vJwna4Wl5xWq2XDzRl/tv0qzAh
NUtZIXsCe7iPfQq+cTvK17QZGceeriCAXDlzP0HHv1kBU91VQI8KXyu9HOzRhb+S
2jAD4EK/1uPtPM3uOK+Me320mhz+WKuQ6E58snz4RxZc+gnCt0O/M4Qy2DiyV8yv
N6XboBO+8HvhRmJct3iKlSza501henL/6i5zfe8xEZMebKQMP8UFQf/oZKCqf8vM
Ubwm3waGFV/MQNLjdYlEdWvcYdGbW5t4dOFIF6IpuI/1N/2NlelBZx9JPfHSpQnM
1CUd+6/vQ2p5m2HLz0uXunVAOvowhCd8mu0Tfh1oNf6cS+/zcgUnxtFa18ym399U
K09Esj+8eTxyJfNyVLYymCnwim5WvcZXoQLM1B8LoggUc53hMtOFsAiqaihnaBz4
qUnr9eonXc/Af1G5fNJ2D5BQdu6mC0IMvph2p2rtDOCQp+6xH83lJCoS+IN2E3co
5CDLh0KYlhP5o48cHJ2jGzqgiKquNU9NSka7i7W27RSiUR7LYcseNze4ybYDOPys
/gZsCofis6hFiMCCioVVM1EQI55d4/4TFS3wHhHNLONyPHzvEx9s1KxG/jY6ath/
FGoD6HMUqo8qPFQ+uOgoJ/8uZ6ybzIRnSlCTRmy4artyDw029pvpLTjSD/aSaCjP
sxXMY/Js99HUU4dRCVJzKYAoQ1EIFbsdD/gbHxokOzFTsxzYGQTvuhiHZbWzFnPW
PIUr+qRsSh4QumR9yX66To4L8E5FwasSDYJPNx6rbvMh37aYcVp1yycbpPuNODGy
wTqjG3uGVBeyM5yBL8NPs9IHbzH42phdr8JaHBKc3m0Z2bXp2nzdLqZZkrU07xHc
2UHOY+M4S3D0yreywViO1gvywfvwe0lp7OSVKa/h5zMxUwiB+Ossi/F+gk858b/L
eU4U72RNV6An53JlwfYyBOJWbm4ARKdJnCqkB9zaLx+EZ8BrChnbYizaGI9WjzVe
pKopgLk2PKNXsCXNxM3XrfWQvNiMj6EnR4cddMXgeR1VjtbH5o9+3TVuvXeFIkH2
+WPSJeuVpFa4l9c6ZsDNuRCcyY9o6sRo9+tUNEDv069PULSTf1qKjK3PlkppbKFk
r7I+WOb+WMFrazK+BpW7BlxehHIApVVvrHynlYKe/bEodPA2V52bh1ZF0s+hWZx4
5XuNgf6jUfTmgtIJhJDQw9YH2UI6Pj1hqyVdzp3rXybO6bIp/DASVrNEVxjKr2Jx
5iVEFgw7BmO7dB+tw5a7/LnkZS8m6kEc+n3dhMq9WsO4xod3kRdonk3wxWjffycN
EbIHKChRR41jAYMSup6zXYckdpYxzEqOdqkvMGolwzHwYoacj4Kw3Z5oaag8pwji
TbDRE6Mji+SNjWvUdFb+vJnGrhylXXtMy+GT3egVbTGexd2J+43Zl9C4QjVybEV+
3mX8BJYjoKa55a0Xhz9x5n/zD3zycGXc/qUJij1c+p5DX6fTfbwf+drhiCNOopeV
jU9b7l3ma0a5pTvzAR/0g2oOcD3NEefMhQsa9pT0DAAz3RhAUcEHCQr82Bl4lKgI
v72Cn2qIRBWR1wuSakInv3JjeH22pDI9PxlLXHxHi2kajkUXGb2nBqMNIlE8pfEt
aku51bW1lIjM+Z5JHd5MfAp2Jy5qtfRM9cOhENjv+U6tuDeQy5z5dFEfC+u4mH8y
HSu0MqkyoeDx/dXn7AYbfNf20UhxA8dlRqbE2gvIdzMtK+3kLxRW2YI38sKDw+mw
mLPW3xTulXLXJr9R1JGFbgB0UXXHwgGd41OCUO1wy0nbheEA1bN+ET+veCkMH9Ru
pusQc0B8fArlxKxjF8WEZEzzd5Pn0i91e4PSl8vwYHRDrgsxoeYt/8jdXCBVpgzS
V2hVDqbpJNvtClDVcbjY8JC3akrFUUWmuZPNcKQlCN8j93DZOZra82YUeqTeAZpx
pXExkLVoWj1MAP2UqiViRPSeghA1iM7Je/YuBaKJXclJIbhWrOt6ZGMEYwMfImnp
nmTBmcMp/E0EPRylt8sQQHQtJ2AQ+cvBo8+mh5UqZT96IO7E7QECHxBmFQnGx7Xq
MqcYX4OqUdCdxoMH8d6PCrn1X/J4vHDrDQL8ADVT8dile5PXaLf/g/Ejc57vrjPM
xfcJ/okgUTcFzw50YrWwpcTfetGoEIklG7MOMkK/ZrT3UIJ0m7pKkHSeMpfhWIOl
tBves9Q+bTYKrLnueCejk7mup+GRd/NaMEtgFxXAPddYcrFH79e5TgqI2DUFcWxz
V7OuZq/f8ZOPg+XieCFKev8fnBTHJ5Jfs3AtXMeav2sAD6HckfxMbQ9lN8rSfBLb
+ZDG4eB1wdN/+gEx7ZtbszINZcSDZu/PaoFN5RMoWPTAIC55DGFd/CudVpYvi2RQ
WGP2sZH2kTl6T0R45ilEVifw4c9DWUNF+gG0/yoW15wX5dn+KiY+3UlSnP2hOQya
Ft/16jnQsnH/Y+Iz2JBFgNRH+z0ech/7u9R2zNcuOPJ1E605MmBDE/sutoobkFgj
0VeQhpypmD3GpajAINFRAB/2xw9MtE8qAAOKm7g4a4AJvB3z6Yj0qKvjjWJQ6Zgp
3D+f6FIFoy0/9AiBZGuCEsg3dsKq6TOpnVpX7X+uiJPBCGVYhtsKx4p0yTz3vDMs
yHfDo74nFHF7sTZFzCbLpD8i1XbrU+wKCx5s3HGiZFvO8I4VNqvk8kMaL0JTKhmj
UCZNWh8MsIlJNwHWs8uV2VSVpszn5cC6O2rYByEMAAgIVWOtDfH46adc6Wf3k7+c
ROTuACL7qR5qqrqPPiRpyqhFnWh2BTMkCqGENmQDjneW4nYGiT/5WW0pTIy4K4ud
wRkHDNV8lT/bjOg61Iz16YgLgczKI0E2heT8uXcR7sT8UvVWnjm2Y8OaeN6rNyDQ
dNmu2OnbSQwIfiQ285GyLTje7VIgQPOPeuej0lEAxQxslvZQtMwaQOtzExUctPnQ
VqSL1PxhnbtzW4QXEe78gmdSlxON9oBZijxAehFYsAg+WzkT01mF6l0zNHt+hYGH
Xk8Mra1MaxKZhMfZowuIKGoqArJUS6KoWLWA2htzODxMQCFy9YOnbCZx+eWPgcLv
c6rC8m9umZXdUZKdKtaY4bQjiLk0diJOJR14L5qhPSwaL5FsTURb1ZrOA7G7fYLv
yIVuLQxJJIfU1oC34jDzpBoYCysrt0/bOZ6G4bkX0AP9eSGY0xecINwGXfvJKyIk
b1tvGNppEIIlRv4/rLN2fydZu9LgGoS096E306H+4fWUL3uC2qkcKPzGckK0GyAo
dQ8q1/aNk6wa5yF419pqNVQvSJb5JUSG38LzOE7t8kmuDeDhY1CWZy5kED8cm9HK
hbijU0s9OBtWPIG44oBILOz/xvu7lC0+u1qvtqGPtgyrMPeJkiB/itUzyjpv8008
QZN393LLEdogpywv7KqBm+1rs7lvn0IL0Aes+Lzu2+b+auYRZCjUFw1LOoIJe+3H
27GU/1iDk1R2QDr/HCEd0wTk1fVEIFwFvOs2NC47W0QoJIdNK/Biy/mjbNfWSEiQ
UXSQ9epcgyyiha9upwmsWKkqj5aiFVyrMmGRPhTrIRKZOONUd/J9WVE6BcG0XCm5
LcP6eeN8xnKv092+xT/UcHsJEnRVfe864XAx5dD5UF0jv7e7DLIzqYtze7XWbc0v
+j7+s7di2ccYXryKfVblR5D+glk0O6+9Zwym0FZWktakrKt4lPSiszBz6pPU4V1a
isqEnpsRZ5KMJSCmisg6rxmPoYtqhavfmFZj/8o0rMAzEPuZutzo6dk6IyFB/iao
mMNvh7hcVyNkaILlMHdQ+TIa7cUBvlY9EzxQxwQt3MXJ9fUXq+tthyeDXI40wS1W
E40VkUTSc0FLa1penH2jdOXzajPyhgzNpaFfs6l50p1gNw6VmHTII+fnOI5EoSDx
wfTn/1ouzM2eQ0Hm+qI2iMP4ypULRt/mmyH5dbWmHWXSC3YIUQrjrVlvIgyrRvqk
wKO7oP8iPhE/0IEOplA5kT1MjoGjOkqs7Tr9bXxy7aZLCewLmD+e5cZueRZiqQCG
9WUwqdmarZol7lwb36ZfBxFZRLDFUsqXc+HJjtlX5Y0JTb8Pl2EEyXUUYwHnXdkc
UBZGow2dntAcAZsjo1GfbpKh4QUWJCzDtU13WTd+CKaIAsNTi50h9TJvOOSLLqg0
XQQOQMlmKmCn/QD1tiRIdB4c55LfJqwMSIV8g25oGLjRrignU1EBw857JpkxrIrZ
1OOT2zdywF7CypoOfQssarMSCb3ICAQBlLaWiCLy5DMwYRJBhz3akGWW20h7sbPy
OhGiXCaJl+LlWwHrKnfMzx1vNKjCctCadWamiZEknwCKkP3bOrfeCuT5WKBdvZpB
seqTevox8buwT19mZpbXTgNLlN5ERKj2QETpEkBUpwvDTLgLbNcQFH9vaLQMI2jy
4mecdf8Yqfa0QlXpIAI9YVKiAMRj2rAC4SOjQnm3OA0Cuy1zZ3WQZ+3GdeMPtfs0
UImpVMToY2OGzT6fcl92N6+laIRAiqgZOXF1eRb1eJoOTA5DvVBoa7zuC75H+oFu
VnfRAwjj4ZrAtP1te7/BvdqH3tw5ZPfXdxQPdgITdMaPvXEdrDWXQ30qC7UksGRQ
mvq+vIuJV6Qp3XZsM1vIdgXUb77SgA6H588PuSLX3Xln0niwlCzLdMXAQSFNvZMn
uc4YfV8XgpLPYjHupTfgKcdlGlS10XKfFbvF7lVtxqWtyM39xd4oKVaqNYHMjzNO
4oLmWa8/wvC9mQULJCoDxw/Weg8MrB5E/IS5uGpM1f+/XsHoXAdQOaNfjyATSU3R
E9LpKGBPM2zfVhbAIPh8yxbkC4ltQZ/a2v0mdlJJKs9yuue8y4qXHbig524DVw6s
QmMQ4uOiq+rAm84axlA9c1v+CAEhU0I+5yxQajoTgELJka91aInTMNrSljOj1KbY
uCTvxOwWdAX3U4j0Mc6fZ8oY0Ax5GNDXFynrM9O5EmPcpxzS21ZsfQw5a+8vMJL/
f3dxi76ZskoKQhxwqaKsIcAxZh9EhSHKKRB+F9bu687ZInJdmx/lp2GrJn82IiFB
S0i2AUbvirEhUxgqmV/o5i94LjuiKNQfJ636N3Kw959oqaLo34i6m2bv8yb/dCOp
1HdzYgMo+cAAqHA/pSR8tJ5O7MWWU6Nz/8bpi4DSRWwWHumrqWhWROwf7r9Ap7tr
ivdDd7YSRNTvctGaLl8iqDq0gAt5Xls/bR8Avde8nvRiBl+OY4t4D6W5HCzuvj3N
oATbsKwQNJkIPd/X6ABPBW/gPWrZzHDRbGlM491Fhgx7ULs+Yiye7zhTrXpUaJOP
ZAIuqfT05ssI8fHqqADPG75Uc4uy3exWBBGUC/OW8Xc+tCk8mQ+venqB0nvFcQPB
QlrYM1G0lL0t0IiXxdy9iTJTaD+X3oCr99WnUMdabgOUVhT8rhpZAEzs6sEtj/1N
Z3lvgiPapG6mCXdR6ghhZcpvd8/fpPti5nRz1SMCoaELohRlk0mP+0+hHaZMkOOl
OaKZiHkdjHnHPHCgwnu2nAe+Tnz0+y1/PMJ+NihHb2kJvxPzKXITosCjrmLXyQr1
lOEtNL1QTy1bKalVdhatWNkFNHxRet9Oj0YxN/BcdFyt0RztLYSXW26loI42y2t7
5kMoqSlbpTYNMl0ldoyUrLlayopGT+RerGsTk4bGPfKgc27jPcEjojjzBBUILR7U
8njdHlubv+4mpSTCyfExrZMrL4lXB1dMz0vYRjoZsGaR/QUJ/GTf2jgEuTrNNZsx
rvIn9XyDf0+LgKp2hYFXtnfJaA7mMBn3gMGhQ8/8LuQObi17cDxoQBByc1IjauNC
nYzZPopLdEcXwsi7priUbTrLMth4j6hbMDGSxQ2E3fr+xmUiXzDCTjKo3v0xzLPf
xPL0lPLKkLbbVIw8DzqR6a4QlIPiPDd2REAcyOecpvZSNPRJV/pjafzZtjQ=
-----END RSA PRIVATE KEY-----`

// Positive: a generic API key bound to a Go name (the name supplies what
// gitleaks' generic-api-key needs).
const billingAPIKey = "4vmuGMGKAuWfpTbmRsHdRXfr" // want `hardcoded api key 4v…\(24 chars\): revoke it, remove it, and load it at run time`

// Positive: a password in a struct field.
type dbConfig struct{ Host, User, Password string }

var prod = dbConfig{Host: "db.internal", User: "app", Password: "8nBNXYK7Gh5Qhy50B7P6nL"} // want `hardcoded api key 8n…\(22 chars\): revoke it, remove it, and load it at run time`

// Positive: a password inside a DSN: the binding is in the literal's text.
const dsn = "host=db.internal user=app password=sbWsXAJKil8Krk3QCI33jOqw5L sslmode=require" // want `hardcoded api key sb…\(26 chars\): revoke it, remove it, and load it at run time`

// Positive: an environment variable set from a literal.
func env() {
	os.Setenv("PAYMENTS_API_TOKEN", "oVFqxtpuPzNP3MzTtpcq1") // want `hardcoded api key oV…\(21 chars\): revoke it, remove it, and load it at run time`
}

// Positive: a header set from a literal.
func header(req *http.Request) {
	req.Header.Set("X-Api-Key", "pyZ9NfUl36ohkjXRS4ASfzgUOVm0") // want `hardcoded api key py…\(28 chars\): revoke it, remove it, and load it at run time`
}

// Positive: a map of settings.
var settings = map[string]string{
	"client_secret": "Qe7LvB2nXk9RwT4pZc8M", // want `hardcoded api key Qe…\(20 chars\): revoke it, remove it, and load it at run time`
}

// Positive: a token in a comment. ghp_dWrdE03WKpm15UELhUOuZAzHx4LP4AzUdIG1 // want `comment holds github token gh…\(40 chars\): revoke it, remove it, and load it at run time`

// Positive: a token split across a constant concatenation.
const splitToken = "ghp_OHqttidvRzFRYToraZB" + "3DO7GWIQtUlmOS6EC" // want `constant expression spells github token gh…\(40 chars\): revoke it, remove it, and load it at run time`

// Positive: an AWS secret access key inside an embedded credentials file
// (no key ID next to it, so hardcodedkey has nothing to report).
// want +2 `hardcoded aws secret access key B5…\(40 chars\): revoke it, remove it, and load it at run time`
const credentialsFile = `[ci]
aws_secret_access_key = B5Uvoad+/q5QMegD5vfX3r1HDY0hWokTpXtZVuRT
`

// Positive: a JWT.
const serviceJWT = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAic3ZjLWJpbGxpbmciLCAiaWF0IjogMTcxODAwMDAwMCwgInNjb3BlIjogImFkbWluIn0.iKCyZQeG-JDWxCOQ2fgrlaQJx3dfqSwAExxC0nLfYmF" // want `hardcoded jwt ey…\(164 chars\): revoke it, remove it, and load it at run time`

// Positive: a suppression without a reason suppresses nothing.
const unexplained = "glpat-JSRO5k0A8Uci0qRhSBHp" //awsvet:ignore hardcodedsecret // want `hardcoded gitlab personal access token gl…\(26 chars\): revoke it, remove it, and load it at run time`
