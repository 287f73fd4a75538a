import "sort"

func countPairs(nums []int64, target int64) int64 {
	sort.Slice(nums, func(a, b int) bool { return nums[a] < nums[b] })
	var total int64
	i, j := 0, len(nums)-1
	for i < j {
		s := nums[i] + nums[j]
		switch {
		case s < target:
			i++
		case s > target:
			j--
		case nums[i] == nums[j]:
			k := int64(j - i + 1)
			total += k * (k - 1) / 2
			return total
		default:
			left, right := nums[i], nums[j]
			var cl, cr int64
			for nums[i] == left {
				i++
				cl++
			}
			for nums[j] == right {
				j--
				cr++
			}
			total += cl * cr
		}
	}
	return total
}
