import "sort"

func anagramClasses(words []string) []int {
	// sort every signature, then count runs of equal ones
	sigs := make([]string, len(words))
	for i, w := range words {
		b := []byte(w)
		sort.Slice(b, func(x, y int) bool { return b[x] < b[y] })
		sigs[i] = string(b)
	}
	sort.Strings(sigs)
	classes, best, run := 0, 0, 0
	for i := range sigs {
		if i == 0 || sigs[i] != sigs[i-1] {
			classes++
			run = 0
		}
		run++
		if run > best {
			best = run
		}
	}
	return []int{classes, best}
}
