import "sort"

func countHeavyPairs(nums []int, c int) int64 {
	a := append([]int(nil), nums...)
	var walk func(lo, hi int) int64
	walk = func(lo, hi int) int64 {
		if hi-lo < 2 {
			return 0
		}
		mid := (lo + hi) / 2
		pairs := walk(lo, mid) + walk(mid, hi)
		i := lo
		for j := mid; j < hi; j++ {
			for i < mid && a[i] < c*a[j] {
				i++
			}
			pairs += int64(mid - i)
		}
		sort.Ints(a[lo:hi])
		return pairs
	}
	return walk(0, len(a))
}
