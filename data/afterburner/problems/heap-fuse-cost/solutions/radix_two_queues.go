func minFuseCost(nums []int) int {
	// two 16-bit counting-sort passes instead of a comparison sort, then the two-queue merge
	n := len(nums)
	a := make([]uint32, n)
	for i, v := range nums {
		a[i] = uint32(v)
	}
	tmp := make([]uint32, n)
	cnt := make([]int, 1<<16)
	for shift := uint(0); shift < 32; shift += 16 {
		for b := range cnt {
			cnt[b] = 0
		}
		for _, v := range a {
			cnt[(v>>shift)&0xffff]++
		}
		sum := 0
		for b := range cnt {
			t := cnt[b]
			cnt[b] = sum
			sum += t
		}
		for _, v := range a {
			d := (v >> shift) & 0xffff
			tmp[cnt[d]] = v
			cnt[d]++
		}
		a, tmp = tmp, a
	}
	fused := make([]int, n)
	i, j, tail, total := 0, 0, 0, 0
	for step := 1; step < n; step++ {
		s := 0
		for r := 0; r < 2; r++ {
			if j >= tail || (i < n && int(a[i]) <= fused[j]) {
				s += int(a[i])
				i++
			} else {
				s += fused[j]
				j++
			}
		}
		fused[tail] = s
		tail++
		total += s
	}
	return total
}
