func nextGreaterGap(nums []int) []int {
	n := len(nums)
	ans := make([]int, n)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if nums[j] > nums[i] {
				ans[i] = j - i
				break
			}
		}
	}
	return ans
}
