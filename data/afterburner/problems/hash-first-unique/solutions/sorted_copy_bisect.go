import "sort"

func firstSingle(nums []int64) int {
	sorted := append([]int64(nil), nums...)
	sort.Slice(sorted, func(a, b int) bool { return sorted[a] < sorted[b] })
	for i, x := range nums {
		lo := sort.Search(len(sorted), func(m int) bool { return sorted[m] >= x })
		if lo+1 == len(sorted) || (lo+1 < len(sorted) && sorted[lo+1] != x) {
			return i
		}
	}
	return -1
}
