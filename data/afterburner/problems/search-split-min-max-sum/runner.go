package main

import (
	"bufio"
	"os"
	"strconv"
)

==Code Submission==

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<20)
	writer := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer writer.Flush()
	nextInt := func() int {
		n, c := 0, byte(0)
		c, _ = reader.ReadByte()
		for c == ' ' || c == '\n' || c == '\r' || c == '\t' {
			c, _ = reader.ReadByte()
		}
		neg := false
		if c == '-' {
			neg = true
			c, _ = reader.ReadByte()
		}
		for c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			c, _ = reader.ReadByte()
		}
		if neg {
			return -n
		}
		return n
	}
	k := nextInt()
	for t := 0; t < k; t++ {
		n := nextInt()
		m := nextInt()
		nums := make([]int, n)
		for i := range nums {
			nums[i] = nextInt()
		}
		writer.WriteString(strconv.Itoa(lightestCut(nums, m)))
		writer.WriteByte('\n')
	}
}
