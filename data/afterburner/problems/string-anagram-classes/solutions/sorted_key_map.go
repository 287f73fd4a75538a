import "sort"

func anagramClasses(words []string) []int {
	// equivalent words have the same letters in sorted order
	sizes := make(map[string]int, len(words))
	best := 0
	for _, w := range words {
		b := []byte(w)
		sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
		key := string(b)
		sizes[key]++
		if sizes[key] > best {
			best = sizes[key]
		}
	}
	return []int{len(sizes), best}
}
