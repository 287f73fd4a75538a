func sortedSquares(nums []int64) []int64 {
	sq := make([]int64, len(nums))
	for i, x := range nums {
		sq[i] = x * x
	}
	for i := 1; i < len(sq); i++ {
		key := sq[i]
		j := i - 1
		for j >= 0 && sq[j] > key {
			sq[j+1] = sq[j]
			j--
		}
		sq[j+1] = key
	}
	return sq
}
