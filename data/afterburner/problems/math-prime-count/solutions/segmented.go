func countPrimes(n int) int {
	if n < 2 {
		return 0
	}
	root := 1
	for (root+1)*(root+1) <= n {
		root++
	}
	small := make([]bool, root+1)
	base := []int{}
	for i := 2; i <= root; i++ {
		if small[i] {
			continue
		}
		base = append(base, i)
		for j := i * i; j <= root; j += i {
			small[j] = true
		}
	}
	count := len(base)
	const block = 1 << 15
	seg := make([]bool, block)
	for low := root + 1; low <= n; low += block {
		high := low + block - 1
		if high > n {
			high = n
		}
		for i := 0; i <= high-low; i++ {
			seg[i] = false
		}
		for _, p := range base {
			start := (low + p - 1) / p * p
			if start < p*p {
				start = p * p
			}
			for j := start; j <= high; j += p {
				seg[j-low] = true
			}
		}
		for i := 0; i <= high-low; i++ {
			if !seg[i] {
				count++
			}
		}
	}
	return count
}
