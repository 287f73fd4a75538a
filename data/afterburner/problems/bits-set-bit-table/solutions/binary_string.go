import "strings"

func oneBitCounts(n int) []int {
	// write each number in base 2 and count the '1' characters
	res := make([]int, 0)
	for i := 0; i <= n; i++ {
		res = append(res, strings.Count(strconv.FormatInt(int64(i), 2), "1"))
	}
	return res
}
