import "sort"

type int64s []int64

func (s int64s) Len() int           { return len(s) }
func (s int64s) Less(i, j int) bool { return s[i] < s[j] }
func (s int64s) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func kthGap(nums []int64, k int64) int64 {
	sort.Sort(int64s(nums))
	n := len(nums)
	// stop counting as soon as k pairs are found
	reachesK := func(d int64) bool {
		var count int64
		j := 0
		for i := 0; i < n; i++ {
			for j < n && nums[j]-nums[i] <= d {
				j++
			}
			count += int64(j - i - 1)
			if count >= k {
				return true
			}
		}
		return false
	}
	lo, hi := nums[n-1]-nums[0], nums[n-1]-nums[0]
	for i := 0; i+1 < n; i++ {
		if g := nums[i+1] - nums[i]; g < lo {
			lo = g
		}
	}
	for lo < hi {
		mid := lo + (hi-lo)/2
		if reachesK(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
