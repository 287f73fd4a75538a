func countPrimes(n int) int {
	// Lucy's method: small[v] = pi(v) for v <= r, large[k] = pi(n / k)
	if n < 2 {
		return 0
	}
	r := 1
	for (r+1)*(r+1) <= n {
		r++
	}
	small := make([]int, r+1)
	large := make([]int, r+1)
	for v := 1; v <= r; v++ {
		small[v] = v - 1
		large[v] = n/v - 1
	}
	for p := 2; p <= r; p++ {
		if small[p] == small[p-1] {
			continue
		}
		below := small[p-1]
		p2 := p * p
		kmax := n / p2
		if kmax > r {
			kmax = r
		}
		for k := 1; k <= kmax; k++ {
			kp := k * p
			var count int
			if kp <= r {
				count = large[kp]
			} else {
				count = small[n/kp]
			}
			large[k] -= count - below
		}
		for v := r; v >= p2; v-- {
			small[v] -= small[v/p] - below
		}
	}
	return large[1]
}
