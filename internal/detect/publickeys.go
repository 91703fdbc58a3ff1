package detect

import "strings"

// searchOnlyKeyNames are the names a site's search configuration gives
// Algolia's search-only key, lower case, without '_' and '-'.
var searchOnlyKeyNames = map[string]bool{"apikey": true, "searchapikey": true, "searchonlyapikey": true}

// searchOnlyKey reports an Algolia search-only API key in the search
// configuration of a public site (DocSearch in Docusaurus, VuePress, Hugo
// and the like): Algolia documents that key as public, sent to every
// visitor's browser, and only its admin and write keys as secret. The
// value must be bound to apiKey (searchApiKey, search_only_api_key) with
// "algolia" or "docsearch" in the few lines above the binding, as in
// `algolia: { appId: …, apiKey: …, indexName: … }`. An adminApiKey, or an
// apiKey with no search configuration around it, is judged as any key.
// The value must have the shape of Algolia's keys (32 hex digits), so
// that another service's apiKey written just below the search block is
// still judged as any key. The look back is bounded, so the cost stays
// linear in the findings.
func searchOnlyKey(text string, f *found) bool {
	if !algoliaKeyShape(f.Secret) {
		return false
	}
	name := strings.ToLower(lastToken(text[f.MatchStart:f.Start], func(c byte) bool { return isWord(c) || c == '-' }))
	name = nameSeparators.Replace(name)
	if !searchOnlyKeyNames[name] {
		return false
	}
	above := strings.ToLower(text[max(0, f.MatchStart-searchConfigWindow):f.MatchStart])
	return strings.Contains(above, "algolia") || strings.Contains(above, "docsearch")
}

// searchConfigWindow is how far above the key the search configuration's
// name may stand: a block of a few settings (appId, indexName, options).
const searchConfigWindow = 400

// nameSeparators are taken out of a setting's name before it is compared.
var nameSeparators = strings.NewReplacer("_", "", "-", "")

// algoliaKeyShape reports Algolia's API key shape: 32 hex digits.
func algoliaKeyShape(v string) bool {
	if len(v) != 32 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isHexDigit(v[i]) {
			return false
		}
	}
	return true
}
