type chain struct{ end, total int }
type chainHeap []chain

func (h chainHeap) Len() int            { return len(h) }
func (h chainHeap) Less(i, j int) bool  { return h[i].end < h[j].end }
func (h chainHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *chainHeap) Push(x interface{}) { *h = append(*h, x.(chain)) }
func (h *chainHeap) Pop() interface{} {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

func maxWeight(bookings [][]int) int {
	items := append([][]int(nil), bookings...)
	sort.Slice(items, func(a, b int) bool {
		if items[a][0] != items[b][0] {
			return items[a][0] < items[b][0]
		}
		return items[a][1] < items[b][1]
	})
	pending := &chainHeap{}
	settled := 0 // best chain that finished by the current start
	for _, b := range items {
		for pending.Len() > 0 && (*pending)[0].end <= b[0] {
			c := heap.Pop(pending).(chain)
			if c.total > settled {
				settled = c.total
			}
		}
		heap.Push(pending, chain{b[1], settled + b[2]})
	}
	for _, c := range *pending {
		if c.total > settled {
			settled = c.total
		}
	}
	return settled
}
