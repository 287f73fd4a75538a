func divisorTally(nums []int) []int {
	res := make([]int, len(nums))
	for k, x := range nums {
		c := 0
		for i := 1; i*i <= x; i++ {
			if x%i == 0 {
				if i*i == x {
					c++
				} else {
					c += 2
				}
			}
		}
		res[k] = c
	}
	return res
}
