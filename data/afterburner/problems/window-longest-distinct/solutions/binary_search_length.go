import "sort"

func longestClean(nums []int64) int {
	// binary search on the answer; each check slides a window of that length over value ids
	n := len(nums)
	values := append([]int64(nil), nums...)
	sort.Slice(values, func(a, b int) bool { return values[a] < values[b] })
	m := 0
	for i, v := range values {
		if i == 0 || v != values[m-1] {
			values[m] = v
			m++
		}
	}
	values = values[:m]
	ids := make([]int, n)
	for i, x := range nums {
		ids[i] = sort.Search(m, func(k int) bool { return values[k] >= x })
	}
	counts := make([]int, m)
	exists := func(length int) bool {
		for i := range counts {
			counts[i] = 0
		}
		duplicates := 0
		for i := 0; i < n; i++ {
			counts[ids[i]]++
			if counts[ids[i]] == 2 {
				duplicates++
			}
			if i >= length {
				counts[ids[i-length]]--
				if counts[ids[i-length]] == 1 {
					duplicates--
				}
			}
			if i >= length-1 && duplicates == 0 {
				return true
			}
		}
		return false
	}
	lo, hi := 1, m
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if exists(mid) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}
