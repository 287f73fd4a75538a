import "sort"

func sortedSquares(nums []int64) []int64 {
	// squares of the negatives, read backwards, and of the rest are both sorted
	split := sort.Search(len(nums), func(i int) bool { return nums[i] >= 0 })
	var neg, pos []int64
	for i := split - 1; i >= 0; i-- {
		neg = append(neg, nums[i]*nums[i])
	}
	for _, x := range nums[split:] {
		pos = append(pos, x*x)
	}
	merged := make([]int64, 0, len(nums))
	i, j := 0, 0
	for i < len(neg) && j < len(pos) {
		if neg[i] <= pos[j] {
			merged = append(merged, neg[i])
			i++
		} else {
			merged = append(merged, pos[j])
			j++
		}
	}
	merged = append(merged, neg[i:]...)
	return append(merged, pos[j:]...)
}
