func longestPalindrome(s string) int {
	// pal[i][j]: s[i..j] is a palindrome, filled by increasing length
	n, best := len(s), 1
	pal := make([][]bool, n)
	for i := range pal {
		pal[i] = make([]bool, n)
		pal[i][i] = true
	}
	for i := 0; i+1 < n; i++ {
		if s[i] == s[i+1] {
			pal[i][i+1] = true
			best = 2
		}
	}
	for length := 3; length <= n; length++ {
		for i := 0; i+length <= n; i++ {
			j := i + length - 1
			if s[i] == s[j] && pal[i+1][j-1] {
				pal[i][j] = true
				best = length
			}
		}
	}
	return best
}
