import "sort"

func nearestTripleSum(nums []int, target int) int {
	a := append([]int(nil), nums...)
	sort.Ints(a)
	abs := func(x int) int {
		if x < 0 {
			return -x
		}
		return x
	}
	n := len(a)
	best := a[0] + a[1] + a[2]
	bestGap := abs(best - target)
	for i := 0; i+2 < n; i++ {
		for j := i + 1; j+1 < n; j++ {
			base := a[i] + a[j]
			rest := a[j+1:]
			k := j + 1 + sort.SearchInts(rest, target-base)
			for idx := k - 1; idx <= k; idx++ {
				if idx <= j || idx >= n {
					continue
				}
				s := base + a[idx]
				gap := abs(s - target)
				if gap < bestGap || (gap == bestGap && s < best) {
					best, bestGap = s, gap
				}
			}
		}
	}
	return best
}
