import "math/bits"

func largestRectangle(h []int) int {
	// split every block at its lowest bar, found with a sparse table of argmins
	n := len(h)
	table := [][]int32{make([]int32, n)}
	for i := range table[0] {
		table[0][i] = int32(i)
	}
	for j := 1; 1<<j <= n; j++ {
		prev := table[j-1]
		half := 1 << (j - 1)
		row := make([]int32, n-(1<<j)+1)
		for i := range row {
			a, b := prev[i], prev[i+half]
			if h[a] <= h[b] {
				row[i] = a
			} else {
				row[i] = b
			}
		}
		table = append(table, row)
	}
	best := 0
	todo := [][2]int{{0, n - 1}}
	for len(todo) > 0 {
		l, r := todo[len(todo)-1][0], todo[len(todo)-1][1]
		todo = todo[:len(todo)-1]
		k := bits.Len(uint(r-l+1)) - 1
		a, b := int(table[k][l]), int(table[k][r-(1<<k)+1])
		m := b
		if h[a] <= h[b] {
			m = a
		}
		if area := h[m] * (r - l + 1); area > best {
			best = area
		}
		if l < m {
			todo = append(todo, [2]int{l, m - 1})
		}
		if m < r {
			todo = append(todo, [2]int{m + 1, r})
		}
	}
	return best
}
