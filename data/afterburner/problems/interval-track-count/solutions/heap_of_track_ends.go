type endHeap []int

func (h endHeap) Len() int            { return len(h) }
func (h endHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h endHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *endHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *endHeap) Pop() interface{} {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

func minTracks(intervals [][]int) int {
	items := append([][]int(nil), intervals...)
	sort.Slice(items, func(a, b int) bool {
		if items[a][0] != items[b][0] {
			return items[a][0] < items[b][0]
		}
		return items[a][1] < items[b][1]
	})
	ends := &endHeap{} // last end on each track
	for _, iv := range items {
		if ends.Len() > 0 && (*ends)[0] <= iv[0] {
			(*ends)[0] = iv[1]
			heap.Fix(ends, 0)
		} else {
			heap.Push(ends, iv[1])
		}
	}
	return ends.Len()
}
