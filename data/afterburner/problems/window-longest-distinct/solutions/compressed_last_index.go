import "sort"

func longestClean(nums []int64) int {
	// rank values by sorting, then keep last positions in a plain slice
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
	last := make([]int, m)
	for i := range last {
		last[i] = -1
	}
	start, best := 0, 0
	for i, x := range nums {
		r := sort.Search(m, func(k int) bool { return values[k] >= x })
		if last[r] >= start {
			start = last[r] + 1
		}
		last[r] = i
		if i-start+1 > best {
			best = i - start + 1
		}
	}
	return best
}
