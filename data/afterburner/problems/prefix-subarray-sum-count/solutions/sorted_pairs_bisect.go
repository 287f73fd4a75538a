import "sort"

type packedKeys []int64

func (p packedKeys) Len() int           { return len(p) }
func (p packedKeys) Less(i, j int) bool { return p[i] < p[j] }
func (p packedKeys) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

func countExactSum(nums []int64, k int64) int64 {
	n := len(nums)
	prefix := make([]int64, n+1)
	for i, x := range nums {
		prefix[i+1] = prefix[i] + x
	}
	// each (value, index) pair packed into one int64: value * 2^18 + index
	const shift = 18
	keys := make(packedKeys, n+1)
	for i, p := range prefix {
		keys[i] = p<<shift + int64(i)
	}
	sort.Sort(keys)
	lowerBound := func(key int64) int {
		lo, hi := 0, n+1
		for lo < hi {
			mid := (lo + hi) / 2
			if keys[mid] < key {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		return lo
	}
	var total int64
	for j := 0; j <= n; j++ {
		want := prefix[j] - k
		total += int64(lowerBound(want<<shift+int64(j)) - lowerBound(want<<shift))
	}
	return total
}
