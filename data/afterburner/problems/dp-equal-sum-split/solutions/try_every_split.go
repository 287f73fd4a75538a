func canSplitEvenly(nums []int) bool {
	total := 0
	for _, x := range nums {
		total += x
	}
	if total%2 != 0 {
		return false
	}
	var search func(i, left int) bool
	search = func(i, left int) bool {
		if i == len(nums) {
			return left*2 == total
		}
		return search(i+1, left+nums[i]) || search(i+1, left)
	}
	return search(0, 0)
}
