func loneValue(nums []int64) int64 {
	// one pass per bit: a bit count is odd exactly where the lone value has a 1
	var result uint64
	for b := uint(0); b < 64; b++ {
		ones := 0
		for _, x := range nums {
			ones += int(uint64(x)>>b) & 1
		}
		if ones%2 == 1 {
			result |= 1 << b
		}
	}
	return int64(result)
}
