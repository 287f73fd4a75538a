func countPrimes(n int) int {
	count := 0
	for x := 2; x <= n; x++ {
		prime := true
		for d := 2; d < x; d++ {
			if x%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			count++
		}
	}
	return count
}
