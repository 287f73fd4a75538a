import "sort"

func countHeavyPairs(nums []int, c int) int64 {
	var solve func(lo, hi int) int64
	solve = func(lo, hi int) int64 {
		if hi-lo < 2 {
			return 0
		}
		mid := (lo + hi) / 2
		total := solve(lo, mid) + solve(mid, hi)
		// sort a copy of the left half and binary-search every right value
		left := append([]int(nil), nums[lo:mid]...)
		sort.Ints(left)
		for j := mid; j < hi; j++ {
			bound := c * nums[j]
			total += int64(len(left) - sort.Search(len(left), func(i int) bool { return left[i] > bound }))
		}
		return total
	}
	return solve(0, len(nums))
}
