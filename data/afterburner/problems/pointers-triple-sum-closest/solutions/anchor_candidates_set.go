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
	// for each distinct anchor keep the nearest sum below and above the target
	candidates := map[int]bool{}
	for i := 0; i+2 < n; i++ {
		if i > 0 && a[i] == a[i-1] {
			continue
		}
		lo, hi := i+1, n-1
		hasUnder, hasOver := false, false
		under, over := 0, 0
		for lo < hi {
			s := a[i] + a[lo] + a[hi]
			if s == target {
				return s
			}
			if s < target {
				if !hasUnder || s > under {
					under, hasUnder = s, true
				}
				lo++
			} else {
				if !hasOver || s < over {
					over, hasOver = s, true
				}
				hi--
			}
		}
		if hasUnder {
			candidates[under] = true
		}
		if hasOver {
			candidates[over] = true
		}
	}
	best, first := 0, true
	for s := range candidates {
		d, bd := abs(s-target), abs(best-target)
		if first || d < bd || (d == bd && s < best) {
			best, first = s, false
		}
	}
	return best
}
