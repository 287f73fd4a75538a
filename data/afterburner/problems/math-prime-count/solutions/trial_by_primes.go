func countPrimes(n int) int {
	// divide each odd candidate by the odd primes up to its square root
	if n < 2 {
		return 0
	}
	primes := []int{}
	count := 1
	for x := 3; x <= n; x += 2 {
		prime := true
		for _, p := range primes {
			if p*p > x {
				break
			}
			if x%p == 0 {
				prime = false
				break
			}
		}
		if prime {
			count++
			if x*x <= n {
				primes = append(primes, x)
			}
		}
	}
	return count
}
