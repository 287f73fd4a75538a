func sortedSquares(nums []int64) []int64 {
	abs := func(x int64) int64 {
		if x < 0 {
			return -x
		}
		return x
	}
	biggest := abs(nums[0])
	if last := abs(nums[len(nums)-1]); last > biggest {
		biggest = last
	}
	counts := make([]int, biggest+1)
	for _, x := range nums {
		counts[abs(x)]++
	}
	result := make([]int64, 0, len(nums))
	for v := int64(0); v <= biggest; v++ {
		for c := 0; c < counts[v]; c++ {
			result = append(result, v*v)
		}
	}
	return result
}
