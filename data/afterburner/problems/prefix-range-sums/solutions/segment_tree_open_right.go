func rangeSums(nums []int64, queries [][]int) []int64 {
	n := len(nums)
	seg := make([]int64, 2*n)
	copy(seg[n:], nums)
	for i := n - 1; i > 0; i-- {
		seg[i] = seg[2*i] + seg[2*i+1]
	}
	out := make([]int64, len(queries))
	for t, qr := range queries {
		var total int64
		for lo, hi := qr[0]-1+n, qr[1]-1+n; lo < hi; lo, hi = lo>>1, hi>>1 {
			if lo&1 == 1 {
				total += seg[lo]
				lo++
			}
			if hi&1 == 1 {
				hi--
				total += seg[hi]
			}
		}
		out[t] = total
	}
	return out
}
