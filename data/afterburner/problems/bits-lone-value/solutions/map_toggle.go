func loneValue(nums []int64) int64 {
	open := make(map[int64]struct{})
	for _, x := range nums {
		if _, ok := open[x]; ok {
			delete(open, x)
		} else {
			open[x] = struct{}{}
		}
	}
	for x := range open {
		return x
	}
	return 0
}
