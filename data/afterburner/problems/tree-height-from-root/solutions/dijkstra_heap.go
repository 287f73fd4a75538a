import "container/heap"

type distHeap [][2]int

func (h distHeap) Len() int            { return len(h) }
func (h distHeap) Less(i, j int) bool  { return h[i][0] < h[j][0] }
func (h distHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *distHeap) Push(x interface{}) { *h = append(*h, x.([2]int)) }
func (h *distHeap) Pop() interface{} {
	old := *h
	item := old[len(old)-1]
	*h = old[:len(old)-1]
	return item
}

func treeHeight(n int, edges [][]int) int {
	// shortest distances from the root, every edge weighing 1
	adj := make([][]int, n+1)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	const inf = 1 << 60
	dist := make([]int, n+1)
	for i := range dist {
		dist[i] = inf
	}
	dist[1] = 0
	h := &distHeap{{0, 1}}
	for h.Len() > 0 {
		top := heap.Pop(h).([2]int)
		d, node := top[0], top[1]
		if d > dist[node] {
			continue
		}
		for _, nxt := range adj[node] {
			if d+1 < dist[nxt] {
				dist[nxt] = d + 1
				heap.Push(h, [2]int{d + 1, nxt})
			}
		}
	}
	best := 0
	for v := 1; v <= n; v++ {
		if dist[v] > best {
			best = dist[v]
		}
	}
	return best
}
