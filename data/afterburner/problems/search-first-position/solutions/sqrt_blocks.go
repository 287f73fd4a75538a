func firstPositions(nums []int64, queries []int64) []int {
	// O(sqrt n) per query: skip whole blocks by their last value, then scan one block
	n := len(nums)
	size := 1
	for size*size < n {
		size++
	}
	blocks := (n + size - 1) / size
	lastOf := make([]int64, blocks)
	for b := range lastOf {
		end := (b + 1) * size
		if end > n {
			end = n
		}
		lastOf[b] = nums[end-1]
	}
	ans := make([]int, len(queries))
	for t, v := range queries {
		ans[t] = -1
		b := 0
		for b < blocks && lastOf[b] < v {
			b++
		}
		if b == blocks {
			continue
		}
		i := b * size
		for nums[i] < v {
			i++
		}
		if nums[i] == v {
			ans[t] = i
		}
	}
	return ans
}
