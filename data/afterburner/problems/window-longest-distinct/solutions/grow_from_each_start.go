func longestClean(nums []int64) int {
	n, best := len(nums), 0
	seen := make(map[int64]struct{})
	for start := 0; start < n; start++ {
		end := start
		for end < n {
			if _, ok := seen[nums[end]]; ok {
				break
			}
			seen[nums[end]] = struct{}{}
			end++
		}
		if end-start > best {
			best = end - start
		}
		for i := start; i < end; i++ {
			delete(seen, nums[i])
		}
	}
	return best
}
