func locate(nums []int, queries []int) []int {
	// one binary search per query: one half of [lo, hi] is always sorted
	out := make([]int, len(queries))
	for t, v := range queries {
		lo, hi, found := 0, len(nums)-1, -1
		for lo <= hi {
			mid := (lo + hi) / 2
			m := nums[mid]
			if m == v {
				found = mid
				break
			}
			if nums[lo] <= m {
				if nums[lo] <= v && v < m {
					hi = mid - 1
				} else {
					lo = mid + 1
				}
			} else if m < v && v <= nums[hi] {
				lo = mid + 1
			} else {
				hi = mid - 1
			}
		}
		out[t] = found
	}
	return out
}
