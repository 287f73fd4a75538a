func windowCounts(times []int64, w int64) []int {
	res := make([]int, len(times))
	for i := range times {
		count := 0
		for j := 0; j <= i; j++ {
			if times[i]-times[j] < w {
				count++
			}
		}
		res[i] = count
	}
	return res
}
