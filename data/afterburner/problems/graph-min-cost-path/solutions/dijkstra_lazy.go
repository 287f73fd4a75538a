import "container/heap"

type costItem struct{ dist, v int }

type costHeap []costItem

func (h costHeap) Len() int            { return len(h) }
func (h costHeap) Less(i, j int) bool  { return h[i].dist < h[j].dist }
func (h costHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *costHeap) Push(x interface{}) { *h = append(*h, x.(costItem)) }
func (h *costHeap) Pop() interface{} {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}

func minCost(n int, arcs [][]int) int {
	// adjacency in compressed rows: start[u] .. start[u+1]
	start := make([]int, n+2)
	for _, a := range arcs {
		start[a[0]+1]++
	}
	for u := 1; u <= n+1; u++ {
		start[u] += start[u-1]
	}
	fill := append([]int(nil), start...)
	to := make([]int, len(arcs))
	cost := make([]int, len(arcs))
	for _, a := range arcs {
		i := fill[a[0]]
		fill[a[0]]++
		to[i], cost[i] = a[1], a[2]
	}
	const inf = 1 << 60
	dist := make([]int, n+1)
	for i := range dist {
		dist[i] = inf
	}
	dist[1] = 0
	h := &costHeap{{0, 1}}
	for h.Len() > 0 {
		it := heap.Pop(h).(costItem)
		if it.dist > dist[it.v] {
			continue
		}
		if it.v == n {
			return it.dist
		}
		for i := start[it.v]; i < start[it.v+1]; i++ {
			nd := it.dist + cost[i]
			if nd < dist[to[i]] {
				dist[to[i]] = nd
				heap.Push(h, costItem{nd, to[i]})
			}
		}
	}
	return -1
}
