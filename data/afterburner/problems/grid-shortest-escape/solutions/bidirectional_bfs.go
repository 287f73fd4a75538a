func shortestEscape(grid []string) int {
	rows, cols := len(grid), len(grid[0])
	w := cols + 2
	// padded flat grid: border cells are walls
	open := make([]bool, (rows+2)*w)
	s, t := -1, -1
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			cell := (r+1)*w + c + 1
			ch := grid[r][c]
			open[cell] = ch != '#'
			if ch == 'S' {
				s = cell
			} else if ch == 'T' {
				t = cell
			}
		}
	}
	side := make([]byte, len(open))
	dist := make([]int32, len(open))
	side[s], side[t] = 1, 2
	front := [3][]int{nil, {s}, {t}}
	off := [4]int{1, -1, w, -w}
	for len(front[1]) > 0 && len(front[2]) > 0 {
		who := 2
		if len(front[1]) <= len(front[2]) {
			who = 1
		}
		var nxt []int
		for _, cell := range front[who] {
			for _, o := range off {
				nb := cell + o
				if !open[nb] {
					continue
				}
				if side[nb] == 0 {
					side[nb] = byte(who)
					dist[nb] = dist[cell] + 1
					nxt = append(nxt, nb)
				} else if int(side[nb]) != who {
					return int(dist[cell] + dist[nb] + 1)
				}
			}
		}
		front[who] = nxt
	}
	return -1
}
