func countIslands(grid []string) int {
	// union-find over cells: join each land cell with land to its left and above
	rows, cols := len(grid), len(grid[0])
	parent := make([]int32, rows*cols)
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	regions := 0
	for i := 0; i < rows; i++ {
		for j := 0; j < cols; j++ {
			if grid[i][j] != '#' {
				continue
			}
			regions++
			cell := int32(i*cols + j)
			if j > 0 && grid[i][j-1] == '#' {
				if a, b := find(cell-1), find(cell); a != b {
					parent[b] = a
					regions--
				}
			}
			if i > 0 && grid[i-1][j] == '#' {
				if a, b := find(cell-int32(cols)), find(cell); a != b {
					parent[b] = a
					regions--
				}
			}
		}
	}
	return regions
}
