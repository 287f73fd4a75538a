import (
	"container/heap"
	"sort"
)

type maxHeap struct{ sort.IntSlice }

func (h maxHeap) Less(i, j int) bool   { return h.IntSlice[i] > h.IntSlice[j] }
func (h *maxHeap) Push(x interface{}) { h.IntSlice = append(h.IntSlice, x.(int)) }
func (h *maxHeap) Pop() interface{} {
	old := h.IntSlice
	x := old[len(old)-1]
	h.IntSlice = old[:len(old)-1]
	return x
}

func smallestOrder(n int, rules [][]int) []int {
	// build the order from the back: place the largest task nothing unplaced must follow
	pred := make([][]int, n+1)
	outdeg := make([]int, n+1)
	for _, r := range rules {
		pred[r[1]] = append(pred[r[1]], r[0])
		outdeg[r[0]]++
	}
	h := &maxHeap{}
	for v := 1; v <= n; v++ {
		if outdeg[v] == 0 {
			heap.Push(h, v)
		}
	}
	back := make([]int, 0, n)
	for h.Len() > 0 {
		v := heap.Pop(h).(int)
		back = append(back, v)
		for _, u := range pred[v] {
			outdeg[u]--
			if outdeg[u] == 0 {
				heap.Push(h, u)
			}
		}
	}
	if len(back) < n {
		return nil
	}
	for i, j := 0, len(back)-1; i < j; i, j = i+1, j-1 {
		back[i], back[j] = back[j], back[i]
	}
	return back
}
