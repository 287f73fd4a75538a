func coveredLength(segments [][]int) int {
	sort.Slice(segments, func(a, b int) bool {
		if segments[a][0] != segments[b][0] {
			return segments[a][0] < segments[b][0]
		}
		return segments[a][1] < segments[b][1]
	})
	total := 0
	start, end := segments[0][0], segments[0][1]
	for _, s := range segments[1:] {
		if s[0] > end {
			total += end - start
			start = s[0]
		}
		end = s[1]
	}
	return total + end - start
}
