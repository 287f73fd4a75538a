import "math/big"

func anagramClasses(words []string) []int {
	// the product of one prime per letter identifies the multiset of letters
	primes := []int64{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53,
		59, 61, 67, 71, 73, 79, 83, 89, 97, 101}
	factors := make([]*big.Int, 26)
	for i, p := range primes {
		factors[i] = big.NewInt(p)
	}
	sizes := make(map[string]int, len(words))
	best := 0
	for _, w := range words {
		key := big.NewInt(1)
		for i := 0; i < len(w); i++ {
			key.Mul(key, factors[w[i]-'a'])
		}
		k := string(key.Bytes())
		sizes[k]++
		if sizes[k] > best {
			best = sizes[k]
		}
	}
	return []int{len(sizes), best}
}
