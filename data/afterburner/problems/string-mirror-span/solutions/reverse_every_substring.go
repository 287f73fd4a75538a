func longestPalindrome(s string) int {
	n, best := len(s), 0
	for i := 0; i < n; i++ {
		for j := i; j < n; j++ {
			sub := s[i : j+1]
			back := make([]byte, len(sub))
			for k := range sub {
				back[len(sub)-1-k] = sub[k]
			}
			if sub == string(back) && j-i+1 > best {
				best = j - i + 1
			}
		}
	}
	return best
}
