import "sort"

func kthGap(nums []int64, k int64) int64 {
	a := append([]int64(nil), nums...)
	sort.Slice(a, func(i, j int) bool { return a[i] < a[j] })
	n := len(a)
	// pairs within d, each start binary-searching its farthest partner
	pairsWithin := func(d int64) int64 {
		var count int64
		for i := 0; i < n; i++ {
			limit := a[i] + d
			end := i + 1 + sort.Search(n-i-1, func(t int) bool { return a[i+1+t] > limit })
			count += int64(end - i - 1)
		}
		return count
	}
	lo, hi := int64(0), a[n-1]-a[0]
	for lo < hi {
		mid := (lo + hi) / 2
		if pairsWithin(mid) >= k {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
