import "container/heap"

type taskHeap []int

func (h taskHeap) Len() int            { return len(h) }
func (h taskHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h taskHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *taskHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *taskHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func smallestOrder(n int, rules [][]int) []int {
	succ := make([][]int, n+1)
	indeg := make([]int, n+1)
	for _, r := range rules {
		succ[r[0]] = append(succ[r[0]], r[1])
		indeg[r[1]]++
	}
	ready := &taskHeap{}
	for v := 1; v <= n; v++ {
		if indeg[v] == 0 {
			*ready = append(*ready, v)
		}
	}
	heap.Init(ready)
	order := make([]int, 0, n)
	for ready.Len() > 0 {
		u := heap.Pop(ready).(int)
		order = append(order, u)
		for _, v := range succ[u] {
			indeg[v]--
			if indeg[v] == 0 {
				heap.Push(ready, v)
			}
		}
	}
	if len(order) < n {
		return nil
	}
	return order
}
