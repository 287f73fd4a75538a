func divisorTally(nums []int) []int {
	res := make([]int, len(nums))
	for k, x := range nums {
		c := 0
		for i := 1; i*i <= x; i++ {
			if x%i == 0 {
				c += 2 // i and x / i
			}
		}
		res[k] = c
	}
	return res
}
