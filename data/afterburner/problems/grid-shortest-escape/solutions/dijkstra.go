import "container/heap"

type escapeItem struct{ dist, cell int }

type escapeHeap []escapeItem

func (h escapeHeap) Len() int            { return len(h) }
func (h escapeHeap) Less(i, j int) bool  { return h[i].dist < h[j].dist }
func (h escapeHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *escapeHeap) Push(x interface{}) { *h = append(*h, x.(escapeItem)) }
func (h *escapeHeap) Pop() interface{} {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}

func shortestEscape(grid []string) int {
	rows, cols := len(grid), len(grid[0])
	best := make([]int, rows*cols)
	start := -1
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			best[r*cols+c] = 1 << 60
			if grid[r][c] == 'S' {
				start = r*cols + c
			}
		}
	}
	best[start] = 0
	h := &escapeHeap{{0, start}}
	moves := [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	for h.Len() > 0 {
		it := heap.Pop(h).(escapeItem)
		if it.dist > best[it.cell] {
			continue
		}
		r, c := it.cell/cols, it.cell%cols
		if grid[r][c] == 'T' {
			return it.dist
		}
		for _, mv := range moves {
			nr, nc := r+mv[0], c+mv[1]
			if nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] == '#' {
				continue
			}
			nxt := nr*cols + nc
			if it.dist+1 < best[nxt] {
				best[nxt] = it.dist + 1
				heap.Push(h, escapeItem{it.dist + 1, nxt})
			}
		}
	}
	return -1
}
