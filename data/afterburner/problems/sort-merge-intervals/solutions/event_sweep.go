import "sort"

func unionIntervals(intervals [][]int) [][]int {
	// Events as 2*x + kind: at the same point an opening (0) sorts before a
	// closing (1), so touching intervals stay in one block.
	events := make([]int, 0, 2*len(intervals))
	for _, iv := range intervals {
		events = append(events, 2*iv[0], 2*iv[1]+1)
	}
	sort.Ints(events)
	out := [][]int{}
	open, begin := 0, 0
	for _, ev := range events {
		x := ev >> 1
		if ev&1 == 0 {
			if open == 0 {
				begin = x
			}
			open++
		} else {
			open--
			if open == 0 {
				out = append(out, []int{begin, x})
			}
		}
	}
	return out
}
