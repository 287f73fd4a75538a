func rangeSums(nums []int64, queries [][]int) []int64 {
	n := len(nums)
	tree := make([]int64, n+1)
	for i := 1; i <= n; i++ {
		tree[i] += nums[i-1]
		if parent := i + (i & -i); parent <= n {
			tree[parent] += tree[i]
		}
	}
	prefix := func(i int) int64 {
		var total int64
		for ; i > 0; i -= i & -i {
			total += tree[i]
		}
		return total
	}
	out := make([]int64, len(queries))
	for t, qr := range queries {
		out[t] = prefix(qr[1]) - prefix(qr[0]-1)
	}
	return out
}
