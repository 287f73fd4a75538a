func rangeSums(nums []int64, queries [][]int) []int64 {
	out := make([]int64, len(queries))
	for t, qr := range queries {
		var total int64
		for i := qr[0] - 1; i < qr[1]; i++ {
			total += nums[i]
		}
		out[t] = total
	}
	return out
}
