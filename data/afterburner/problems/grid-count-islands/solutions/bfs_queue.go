func countIslands(grid []string) int {
	// flat map with a water border: neighbours are index offsets
	rows, cols := len(grid), len(grid[0])
	w := cols + 2
	land := make([]bool, (rows+2)*w)
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			land[(r+1)*w+c+1] = grid[r][c] == '#'
		}
	}
	queue := make([]int, len(land))
	off := [4]int{1, -1, w, -w}
	count := 0
	for s := range land {
		if !land[s] {
			continue
		}
		count++
		land[s] = false
		head, tail := 0, 0
		queue[tail] = s
		tail++
		for head < tail {
			cell := queue[head]
			head++
			for _, o := range off {
				if land[cell+o] {
					land[cell+o] = false
					queue[tail] = cell + o
					tail++
				}
			}
		}
	}
	return count
}
