// a hand-written binary heap of packed (f, cell) keys
type astarHeap []int64

func (h *astarHeap) push(k int64) {
	*h = append(*h, k)
	a := *h
	i := len(a) - 1
	for i > 0 {
		p := (i - 1) / 2
		if a[p] <= a[i] {
			break
		}
		a[p], a[i] = a[i], a[p]
		i = p
	}
}

func (h *astarHeap) pop() int64 {
	a := *h
	top := a[0]
	last := len(a) - 1
	a[0] = a[last]
	a = a[:last]
	i := 0
	for {
		m := 2*i + 1
		if m >= len(a) {
			break
		}
		if m+1 < len(a) && a[m+1] < a[m] {
			m++
		}
		if a[i] <= a[m] {
			break
		}
		a[i], a[m] = a[m], a[i]
		i = m
	}
	*h = a
	return top
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func shortestEscape(grid []string) int {
	rows, cols := len(grid), len(grid[0])
	s, t := -1, -1
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if grid[r][c] == 'S' {
				s = r*cols + c
			} else if grid[r][c] == 'T' {
				t = r*cols + c
			}
		}
	}
	tr, tc := t/cols, t%cols
	g := make([]int, rows*cols)
	for i := range g {
		g[i] = 1 << 30
	}
	closed := make([]bool, rows*cols)
	h := &astarHeap{}
	g[s] = 0
	h.push(int64(abs(s/cols-tr)+abs(s%cols-tc))<<32 | int64(s))
	dr := [4]int{1, -1, 0, 0}
	dc := [4]int{0, 0, 1, -1}
	for len(*h) > 0 {
		cell := int(h.pop() & 0xffffffff)
		if closed[cell] {
			continue
		}
		closed[cell] = true
		d := g[cell]
		if cell == t {
			return d
		}
		r, c := cell/cols, cell%cols
		for k := 0; k < 4; k++ {
			nr, nc := r+dr[k], c+dc[k]
			if nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] == '#' {
				continue
			}
			nb := nr*cols + nc
			if closed[nb] || d+1 >= g[nb] {
				continue
			}
			g[nb] = d + 1
			f := d + 1 + abs(nr-tr) + abs(nc-tc)
			h.push(int64(f)<<32 | int64(nb))
		}
	}
	return -1
}
