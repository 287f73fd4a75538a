func sharedSubsequenceLength(a string, b string) int {
	// Each match (i, j) visited with j descending per i: LCS = strictly increasing run of j.
	var where [26][]int
	for j := 0; j < len(b); j++ {
		c := b[j] - 'a'
		where[c] = append(where[c], j)
	}
	tails := []int{}
	for i := 0; i < len(a); i++ {
		list := where[a[i]-'a']
		for t := len(list) - 1; t >= 0; t-- {
			j := list[t]
			lo, hi := 0, len(tails)
			for lo < hi {
				mid := (lo + hi) / 2
				if tails[mid] < j {
					lo = mid + 1
				} else {
					hi = mid
				}
			}
			if lo == len(tails) {
				tails = append(tails, j)
			} else {
				tails[lo] = j
			}
		}
	}
	return len(tails)
}
