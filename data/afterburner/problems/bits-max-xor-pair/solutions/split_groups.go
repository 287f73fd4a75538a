import "sort"

func largestPairXor(nums []int) int {
	v := append([]int(nil), nums...)
	sort.Ints(v)
	n := 0
	for _, x := range v {
		if n == 0 || v[n-1] != x {
			v[n] = x
			n++
		}
	}
	v = v[:n]
	// first index in [lo, hi) whose bit b is set; the range agrees above b
	split := func(lo, hi, b int) int {
		for lo < hi {
			mid := (lo + hi) / 2
			if (v[mid]>>b)&1 == 0 {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		return lo
	}
	// largest XOR of bits b..0 between a value of [alo, ahi) and one of [blo, bhi)
	var across func(alo, ahi, blo, bhi, b int) int
	across = func(alo, ahi, blo, bhi, b int) int {
		if b < 0 {
			return 0
		}
		am, bm := split(alo, ahi, b), split(blo, bhi, b)
		res := -1
		if am > alo && bhi > bm {
			if r := 1<<b | across(alo, am, bm, bhi, b-1); r > res {
				res = r
			}
		}
		if ahi > am && bm > blo {
			if r := 1<<b | across(am, ahi, blo, bm, b-1); r > res {
				res = r
			}
		}
		if res >= 0 {
			return res
		}
		return across(alo, ahi, blo, bhi, b-1)
	}
	for b := 29; b >= 0; b-- {
		m := split(0, n, b)
		if m > 0 && m < n {
			return across(0, m, m, n, b)
		}
	}
	return 0
}
