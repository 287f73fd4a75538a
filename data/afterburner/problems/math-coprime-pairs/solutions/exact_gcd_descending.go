func countCoprimePairs(nums []int) int64 {
	top := 0
	for _, x := range nums {
		if x > top {
			top = x
		}
	}
	freq := make([]int64, top+1)
	for _, x := range nums {
		freq[x]++
	}
	// pairs[d]: pairs whose gcd is exactly d, filled from the largest d down
	pairs := make([]int64, top+1)
	for d := top; d >= 1; d-- {
		var c int64
		for m := d; m <= top; m += d {
			c += freq[m]
		}
		exact := c * (c - 1) / 2
		for m := 2 * d; m <= top; m += d {
			exact -= pairs[m]
		}
		pairs[d] = exact
	}
	return pairs[1]
}
