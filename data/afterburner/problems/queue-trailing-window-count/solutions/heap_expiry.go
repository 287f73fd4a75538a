import "container/heap"

type minHeap []int64

func (h minHeap) Len() int            { return len(h) }
func (h minHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x interface{}) { *h = append(*h, x.(int64)) }
func (h *minHeap) Pop() interface{} {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

func windowCounts(times []int64, w int64) []int {
	h := &minHeap{}
	res := make([]int, len(times))
	for i, t := range times {
		heap.Push(h, t)
		for (*h)[0] <= t-w {
			heap.Pop(h)
		}
		res[i] = h.Len()
	}
	return res
}
