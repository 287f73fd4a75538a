import "math"

func rangeSums(nums []int64, queries [][]int) []int64 {
	// block totals of about sqrt(n) elements; a query adds whole blocks plus two partial ends
	n := len(nums)
	size := int(math.Sqrt(float64(n)))
	if size < 1 {
		size = 1
	}
	blocks := make([]int64, (n+size-1)/size)
	for i, x := range nums {
		blocks[i/size] += x
	}
	out := make([]int64, len(queries))
	for t, qr := range queries {
		lo, hi := qr[0]-1, qr[1]-1
		first, last := lo/size, hi/size
		var total int64
		if first == last {
			for i := lo; i <= hi; i++ {
				total += nums[i]
			}
		} else {
			for i := lo; i < (first+1)*size; i++ {
				total += nums[i]
			}
			for b := first + 1; b < last; b++ {
				total += blocks[b]
			}
			for i := last * size; i <= hi; i++ {
				total += nums[i]
			}
		}
		out[t] = total
	}
	return out
}
