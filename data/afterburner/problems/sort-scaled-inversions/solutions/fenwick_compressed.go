import "sort"

func countHeavyPairs(nums []int, c int) int64 {
	// Fenwick tree over the sorted distinct values, filled left to right
	values := append([]int(nil), nums...)
	sort.Ints(values)
	m := 0
	for i, v := range values {
		if i == 0 || v != values[i-1] {
			values[m] = v
			m++
		}
	}
	values = values[:m]
	tree := make([]int32, m+1)
	var answer int64
	for inserted, x := range nums {
		// earlier values that are <= c * x do not count
		bound := c * x
		pos := sort.Search(m, func(i int) bool { return values[i] > bound })
		var atMost int64
		for ; pos > 0; pos -= pos & -pos {
			atMost += int64(tree[pos])
		}
		answer += int64(inserted) - atMost
		idx := sort.SearchInts(values, x) + 1
		for ; idx <= m; idx += idx & -idx {
			tree[idx]++
		}
	}
	return answer
}
