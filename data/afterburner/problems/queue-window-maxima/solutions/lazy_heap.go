import "container/heap"

// max-heap of indices ordered by their values
type indexHeap struct {
	idx  []int
	vals []int
}

func (h *indexHeap) Len() int           { return len(h.idx) }
func (h *indexHeap) Less(a, b int) bool { return h.vals[h.idx[a]] > h.vals[h.idx[b]] }
func (h *indexHeap) Swap(a, b int)      { h.idx[a], h.idx[b] = h.idx[b], h.idx[a] }
func (h *indexHeap) Push(x interface{}) { h.idx = append(h.idx, x.(int)) }
func (h *indexHeap) Pop() interface{} {
	last := h.idx[len(h.idx)-1]
	h.idx = h.idx[:len(h.idx)-1]
	return last
}

func windowMaxima(nums []int, k int) []int {
	// indices that left the window are dropped only when they reach the top
	h := &indexHeap{vals: nums}
	out := make([]int, 0, len(nums)-k+1)
	for i := range nums {
		heap.Push(h, i)
		if i < k-1 {
			continue
		}
		for h.idx[0] <= i-k {
			heap.Pop(h)
		}
		out = append(out, nums[h.idx[0]])
	}
	return out
}
