func coveredLength(segments [][]int) int {
	// order segment indices by start with two 16-bit counting-sort passes, then merge
	n := len(segments)
	idx := make([]int32, n)
	tmp := make([]int32, n)
	for i := range idx {
		idx[i] = int32(i)
	}
	count := make([]int, 1<<16+1)
	for shift := uint(0); shift < 32; shift += 16 {
		for b := range count {
			count[b] = 0
		}
		for _, s := range segments {
			count[(s[0]>>shift)&0xffff+1]++
		}
		for b := 0; b < 1<<16; b++ {
			count[b+1] += count[b]
		}
		for _, v := range idx {
			d := (segments[v][0] >> shift) & 0xffff
			tmp[count[d]] = v
			count[d]++
		}
		idx, tmp = tmp, idx
	}
	start, end := segments[idx[0]][0], segments[idx[0]][1]
	total := 0
	for _, v := range idx[1:] {
		s := segments[v]
		if s[0] > end {
			total += end - start
			start, end = s[0], s[1]
		} else if s[1] > end {
			end = s[1]
		}
	}
	return total + end - start
}
