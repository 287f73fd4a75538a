func runningMedians(nums []int) []int {
	n := len(nums)
	index := map[int]int{}
	for _, v := range nums {
		index[v] = 0
	}
	vals := make([]int, 0, len(index))
	for v := range index {
		vals = append(vals, v)
	}
	sort.Ints(vals)
	for i, v := range vals {
		index[v] = i
	}
	size := 1
	for size < len(vals) {
		size <<= 1
	}
	cnt := make([]int, 2*size)
	out := make([]int, n)
	for c, x := range nums {
		for i := index[x] + size; i > 0; i >>= 1 {
			cnt[i]++
		}
		k := (c + 2) / 2
		node := 1
		for node < size {
			left := cnt[2*node]
			if k <= left {
				node = 2 * node
			} else {
				k -= left
				node = 2*node + 1
			}
		}
		out[c] = vals[node-size]
	}
	return out
}
