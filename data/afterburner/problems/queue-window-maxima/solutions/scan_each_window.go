func windowMaxima(nums []int, k int) []int {
	out := make([]int, 0, len(nums)-k+1)
	for s := 0; s+k <= len(nums); s++ {
		best := nums[s]
		for _, v := range nums[s+1 : s+k] {
			if v > best {
				best = v
			}
		}
		out = append(out, best)
	}
	return out
}
