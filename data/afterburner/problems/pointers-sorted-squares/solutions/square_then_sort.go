import "sort"

func sortedSquares(nums []int64) []int64 {
	result := make([]int64, len(nums))
	for i, x := range nums {
		result[i] = x * x
	}
	sort.Slice(result, func(a, b int) bool { return result[a] < result[b] })
	return result
}
