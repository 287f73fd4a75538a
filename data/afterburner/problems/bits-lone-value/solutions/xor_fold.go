func loneValue(nums []int64) int64 {
	var acc int64
	for _, x := range nums {
		acc ^= x
	}
	return acc
}
