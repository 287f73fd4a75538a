func locate(nums []int, queries []int) []int {
	where := make(map[int]int, len(nums))
	for i, v := range nums {
		where[v] = i
	}
	out := make([]int, len(queries))
	for t, v := range queries {
		if i, ok := where[v]; ok {
			out[t] = i
		} else {
			out[t] = -1
		}
	}
	return out
}
