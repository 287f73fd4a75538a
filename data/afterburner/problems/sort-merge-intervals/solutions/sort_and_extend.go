import "sort"

func unionIntervals(intervals [][]int) [][]int {
	sort.Slice(intervals, func(a, b int) bool {
		if intervals[a][0] != intervals[b][0] {
			return intervals[a][0] < intervals[b][0]
		}
		return intervals[a][1] < intervals[b][1]
	})
	merged := [][]int{}
	for _, iv := range intervals {
		if len(merged) > 0 && iv[0] <= merged[len(merged)-1][1] {
			last := merged[len(merged)-1]
			if iv[1] > last[1] {
				last[1] = iv[1]
			}
		} else {
			merged = append(merged, []int{iv[0], iv[1]})
		}
	}
	return merged
}
