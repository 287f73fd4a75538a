import "sort"

func kthGap(nums []int64, k int64) int64 {
	a := append([]int64(nil), nums...)
	sort.Slice(a, func(i, j int) bool { return a[i] < a[j] })
	n := len(a)
	count := func(d int64) int64 {
		var total int64
		left := 0
		for right := 0; right < n; right++ {
			for a[right]-a[left] > d {
				left++
			}
			total += int64(right - left)
		}
		return total
	}
	lo, hi := int64(0), a[n-1]-a[0]
	for lo < hi {
		mid := (lo + hi) / 2
		if count(mid) > k {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
