func loneValue(nums []int64) int64 {
	for _, x := range nums {
		count := 0
		for _, y := range nums {
			if y == x {
				count++
			}
		}
		if count == 1 {
			return x
		}
	}
	return 0
}
