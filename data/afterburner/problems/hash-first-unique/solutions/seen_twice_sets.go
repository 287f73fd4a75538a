func firstSingle(nums []int64) int {
	seen := make(map[int64]struct{})
	repeated := make(map[int64]struct{})
	for _, x := range nums {
		if _, ok := seen[x]; ok {
			repeated[x] = struct{}{}
		} else {
			seen[x] = struct{}{}
		}
	}
	for i, x := range nums {
		if _, ok := repeated[x]; !ok {
			return i
		}
	}
	return -1
}
