func countPairs(nums []int64, target int64) int64 {
	// linear-probing table; a count of 0 marks an empty slot
	capacity := 1
	for capacity < 2*len(nums) {
		capacity <<= 1
	}
	mask := uint64(capacity - 1)
	keys := make([]int64, capacity)
	counts := make([]int64, capacity)
	slot := func(x int64) uint64 {
		h := uint64(x) * 0x9e3779b97f4a7c15
		h = (h >> 32) & mask
		for counts[h] != 0 && keys[h] != x {
			h = (h + 1) & mask
		}
		return h
	}
	var total int64
	for _, x := range nums {
		total += counts[slot(target-x)]
		s := slot(x)
		keys[s] = x
		counts[s]++
	}
	return total
}
