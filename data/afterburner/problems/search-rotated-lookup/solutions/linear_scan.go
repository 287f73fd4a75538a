func locate(nums []int, queries []int) []int {
	out := make([]int, len(queries))
	for t, v := range queries {
		out[t] = -1
		for i, x := range nums {
			if x == v {
				out[t] = i
				break
			}
		}
	}
	return out
}
