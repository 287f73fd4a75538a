func anagramClasses(words []string) []int {
	// key: how often each letter occurs, as a comparable array
	sizes := make(map[[26]byte]int, len(words))
	best := 0
	for _, w := range words {
		var counts [26]byte
		for i := 0; i < len(w); i++ {
			counts[w[i]-'a']++
		}
		sizes[counts]++
		if sizes[counts] > best {
			best = sizes[counts]
		}
	}
	return []int{len(sizes), best}
}
