import "sort"

func kthGap(nums []int64, k int64) int64 {
	// values fit in int, so sort through sort.Ints
	ints := make([]int, len(nums))
	for i, x := range nums {
		ints[i] = int(x)
	}
	sort.Ints(ints)
	n := len(ints)
	countBelow := func(d int) int64 {
		var total int64
		left := 0
		for right := 0; right < n; right++ {
			for ints[right]-ints[left] >= d {
				left++
			}
			total += int64(right - left)
		}
		return total
	}
	// largest d with fewer than k gaps below it
	lo, hi := 0, ints[n-1]-ints[0]
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if countBelow(mid) < k {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return int64(lo)
}
