import "container/heap"

type squareHeap []int64

func (h squareHeap) Len() int            { return len(h) }
func (h squareHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h squareHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *squareHeap) Push(x interface{}) { *h = append(*h, x.(int64)) }
func (h *squareHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func sortedSquares(nums []int64) []int64 {
	// min-heap of every square, popped in order
	h := &squareHeap{}
	for _, x := range nums {
		heap.Push(h, x*x)
	}
	result := make([]int64, len(nums))
	for i := range result {
		result[i] = heap.Pop(h).(int64)
	}
	return result
}
