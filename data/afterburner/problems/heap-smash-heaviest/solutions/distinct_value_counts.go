type valueHeap []int

func (h valueHeap) Len() int            { return len(h) }
func (h valueHeap) Less(i, j int) bool  { return h[i] > h[j] }
func (h valueHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *valueHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *valueHeap) Pop() interface{} {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

func lastRemaining(weights []int) int {
	// max-heap of distinct values plus a count per value
	count := map[int]int{}
	for _, w := range weights {
		count[w]++
	}
	h := valueHeap{}
	for v := range count {
		h = append(h, v)
	}
	heap.Init(&h)
	for h.Len() > 0 {
		x := heap.Pop(&h).(int)
		c := count[x]
		delete(count, x)
		if c%2 == 0 {
			continue // equal pairs of the largest value cancel out
		}
		if h.Len() == 0 {
			return x
		}
		y := h[0]
		count[y]--
		if count[y] == 0 {
			heap.Pop(&h)
			delete(count, y)
		}
		d := x - y
		if _, ok := count[d]; ok {
			count[d]++
		} else {
			count[d] = 1
			heap.Push(&h, d)
		}
	}
	return 0
}
