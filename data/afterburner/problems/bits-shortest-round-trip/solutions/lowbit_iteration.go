import "math/bits"

func cheapestRoundTrip(cost [][]int) int {
	n := len(cost)
	if n == 1 {
		return 0
	}
	m := n - 1 // points 1..n-1 become bits 0..m-1
	const inf = 1 << 60
	// best[mask] holds one value per end bit; only set bits are visited (lowbit walk)
	best := make([][]int, 1<<m)
	for j := 0; j < m; j++ {
		row := make([]int, m)
		for t := range row {
			row[t] = inf
		}
		row[j] = cost[0][j+1]
		best[1<<j] = row
	}
	for mask := 1; mask < 1<<m; mask++ {
		if mask&(mask-1) == 0 {
			continue
		}
		row := make([]int, m)
		for b := mask; b != 0; b &= b - 1 {
			j := bits.TrailingZeros(uint(b))
			prevMask := mask ^ (1 << j)
			prev := best[prevMask]
			value := inf
			for pm := prevMask; pm != 0; pm &= pm - 1 {
				i := bits.TrailingZeros(uint(pm))
				if v := prev[i] + cost[i+1][j+1]; v < value {
					value = v
				}
			}
			row[j] = value
		}
		best[mask] = row
	}
	ans := inf
	for j := 0; j < m; j++ {
		if v := best[(1<<m)-1][j] + cost[j+1][0]; v < ans {
			ans = v
		}
	}
	return ans
}
