func nextGreaterGap(nums []int) []int {
	// nxt[i] = next larger index; follow already-known links to skip blocks
	n := len(nums)
	nxt := make([]int, n)
	ans := make([]int, n)
	for i := n - 1; i >= 0; i-- {
		j := i + 1
		for j < n && nums[j] <= nums[i] {
			j = nxt[j]
		}
		nxt[i] = j
		if j < n {
			ans[i] = j - i
		}
	}
	return ans
}
