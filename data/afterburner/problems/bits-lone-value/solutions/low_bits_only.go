func loneValue(nums []int64) int64 {
	var result int64
	for b := 0; b < 31; b++ {
		ones := 0
		for _, x := range nums {
			ones += int(x>>b) & 1
		}
		if ones%2 == 1 {
			result |= 1 << b
		}
	}
	return result
}
