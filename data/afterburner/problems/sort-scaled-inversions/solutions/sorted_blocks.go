import "sort"

func countHeavyPairs(nums []int, c int) int64 {
	// the values seen so far live in sorted blocks of bounded size
	const b = 512
	var blocks [][]int
	upperBound := func(arr []int, key int) int {
		return sort.Search(len(arr), func(i int) bool { return arr[i] > key })
	}
	var count int64
	for _, x := range nums {
		bound := c * x
		// count seen values greater than bound
		for k := len(blocks) - 1; k >= 0; k-- {
			blk := blocks[k]
			if blk[len(blk)-1] <= bound {
				break
			}
			if blk[0] > bound {
				count += int64(len(blk))
			} else {
				count += int64(len(blk) - upperBound(blk, bound))
				break
			}
		}
		if len(blocks) == 0 {
			blocks = append(blocks, []int{x})
			continue
		}
		// insert x into the first block whose last value is >= x
		k := 0
		for k < len(blocks) && blocks[k][len(blocks[k])-1] < x {
			k++
		}
		if k == len(blocks) {
			k--
		}
		blk := blocks[k]
		at := upperBound(blk, x)
		blk = append(blk, 0)
		copy(blk[at+1:], blk[at:])
		blk[at] = x
		if len(blk) > 2*b {
			tail := append([]int(nil), blk[b:]...)
			blk = blk[:b:b]
			blocks = append(blocks, nil)
			copy(blocks[k+2:], blocks[k+1:])
			blocks[k+1] = tail
		}
		blocks[k] = blk
	}
	return count
}
