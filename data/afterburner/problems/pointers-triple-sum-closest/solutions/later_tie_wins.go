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
	closest := a[0] + a[1] + a[2]
	for i := 0; i+2 < n; i++ {
		l, r := i+1, n-1
		for l < r {
			s := a[i] + a[l] + a[r]
			if abs(s-target) <= abs(closest-target) {
				closest = s
			}
			if s < target {
				l++
			} else if s > target {
				r--
			} else {
				return s
			}
		}
	}
	return closest
}
