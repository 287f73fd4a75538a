func coveredLength(segments [][]int) int {
	// hand-written binary min-heap of segments ordered by start, then end
	heap := make([][]int, 0, len(segments))
	less := func(a, b []int) bool {
		return a[0] < b[0] || (a[0] == b[0] && a[1] < b[1])
	}
	for _, s := range segments {
		heap = append(heap, s)
		i := len(heap) - 1
		for i > 0 {
			p := (i - 1) / 2
			if !less(heap[i], heap[p]) {
				break
			}
			heap[i], heap[p] = heap[p], heap[i]
			i = p
		}
	}
	pop := func() []int {
		top := heap[0]
		last := len(heap) - 1
		heap[0] = heap[last]
		heap = heap[:last]
		i := 0
		for {
			c := 2*i + 1
			if c >= len(heap) {
				break
			}
			if c+1 < len(heap) && less(heap[c+1], heap[c]) {
				c++
			}
			if !less(heap[c], heap[i]) {
				break
			}
			heap[i], heap[c] = heap[c], heap[i]
			i = c
		}
		return top
	}
	first := pop()
	start, end := first[0], first[1]
	total := 0
	for len(heap) > 0 {
		s := pop()
		if s[0] > end {
			total += end - start
			start, end = s[0], s[1]
		} else if s[1] > end {
			end = s[1]
		}
	}
	return total + end - start
}
