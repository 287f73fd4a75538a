type fuseHeap []int

func (h fuseHeap) Len() int            { return len(h) }
func (h fuseHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h fuseHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *fuseHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *fuseHeap) Pop() interface{} {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

func minFuseCost(nums []int) int {
	h := fuseHeap(append([]int(nil), nums...))
	heap.Init(&h)
	total := 0
	for h.Len() > 1 {
		s := heap.Pop(&h).(int) + heap.Pop(&h).(int)
		total += s
		heap.Push(&h, s)
	}
	return total
}
