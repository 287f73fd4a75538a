func strongSummary(n int, arcs [][]int) []int {
	// adjacency as hash sets (repeated arcs collapse), visited marks in hash sets
	outs := map[int]map[int]bool{}
	ins := map[int]map[int]bool{}
	for _, a := range arcs {
		if outs[a[0]] == nil {
			outs[a[0]] = map[int]bool{}
		}
		outs[a[0]][a[1]] = true
		if ins[a[1]] == nil {
			ins[a[1]] = map[int]bool{}
		}
		ins[a[1]][a[0]] = true
	}
	listOf := func(v int) []int {
		var out []int
		for w := range outs[v] {
			out = append(out, w)
		}
		return out
	}
	type frame struct {
		v       int
		pending []int
	}
	visited := map[int]bool{}
	var finished []int
	for s := 1; s <= n; s++ {
		if visited[s] {
			continue
		}
		visited[s] = true
		stack := []*frame{{s, listOf(s)}}
		for len(stack) > 0 {
			top := stack[len(stack)-1]
			for len(top.pending) > 0 && visited[top.pending[len(top.pending)-1]] {
				top.pending = top.pending[:len(top.pending)-1]
			}
			if len(top.pending) > 0 {
				w := top.pending[len(top.pending)-1]
				top.pending = top.pending[:len(top.pending)-1]
				visited[w] = true
				stack = append(stack, &frame{w, listOf(w)})
			} else {
				stack = stack[:len(stack)-1]
				finished = append(finished, top.v)
			}
		}
	}
	assigned := map[int]bool{}
	groups, largest := 0, 0
	for i := len(finished) - 1; i >= 0; i-- {
		s := finished[i]
		if assigned[s] {
			continue
		}
		assigned[s] = true
		members := []int{s}
		for j := 0; j < len(members); j++ {
			for w := range ins[members[j]] {
				if !assigned[w] {
					assigned[w] = true
					members = append(members, w)
				}
			}
		}
		groups++
		if len(members) > largest {
			largest = len(members)
		}
	}
	return []int{groups, largest}
}
