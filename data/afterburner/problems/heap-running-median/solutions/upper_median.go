type intHeap []int

func (h intHeap) Len() int            { return len(h) }
func (h intHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() interface{} {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

func runningMedians(nums []int) []int {
	low, high := &intHeap{}, &intHeap{}
	out := make([]int, len(nums))
	for i, x := range nums {
		heap.Push(low, -x)
		heap.Push(high, -heap.Pop(low).(int))
		if high.Len() > low.Len() {
			heap.Push(low, -heap.Pop(high).(int))
		}
		// for an even count this picks the larger middle element
		if low.Len() > high.Len() {
			out[i] = -(*low)[0]
		} else {
			out[i] = (*high)[0]
		}
	}
	return out
}
