func shortestEscape(grid []string) int {
	// sweep every cell and relax it from its neighbours until nothing changes
	rows, cols := len(grid), len(grid[0])
	const inf = 1 << 30
	dist := make([][]int, rows)
	tr, tc := 0, 0
	for r := 0; r < rows; r++ {
		dist[r] = make([]int, cols)
		for c := 0; c < cols; c++ {
			dist[r][c] = inf
			if grid[r][c] == 'S' {
				dist[r][c] = 0
			} else if grid[r][c] == 'T' {
				tr, tc = r, c
			}
		}
	}
	changed := true
	for changed {
		changed = false
		for r := 0; r < rows; r++ {
			for c := 0; c < cols; c++ {
				if grid[r][c] == '#' {
					continue
				}
				best := dist[r][c]
				if r > 0 && dist[r-1][c]+1 < best {
					best = dist[r-1][c] + 1
				}
				if r+1 < rows && dist[r+1][c]+1 < best {
					best = dist[r+1][c] + 1
				}
				if c > 0 && dist[r][c-1]+1 < best {
					best = dist[r][c-1] + 1
				}
				if c+1 < cols && dist[r][c+1]+1 < best {
					best = dist[r][c+1] + 1
				}
				if best < dist[r][c] {
					dist[r][c] = best
					changed = true
				}
			}
		}
	}
	if dist[tr][tc] < inf {
		return dist[tr][tc]
	}
	return -1
}
