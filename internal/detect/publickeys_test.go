package detect_test

import "strings"

// searchKey is random, 32 lower-case hex digits like Algolia's keys.
var searchKey = strings.Join([]string{"a6c1e3f0b9d2", "47c85e1a6b3f", "9d0c2e7a"}, "")

// otherKey is random and mixed-case: not Algolia's shape.
var otherKey = strings.Join([]string{"phc_Kq7ZtR2mXw9", "LbN4vYc8HsJ3dF6", "gA1eU"}, "")

// publicKeyCases: keys public by design stay quiet only where their
// service's configuration says what they are (publickeys.go).
func publicKeyCases() []ruleCase {
	return []ruleCase{
		// Negative: Algolia search-only keys in a site's search configuration.
		{"docusaurus algolia block", "website/docusaurus.config.js", "themeConfig: {\n  algolia: {\n    appId: 'WBY9Z65YR4',\n    apiKey: '" + searchKey + "',\n    indexName: 'site',\n  },\n}\n", "", ""},
		{"docsearch call", "src/search.js", "docsearch({\n  container: '#search',\n  appId: 'R2IYF7ETH7',\n  apiKey: '" + searchKey + "',\n  indexName: 'docs',\n});\n", "", ""},
		{"hugo algolia params", "config.toml", "[params.algolia]\nappId = \"R2IYF7ETH7\"\nsearchOnlyApiKey = \"" + searchKey + "\"\nindexName = \"docs\"\n", "", ""},
		{"vuepress search_api_key", "docs/.vuepress/config.yml", "algolia:\n  app_id: R2IYF7ETH7\n  search_api_key: " + searchKey + "\n", "", ""},
		// Positive: an admin key beside the same settings, and an apiKey
		// with no search configuration around it.
		{"algolia admin key", "scripts/index.js", "const algolia = {\n  appId: 'R2IYF7ETH7',\n  adminApiKey: '" + searchKey + "',\n};\n", "generic-api-key", searchKey},
		{"api key elsewhere", "config/app.js", "module.exports = {\n  payments: {\n    apiKey: '" + searchKey + "',\n  },\n};\n", "generic-api-key", searchKey},
		{"another service's apiKey below the search block", "docusaurus.config.js", "algolia: {\n  appId: 'R2IYF7ETH7',\n  apiKey: '" + searchKey + "',\n},\nposthog: {\n  apiKey: '" + otherKey + "',\n},\n", "generic-api-key", otherKey},
		{"algolia far above", "config/app.js", "// search: algolia\n" + strings.Repeat("const filler = 1;\n", 30) + "const client = {\n  apiKey: '" + searchKey + "',\n};\n", "generic-api-key", searchKey},
	}
}
