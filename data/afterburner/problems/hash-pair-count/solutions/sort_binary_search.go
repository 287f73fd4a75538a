import "sort"

func countPairs(nums []int64, target int64) int64 {
	a := append([]int64(nil), nums...)
	sort.Slice(a, func(x, y int) bool { return a[x] < a[y] })
	var total int64
	n := len(a)
	for i, x := range a {
		need := target - x
		if need < x {
			break
		}
		from := i + 1 + sort.Search(n-i-1, func(m int) bool { return a[i+1+m] >= need })
		to := from + sort.Search(n-from, func(m int) bool { return a[from+m] > need })
		total += int64(to - from)
	}
	return total
}
