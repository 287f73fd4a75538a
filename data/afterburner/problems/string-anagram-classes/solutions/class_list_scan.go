import "sort"

func anagramClasses(words []string) []int {
	// keep the classes in a list and look each signature up by scanning it
	var keys []string
	var sizes []int
	for _, w := range words {
		b := []byte(w)
		sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
		key := string(b)
		at := -1
		for i, k := range keys {
			if k == key {
				at = i
				break
			}
		}
		if at < 0 {
			keys = append(keys, key)
			sizes = append(sizes, 1)
		} else {
			sizes[at]++
		}
	}
	best := 0
	for _, s := range sizes {
		if s > best {
			best = s
		}
	}
	return []int{len(keys), best}
}
