func divisorTally(nums []int) []int {
	top := 0
	for _, x := range nums {
		if x > top {
			top = x
		}
	}
	// every d adds one to each of its multiples
	count := make([]int32, top+1)
	for d := 1; d <= top; d++ {
		for m := d; m <= top; m += d {
			count[m]++
		}
	}
	res := make([]int, len(nums))
	for i, x := range nums {
		res[i] = int(count[x])
	}
	return res
}
