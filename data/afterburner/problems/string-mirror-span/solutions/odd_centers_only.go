func longestPalindrome(s string) int {
	// only grows around letters, so even-length answers are missed
	n, best := len(s), 1
	for c := 0; c < n; c++ {
		k := 1
		for c-k >= 0 && c+k < n && s[c-k] == s[c+k] {
			k++
		}
		if 2*k-1 > best {
			best = 2*k - 1
		}
	}
	return best
}
