func countHeavyPairs(nums []int, c int) int64 {
	a := append([]int(nil), nums...)
	buf := make([]int, len(a))
	var sortCount func(lo, hi int) int64
	sortCount = func(lo, hi int) int64 {
		if hi-lo < 2 {
			return 0
		}
		mid := (lo + hi) / 2
		count := sortCount(lo, mid) + sortCount(mid, hi)
		// both halves are sorted: count left values above c * right value
		i := lo
		for j := mid; j < hi; j++ {
			for i < mid && a[i] <= c*a[j] {
				i++
			}
			count += int64(mid - i)
		}
		p, q, k := lo, mid, lo
		for p < mid && q < hi {
			if a[p] <= a[q] {
				buf[k] = a[p]
				p++
			} else {
				buf[k] = a[q]
				q++
			}
			k++
		}
		k += copy(buf[k:], a[p:mid])
		copy(buf[k:], a[q:hi])
		copy(a[lo:hi], buf[lo:hi])
		return count
	}
	return sortCount(0, len(a))
}
