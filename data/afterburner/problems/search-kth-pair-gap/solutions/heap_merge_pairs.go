import (
	"container/heap"
	"sort"
)

type gapItem struct {
	gap  int64
	i, j int
}

type gapHeap []gapItem

func (h gapHeap) Len() int            { return len(h) }
func (h gapHeap) Less(x, y int) bool  { return h[x].gap < h[y].gap }
func (h gapHeap) Swap(x, y int)       { h[x], h[y] = h[y], h[x] }
func (h *gapHeap) Push(v interface{}) { *h = append(*h, v.(gapItem)) }
func (h *gapHeap) Pop() interface{} {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

func kthGap(nums []int64, k int64) int64 {
	a := append([]int64(nil), nums...)
	sort.Slice(a, func(i, j int) bool { return a[i] < a[j] })
	n := len(a)
	h := &gapHeap{}
	for i := 0; i+1 < n; i++ {
		*h = append(*h, gapItem{a[i+1] - a[i], i, i + 1})
	}
	heap.Init(h)
	for step := int64(1); step < k; step++ {
		top := heap.Pop(h).(gapItem)
		if top.j+1 < n {
			heap.Push(h, gapItem{a[top.j+1] - a[top.i], top.i, top.j + 1})
		}
	}
	return (*h)[0].gap
}
