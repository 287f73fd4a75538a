func countIslands(grid []string) int {
	// land cells as packed coordinates in a map, removed as they are reached
	const k = 4096 // row stride, larger than any column + 1
	land := map[int]struct{}{}
	for r, row := range grid {
		for c := 0; c < len(row); c++ {
			if row[c] == '#' {
				land[(r+1)*k+c+1] = struct{}{}
			}
		}
	}
	islands := 0
	var todo []int
	for start := range land {
		// Go map iteration never yields a key deleted earlier in the loop
		delete(land, start)
		islands++
		todo = append(todo[:0], start)
		for len(todo) > 0 {
			key := todo[len(todo)-1]
			todo = todo[:len(todo)-1]
			for _, nb := range [4]int{key - k, key + k, key - 1, key + 1} {
				if _, ok := land[nb]; ok {
					delete(land, nb)
					todo = append(todo, nb)
				}
			}
		}
	}
	return islands
}
