import "sort"

func locate(nums []int, queries []int) []int {
	// copy the array back into ascending order, search it, map the index back
	n := len(nums)
	shift := 0
	for i, v := range nums {
		if v < nums[shift] {
			shift = i
		}
	}
	ordered := append(append([]int(nil), nums[shift:]...), nums[:shift]...)
	out := make([]int, len(queries))
	for t, v := range queries {
		k := sort.SearchInts(ordered, v)
		if k < n && ordered[k] == v {
			out[t] = (k - shift + n) % n
		} else {
			out[t] = -1
		}
	}
	return out
}
