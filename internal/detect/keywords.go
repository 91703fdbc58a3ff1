package detect

// MayMatchDefault reports whether text may hold a finding of the default
// rules (a keyword occurs): the gate before a caller prepares text for a
// scan. Building the default detector for it costs a TOML parse and the
// keyword automaton, a few milliseconds: its rules are compiled only when
// a scan meets their keywords (Default).
func MayMatchDefault(text string) bool {
	d, err := Default()
	return err != nil || d.MayMatch(text)
}
