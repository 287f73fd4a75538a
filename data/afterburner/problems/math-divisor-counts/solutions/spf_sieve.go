func divisorTally(nums []int) []int {
	top := 0
	for _, x := range nums {
		if x > top {
			top = x
		}
	}
	spf := make([]int32, top+1) // smallest prime factor
	for p := 2; p <= top; p++ {
		if spf[p] != 0 {
			continue
		}
		for m := p; m <= top; m += p {
			if spf[m] == 0 {
				spf[m] = int32(p)
			}
		}
	}
	res := make([]int, len(nums))
	for i, x := range nums {
		count := 1
		for x > 1 {
			q := int(spf[x])
			e := 0
			for x%q == 0 {
				x /= q
				e++
			}
			count *= e + 1
		}
		res[i] = count
	}
	return res
}
