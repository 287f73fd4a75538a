func runningMedians(nums []int) []int {
	n := len(nums)
	vals := append([]int(nil), nums...)
	sort.Ints(vals)
	m := 0
	for _, v := range vals {
		if m == 0 || vals[m-1] != v {
			vals[m] = v
			m++
		}
	}
	vals = vals[:m]
	tree := make([]int32, m+1)
	top := 1
	for top*2 <= m {
		top *= 2
	}
	out := make([]int, n)
	for c, x := range nums {
		for i := sort.SearchInts(vals, x) + 1; i <= m; i += i & -i {
			tree[i]++
		}
		k := int32((c + 2) / 2)
		// descend the Fenwick tree to the k-th smallest
		pos := 0
		for step := top; step > 0; step >>= 1 {
			if pos+step <= m && tree[pos+step] < k {
				pos += step
				k -= tree[pos]
			}
		}
		out[c] = vals[pos]
	}
	return out
}
