// intHeap is a min-heap; the lower half stores negated values in one.
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
		if low.Len() > 0 && x > -(*low)[0] {
			heap.Push(high, x)
		} else {
			heap.Push(low, -x)
		}
		if low.Len() > high.Len()+1 {
			heap.Push(high, -heap.Pop(low).(int))
		} else if high.Len() > low.Len() {
			heap.Push(low, -heap.Pop(high).(int))
		}
		out[i] = -(*low)[0]
	}
	return out
}
