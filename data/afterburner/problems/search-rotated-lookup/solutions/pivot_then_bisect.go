import "sort"

func locate(nums []int, queries []int) []int {
	// find where the minimum sits, then search the one sorted run that can hold v
	n := len(nums)
	lo, hi := 0, n-1
	for lo < hi {
		mid := (lo + hi) / 2
		if nums[mid] > nums[hi] {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	pivot := lo
	out := make([]int, len(queries))
	for t, v := range queries {
		a, b := pivot, n
		if pivot > 0 && v >= nums[0] {
			a, b = 0, pivot
		}
		k := a + sort.SearchInts(nums[a:b], v)
		if k < b && nums[k] == v {
			out[t] = k
		} else {
			out[t] = -1
		}
	}
	return out
}
