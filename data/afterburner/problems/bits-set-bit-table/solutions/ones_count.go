import "math/bits"

func oneBitCounts(n int) []int {
	res := make([]int, n+1)
	for i := range res {
		res[i] = bits.OnesCount(uint(i))
	}
	return res
}
