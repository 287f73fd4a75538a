func longestPalindrome(s string) int {
	// Manacher on the string with separators: ^#a#b#...#$
	n := len(s)
	t := make([]byte, 0, 2*n+3)
	t = append(t, '^', '#')
	for i := 0; i < n; i++ {
		t = append(t, s[i], '#')
	}
	t = append(t, '$')
	m := len(t)
	rad := make([]int, m)
	center, right, best := 0, 0, 0
	for i := 1; i < m-1; i++ {
		if i < right {
			rad[i] = rad[2*center-i]
			if right-i < rad[i] {
				rad[i] = right - i
			}
		}
		for t[i+rad[i]+1] == t[i-rad[i]-1] {
			rad[i]++
		}
		if i+rad[i] > right {
			center, right = i, i+rad[i]
		}
		if rad[i] > best {
			best = rad[i]
		}
	}
	return best
}
