import "sort"

func windowCounts(times []int64, w int64) []int {
	res := make([]int, len(times))
	for i, t := range times {
		edge := t - w
		// first index whose time is greater than edge
		first := sort.Search(i+1, func(j int) bool { return times[j] > edge })
		res[i] = i + 1 - first
	}
	return res
}
