type keyHeap []int

func (h keyHeap) Len() int            { return len(h) }
func (h keyHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h keyHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *keyHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *keyHeap) Pop() interface{} {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

func minFuseCost(nums []int) int {
	// heap of distinct values with a count per value; equal values are fused in bulk
	count := map[int]int{}
	for _, v := range nums {
		count[v]++
	}
	keys := keyHeap{}
	for v := range count {
		keys = append(keys, v)
	}
	heap.Init(&keys)
	add := func(v, c int) {
		if _, ok := count[v]; ok {
			count[v] += c
		} else {
			count[v] = c
			heap.Push(&keys, v)
		}
	}
	total := 0
	for keys.Len() > 0 {
		x := keys[0]
		c := count[x]
		if c >= 2 {
			pairs := c / 2
			total += pairs * 2 * x
			count[x] = c - 2*pairs
			if count[x] == 0 {
				heap.Pop(&keys)
				delete(count, x)
			}
			add(2*x, pairs)
			continue
		}
		heap.Pop(&keys)
		delete(count, x)
		if keys.Len() == 0 {
			break
		}
		y := keys[0]
		count[y]--
		if count[y] == 0 {
			heap.Pop(&keys)
			delete(count, y)
		}
		total += x + y
		add(x+y, 1)
	}
	return total
}
