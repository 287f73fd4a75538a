import "sort"

func lightestCut(nums []int, m int) int {
	// each part jumps to the furthest prefix within the limit (binary search on prefix sums)
	n := len(nums)
	pre := make([]int, n+1)
	lo := 0
	for i, x := range nums {
		pre[i+1] = pre[i] + x
		if x > lo {
			lo = x
		}
	}
	fits := func(limit int) bool {
		pos := 0
		for p := 0; p < m; p++ {
			target := pre[pos] + limit
			pos = sort.Search(n+1, func(i int) bool { return pre[i] > target }) - 1
			if pos == n {
				return true
			}
		}
		return false
	}
	hi := pre[n]
	for lo < hi {
		mid := lo + (hi-lo)/2
		if fits(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
