import "container/heap"

type mapItem struct{ dist, v int }

type mapHeap []mapItem

func (h mapHeap) Len() int            { return len(h) }
func (h mapHeap) Less(i, j int) bool  { return h[i].dist < h[j].dist }
func (h mapHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *mapHeap) Push(x interface{}) { *h = append(*h, x.(mapItem)) }
func (h *mapHeap) Pop() interface{} {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}

func minCost(n int, arcs [][]int) int {
	// keep only the cheapest arc per ordered pair, in nested maps
	graph := map[int]map[int]int{}
	for _, a := range arcs {
		row, ok := graph[a[0]]
		if !ok {
			row = map[int]int{}
			graph[a[0]] = row
		}
		if old, ok := row[a[1]]; !ok || a[2] < old {
			row[a[1]] = a[2]
		}
	}
	best := map[int]int{1: 0}
	h := &mapHeap{{0, 1}}
	for h.Len() > 0 {
		it := heap.Pop(h).(mapItem)
		if it.dist > best[it.v] {
			continue
		}
		if it.v == n {
			return it.dist
		}
		for v, w := range graph[it.v] {
			nd := it.dist + w
			if old, ok := best[v]; ok && old <= nd {
				continue
			}
			best[v] = nd
			heap.Push(h, mapItem{nd, v})
		}
	}
	return -1
}
