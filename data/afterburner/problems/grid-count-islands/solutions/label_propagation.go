func countIslands(grid []string) int {
	// every land cell starts with its own label; the smallest label spreads
	// to neighbours until nothing changes
	rows, cols := len(grid), len(grid[0])
	label := make([][]int, rows)
	for r := range label {
		label[r] = make([]int, cols)
		for c := 0; c < cols; c++ {
			label[r][c] = -1
			if grid[r][c] == '#' {
				label[r][c] = r*cols + c
			}
		}
	}
	changed := true
	for changed {
		changed = false
		for r := 0; r < rows; r++ {
			for c := 0; c < cols; c++ {
				cur := label[r][c]
				if cur < 0 {
					continue
				}
				best := cur
				if r > 0 && label[r-1][c] >= 0 && label[r-1][c] < best {
					best = label[r-1][c]
				}
				if r+1 < rows && label[r+1][c] >= 0 && label[r+1][c] < best {
					best = label[r+1][c]
				}
				if c > 0 && label[r][c-1] >= 0 && label[r][c-1] < best {
					best = label[r][c-1]
				}
				if c+1 < cols && label[r][c+1] >= 0 && label[r][c+1] < best {
					best = label[r][c+1]
				}
				if best < cur {
					label[r][c] = best
					changed = true
				}
			}
		}
	}
	count := 0
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if label[r][c] == r*cols+c {
				count++
			}
		}
	}
	return count
}
