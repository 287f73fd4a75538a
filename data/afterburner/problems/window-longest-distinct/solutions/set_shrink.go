func longestClean(nums []int64) int {
	window := make(map[int64]struct{})
	left, best := 0, 0
	for _, x := range nums {
		for {
			if _, ok := window[x]; !ok {
				break
			}
			delete(window, nums[left])
			left++
		}
		window[x] = struct{}{}
		if len(window) > best {
			best = len(window)
		}
	}
	return best
}
