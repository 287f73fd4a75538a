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
	better := func(s, cur int) bool {
		d1, d2 := abs(s-target), abs(cur-target)
		return d1 < d2 || (d1 == d2 && s < cur)
	}
	n := len(a)
	best := a[0] + a[1] + a[2]
	for i := 0; i+2 < n; i++ {
		// every later anchor only gives larger sums
		smallest := a[i] + a[i+1] + a[i+2]
		if smallest >= target {
			if better(smallest, best) {
				best = smallest
			}
			break
		}
		// this anchor cannot reach the target: its largest sum is its best
		largest := a[i] + a[n-2] + a[n-1]
		if largest <= target {
			if better(largest, best) {
				best = largest
			}
			continue
		}
		j, k := i+1, n-1
		for j < k {
			s := a[i] + a[j] + a[k]
			if better(s, best) {
				best = s
			}
			if s < target {
				j++
			} else if s > target {
				k--
			} else {
				return s
			}
		}
	}
	return best
}
