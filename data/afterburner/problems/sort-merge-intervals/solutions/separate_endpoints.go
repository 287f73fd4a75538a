import "sort"

func unionIntervals(intervals [][]int) [][]int {
	// Sorting starts and ends separately is enough: a block ends at the i-th
	// smallest end exactly when the (i+1)-th smallest start lies beyond it.
	n := len(intervals)
	starts := make([]int, n)
	ends := make([]int, n)
	for i, iv := range intervals {
		starts[i], ends[i] = iv[0], iv[1]
	}
	sort.Ints(starts)
	sort.Ints(ends)
	result := [][]int{}
	blockStart := 0
	for i := 0; i < n; i++ {
		if i == n-1 || starts[i+1] > ends[i] {
			result = append(result, []int{starts[blockStart], ends[i]})
			blockStart = i + 1
		}
	}
	return result
}
