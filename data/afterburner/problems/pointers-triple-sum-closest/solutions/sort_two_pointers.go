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
	for i := 0; i+2 < n; i++ {
		lo, hi := i+1, n-1
		for lo < hi {
			s := a[i] + a[lo] + a[hi]
			d, bd := abs(s-target), abs(best-target)
			if d < bd || (d == bd && s < best) {
				best = s
			}
			if s < target {
				lo++
			} else if s > target {
				hi--
			} else {
				return s
			}
		}
	}
	return best
}
