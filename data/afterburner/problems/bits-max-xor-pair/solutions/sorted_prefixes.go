import "sort"

func largestPairXor(nums []int) int {
	// sort once; shifted values stay sorted, so each round dedupes and binary searches
	sorted := append([]int(nil), nums...)
	sort.Ints(sorted)
	prefixes := make([]int, 0, len(sorted))
	best := 0
	for b := 29; b >= 0; b-- {
		prefixes = prefixes[:0]
		for _, x := range sorted {
			p := x >> b
			if len(prefixes) == 0 || prefixes[len(prefixes)-1] != p {
				prefixes = append(prefixes, p)
			}
		}
		candidate := best<<1 | 1
		found := false
		for _, p := range prefixes {
			q := p ^ candidate
			k := sort.SearchInts(prefixes, q)
			if k < len(prefixes) && prefixes[k] == q {
				found = true
				break
			}
		}
		if found {
			best = candidate
		} else {
			best <<= 1
		}
	}
	return best
}
