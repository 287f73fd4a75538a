import "sort"

func firstPositions(nums []int64, queries []int64) []int {
	ans := make([]int, len(queries))
	for t, v := range queries {
		i := sort.Search(len(nums), func(m int) bool { return nums[m] > v }) - 1
		if i >= 0 && nums[i] == v {
			ans[t] = i
		} else {
			ans[t] = -1
		}
	}
	return ans
}
