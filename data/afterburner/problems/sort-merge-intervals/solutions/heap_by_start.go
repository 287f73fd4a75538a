import "container/heap"

type byStart [][]int

func (h byStart) Len() int            { return len(h) }
func (h byStart) Less(i, j int) bool  { return h[i][0] < h[j][0] }
func (h byStart) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *byStart) Push(x interface{}) { *h = append(*h, x.([]int)) }
func (h *byStart) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func unionIntervals(intervals [][]int) [][]int {
	// A min-heap hands out intervals by start; pop while they meet the block.
	h := make(byStart, len(intervals))
	copy(h, intervals)
	heap.Init(&h)
	result := [][]int{}
	for h.Len() > 0 {
		first := heap.Pop(&h).([]int)
		l, r := first[0], first[1]
		for h.Len() > 0 && h[0][0] <= r {
			next := heap.Pop(&h).([]int)
			if next[1] > r {
				r = next[1]
			}
		}
		result = append(result, []int{l, r})
	}
	return result
}
