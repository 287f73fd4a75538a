func rangeSums(nums []int64, queries [][]int) []int64 {
	prefix := make([]int64, len(nums)+1)
	for i, x := range nums {
		prefix[i+1] = prefix[i] + x
	}
	out := make([]int64, len(queries))
	for t, qr := range queries {
		out[t] = prefix[qr[1]] - prefix[qr[0]-1]
	}
	return out
}
