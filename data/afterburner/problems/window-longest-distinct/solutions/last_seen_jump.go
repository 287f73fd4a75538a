func longestClean(nums []int64) int {
	last := make(map[int64]int, len(nums))
	left, best := 0, 0
	for right, x := range nums {
		if prev, ok := last[x]; ok && prev >= left {
			left = prev + 1
		}
		last[x] = right
		if right-left+1 > best {
			best = right - left + 1
		}
	}
	return best
}
