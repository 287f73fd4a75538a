func canSplitEvenly(nums []int) bool {
	total := 0
	for _, x := range nums {
		total += x
	}
	if total%2 != 0 {
		return false
	}
	half := total / 2
	words := half/64 + 1
	bits := make([]uint64, words) // bit s: some subset sums to s
	bits[0] = 1
	for _, x := range nums {
		ws, bs := x/64, uint(x%64)
		// bits |= bits << x, from the top word down so sources are still old
		for w := words - 1; w >= ws; w-- {
			v := bits[w-ws] << bs
			if bs != 0 && w-ws-1 >= 0 {
				v |= bits[w-ws-1] >> (64 - bs)
			}
			bits[w] |= v
		}
	}
	return (bits[half/64]>>uint(half%64))&1 == 1
}
