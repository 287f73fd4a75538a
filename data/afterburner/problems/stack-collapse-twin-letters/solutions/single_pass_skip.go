func collapsePairs(s string) string {
	// drops the pairs visible in the input, but never looks back
	out := make([]byte, 0, len(s))
	i := 0
	for i < len(s) {
		if i+1 < len(s) && s[i] == s[i+1] {
			i += 2
		} else {
			out = append(out, s[i])
			i++
		}
	}
	return string(out)
}
