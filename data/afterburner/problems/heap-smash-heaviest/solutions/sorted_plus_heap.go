func lastRemaining(weights []int) int {
	// the original weights are consumed from a sorted array (largest first);
	// only the differences go through a max-heap
	n := len(weights)
	a := append([]int(nil), weights...)
	sort.Sort(sort.Reverse(sort.IntSlice(a)))
	hp := make([]int, 0, n)
	p := 0
	push := func(v int) {
		hp = append(hp, v)
		i := len(hp) - 1
		for i > 0 {
			q := (i - 1) / 2
			if hp[q] >= v {
				break
			}
			hp[i] = hp[q]
			i = q
		}
		hp[i] = v
	}
	take := func() int {
		if len(hp) > 0 && (p == n || hp[0] >= a[p]) {
			top := hp[0]
			v := hp[len(hp)-1]
			hp = hp[:len(hp)-1]
			hs := len(hp)
			i := 0
			for {
				c := 2*i + 1
				if c >= hs {
					break
				}
				if c+1 < hs && hp[c+1] > hp[c] {
					c++
				}
				if hp[c] <= v {
					break
				}
				hp[i] = hp[c]
				i = c
			}
			if hs > 0 {
				hp[i] = v
			}
			return top
		}
		p++
		return a[p-1]
	}
	for n-p+len(hp) > 1 {
		x := take()
		y := take()
		if x > y {
			push(x - y)
		}
	}
	if n-p+len(hp) == 1 {
		return take()
	}
	return 0
}
