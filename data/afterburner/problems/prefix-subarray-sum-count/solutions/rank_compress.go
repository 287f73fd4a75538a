import "sort"

func countExactSum(nums []int64, k int64) int64 {
	n := len(nums)
	prefix := make([]int64, n+1)
	for i, x := range nums {
		prefix[i+1] = prefix[i] + x
	}
	values := append([]int64(nil), prefix...)
	sort.Slice(values, func(a, b int) bool { return values[a] < values[b] })
	m := 0
	for i, v := range values {
		if i == 0 || v != values[m-1] {
			values[m] = v
			m++
		}
	}
	values = values[:m]
	rank := func(v int64) int {
		return sort.Search(m, func(i int) bool { return values[i] >= v })
	}
	counts := make([]int64, m)
	var total int64
	for _, p := range prefix {
		if r := rank(p - k); r < m && values[r] == p-k {
			total += counts[r]
		}
		counts[rank(p)]++
	}
	return total
}
