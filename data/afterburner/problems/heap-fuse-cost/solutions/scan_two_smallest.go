func minFuseCost(nums []int) int {
	items := append([]int(nil), nums...)
	total := 0
	for len(items) > 1 {
		// find the two smallest by a full scan every round
		a, b := 0, 1
		if items[b] < items[a] {
			a, b = 1, 0
		}
		for i := 2; i < len(items); i++ {
			if items[i] < items[a] {
				b = a
				a = i
			} else if items[i] < items[b] {
				b = i
			}
		}
		s := items[a] + items[b]
		total += s
		items[a] = s
		items[b] = items[len(items)-1]
		items = items[:len(items)-1]
	}
	return total
}
