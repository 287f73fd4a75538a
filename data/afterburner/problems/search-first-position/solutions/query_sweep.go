import "sort"

func firstPositions(nums []int64, queries []int64) []int {
	// answer queries in increasing order with one forward pointer into nums
	order := make([]int, len(queries))
	for t := range order {
		order[t] = t
	}
	sort.Slice(order, func(a, b int) bool { return queries[order[a]] < queries[order[b]] })
	ans := make([]int, len(queries))
	i := 0
	for _, idx := range order {
		v := queries[idx]
		for i < len(nums) && nums[i] < v {
			i++
		}
		if i < len(nums) && nums[i] == v {
			ans[idx] = i
		} else {
			ans[idx] = -1
		}
	}
	return ans
}
