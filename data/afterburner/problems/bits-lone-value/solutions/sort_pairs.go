import "sort"

func loneValue(nums []int64) int64 {
	s := append([]int64(nil), nums...)
	sort.Slice(s, func(a, b int) bool { return s[a] < s[b] })
	for i := 0; i+1 < len(s); i += 2 {
		if s[i] != s[i+1] {
			return s[i]
		}
	}
	return s[len(s)-1]
}
