func collapsePairs(s string) string {
	// Stack of open indices; matched pairs are marked and filtered at the end.
	n := len(s)
	removed := make([]bool, n)
	open := []int{}
	for i := 0; i < n; i++ {
		if len(open) > 0 && s[open[len(open)-1]] == s[i] {
			removed[open[len(open)-1]] = true
			removed[i] = true
			open = open[:len(open)-1]
		} else {
			open = append(open, i)
		}
	}
	out := []byte{}
	for i := 0; i < n; i++ {
		if !removed[i] {
			out = append(out, s[i])
		}
	}
	return string(out)
}
