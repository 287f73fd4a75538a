func anagramClasses(words []string) []int {
	// key: which letters occur, plus the word length
	sizes := make(map[int]int)
	best := 0
	for _, w := range words {
		mask := 0
		for i := 0; i < len(w); i++ {
			mask |= 1 << (w[i] - 'a')
		}
		key := mask<<5 | len(w)
		sizes[key]++
		if sizes[key] > best {
			best = sizes[key]
		}
	}
	return []int{len(sizes), best}
}
