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
	// Moebius function by a linear sieve
	mu := make([]int64, top+1)
	composite := make([]bool, top+1)
	primes := []int{}
	mu[1] = 1
	for i := 2; i <= top; i++ {
		if !composite[i] {
			primes = append(primes, i)
			mu[i] = -1
		}
		for _, p := range primes {
			if i*p > top {
				break
			}
			composite[i*p] = true
			if i%p == 0 {
				mu[i*p] = 0
				break
			}
			mu[i*p] = -mu[i]
		}
	}
	var total int64
	for d := 1; d <= top; d++ {
		if mu[d] == 0 {
			continue
		}
		var c int64
		for m := d; m <= top; m += d {
			c += freq[m]
		}
		total += mu[d] * (c * (c - 1) / 2)
	}
	return total
}
