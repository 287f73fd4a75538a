func nextGreaterGap(nums []int) []int {
	n := len(nums)
	ans := make([]int, n)
	st := []int{}
	for i := 0; i < n; i++ {
		// pops on equal values too, so a tie counts as "larger"
		for len(st) > 0 && nums[st[len(st)-1]] <= nums[i] {
			j := st[len(st)-1]
			st = st[:len(st)-1]
			ans[j] = i - j
		}
		st = append(st, i)
	}
	return ans
}
