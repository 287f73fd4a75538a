func longestPalindrome(s string) int {
	// grow around each of the 2n-1 centres
	n, best := len(s), 1
	for c := 0; c < 2*n-1; c++ {
		lo, hi := c/2, c/2+c%2
		for lo >= 0 && hi < n && s[lo] == s[hi] {
			lo--
			hi++
		}
		if hi-lo-1 > best {
			best = hi - lo - 1
		}
	}
	return best
}
