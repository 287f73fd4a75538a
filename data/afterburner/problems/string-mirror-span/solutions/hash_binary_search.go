import "math/bits"

const hashMod = (1 << 61) - 1

func hashMul(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	r := (lo & hashMod) + (lo >> 61 | hi << 3)
	r = (r & hashMod) + (r >> 61)
	if r >= hashMod {
		r -= hashMod
	}
	return r
}

func longestPalindrome(s string) int {
	// polynomial hashes of s and reversed s; binary search the length per parity
	n := len(s)
	pw := make([]uint64, n+1)
	fwd := make([]uint64, n+1)
	rev := make([]uint64, n+1)
	pw[0] = 1
	for i := 0; i < n; i++ {
		pw[i+1] = hashMul(pw[i], 131)
		fwd[i+1] = (hashMul(fwd[i], 131) + uint64(s[i])) % hashMod
		rev[i+1] = (hashMul(rev[i], 131) + uint64(s[n-1-i])) % hashMod
	}
	get := func(h []uint64, a, b int) uint64 {
		return (h[b] + hashMod - hashMul(h[a], pw[b-a])) % hashMod
	}
	exists := func(length int) bool {
		for i := 0; i+length <= n; i++ {
			if get(fwd, i, i+length) == get(rev, n-i-length, n-i) {
				return true
			}
		}
		return false
	}
	best := 1
	for parity := 1; parity <= 2; parity++ {
		if parity == 2 && !exists(2) {
			continue
		}
		lo, hi := 0, (n-parity)/2
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if exists(parity + 2*mid) {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		if parity+2*lo > best {
			best = parity + 2*lo
		}
	}
	return best
}
