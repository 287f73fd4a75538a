import "sort"

func unionIntervals(intervals [][]int) [][]int {
	// Merge any meeting pair found, then start the search over.
	blocks := make([][]int, len(intervals))
	for i, iv := range intervals {
		blocks[i] = []int{iv[0], iv[1]}
	}
	changed := true
	for changed {
		changed = false
		for i := 0; i < len(blocks) && !changed; i++ {
			for j := i + 1; j < len(blocks); j++ {
				a, b := blocks[i], blocks[j]
				if a[0] <= b[1] && b[0] <= a[1] {
					lo, hi := a[0], a[1]
					if b[0] < lo {
						lo = b[0]
					}
					if b[1] > hi {
						hi = b[1]
					}
					blocks[i] = []int{lo, hi}
					blocks = append(blocks[:j], blocks[j+1:]...)
					changed = true
					break
				}
			}
		}
	}
	sort.Slice(blocks, func(a, b int) bool { return blocks[a][0] < blocks[b][0] })
	return blocks
}
