func countPrimes(n int) int {
	// every composite is crossed exactly once, by its smallest prime factor
	if n < 2 {
		return 0
	}
	composite := make([]bool, n+1)
	primes := make([]int, 0, 1024)
	for i := 2; i <= n; i++ {
		if !composite[i] {
			primes = append(primes, i)
		}
		for _, p := range primes {
			if p*i > n {
				break
			}
			composite[p*i] = true
			if i%p == 0 {
				break
			}
		}
	}
	return len(primes)
}
