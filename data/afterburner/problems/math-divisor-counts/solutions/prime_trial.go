func divisorTally(nums []int) []int {
	top := 0
	for _, x := range nums {
		if x > top {
			top = x
		}
	}
	limit := 1
	for limit*limit <= top {
		limit++
	}
	composite := make([]bool, limit+1)
	primes := []int{}
	for i := 2; i <= limit; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= limit; j += i {
			composite[j] = true
		}
	}
	res := make([]int, len(nums))
	for k, x := range nums {
		total := 1
		for _, p := range primes {
			if p*p > x {
				break
			}
			if x%p == 0 {
				e := 0
				for x%p == 0 {
					x /= p
					e++
				}
				total *= e + 1
			}
		}
		if x > 1 {
			total *= 2
		}
		res[k] = total
	}
	return res
}
