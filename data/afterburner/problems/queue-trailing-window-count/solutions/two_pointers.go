func windowCounts(times []int64, w int64) []int {
	res := make([]int, len(times))
	left := 0
	for right, t := range times {
		for t-times[left] >= w {
			left++
		}
		res[right] = right - left + 1
	}
	return res
}
