func divisorTally(nums []int) []int {
	res := make([]int, len(nums))
	for k, x := range nums {
		c := 0
		for d := 1; d <= x; d++ {
			if x%d == 0 {
				c++
			}
		}
		res[k] = c
	}
	return res
}
