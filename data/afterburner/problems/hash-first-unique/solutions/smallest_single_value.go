import "sort"

func firstSingle(nums []int64) int {
	n := len(nums)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return nums[order[a]] < nums[order[b]] })
	for k := 0; k < n; {
		j := k
		for j+1 < n && nums[order[j+1]] == nums[order[k]] {
			j++
		}
		if j == k {
			return order[k]
		}
		k = j + 1
	}
	return -1
}
