func locate(nums []int, queries []int) []int {
	// recursive search on [lo, hi], descending into the half that can hold v
	var find func(lo, hi, v int) int
	find = func(lo, hi, v int) int {
		if lo > hi {
			return -1
		}
		mid := (lo + hi) / 2
		if nums[mid] == v {
			return mid
		}
		if nums[lo] <= nums[mid] {
			if nums[lo] <= v && v < nums[mid] {
				return find(lo, mid-1, v)
			}
			return find(mid+1, hi, v)
		}
		if nums[mid] < v && v <= nums[hi] {
			return find(mid+1, hi, v)
		}
		return find(lo, mid-1, v)
	}
	out := make([]int, len(queries))
	for t, v := range queries {
		out[t] = find(0, len(nums)-1, v)
	}
	return out
}
