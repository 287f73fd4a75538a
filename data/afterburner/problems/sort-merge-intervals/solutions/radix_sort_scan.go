func unionIntervals(intervals [][]int) [][]int {
	// LSD radix sort of the indices by start (two 16-bit digits), then one scan.
	n := len(intervals)
	order := make([]int32, n)
	tmp := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	for shift := 0; shift < 32; shift += 16 {
		count := make([]int, 1<<16+1)
		for _, i := range order {
			count[(intervals[i][0]>>shift)&0xFFFF+1]++
		}
		for d := 0; d < 1<<16; d++ {
			count[d+1] += count[d]
		}
		for _, i := range order {
			digit := (intervals[i][0] >> shift) & 0xFFFF
			tmp[count[digit]] = i
			count[digit]++
		}
		order, tmp = tmp, order
	}
	merged := [][]int{}
	for _, i := range order {
		l, r := intervals[i][0], intervals[i][1]
		if len(merged) > 0 && l <= merged[len(merged)-1][1] {
			if last := merged[len(merged)-1]; r > last[1] {
				last[1] = r
			}
		} else {
			merged = append(merged, []int{l, r})
		}
	}
	return merged
}
