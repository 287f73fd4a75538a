func mergeCost(w []int) int {
	// greedy: always merge the neighbouring pair with the smallest sum
	piles := append([]int(nil), w...)
	total := 0
	for len(piles) > 1 {
		k := 0
		for i := 1; i+1 < len(piles); i++ {
			if piles[i]+piles[i+1] < piles[k]+piles[k+1] {
				k = i
			}
		}
		merged := piles[k] + piles[k+1]
		total += merged
		piles[k] = merged
		piles = append(piles[:k+1], piles[k+2:]...)
	}
	return total
}
