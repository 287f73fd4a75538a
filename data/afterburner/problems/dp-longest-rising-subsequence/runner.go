package main

import (
	"bufio"
	"os"
	"strconv"
)

==Code Submission==

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<26)
	scanner.Split(bufio.ScanWords)
	writer := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer writer.Flush()
	nextInt := func() int {
		scanner.Scan()
		v, _ := strconv.Atoi(scanner.Text())
		return v
	}
	k := nextInt()
	for c := 0; c < k; c++ {
		n := nextInt()
		nums := make([]int, n)
		for i := range nums {
			nums[i] = nextInt()
		}
		writer.WriteString(strconv.Itoa(longestRising(nums)))
		writer.WriteByte('\n')
	}
}
