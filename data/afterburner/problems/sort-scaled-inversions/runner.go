package main

import (
	"bufio"
	"os"
	"strconv"
)

==Code Submission==

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<16)
	writer := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer writer.Flush()
	readInt := func() int {
		b, _ := reader.ReadByte()
		for b == ' ' || b == '\n' || b == '\r' || b == '\t' {
			b, _ = reader.ReadByte()
		}
		neg := false
		if b == '-' {
			neg = true
			b, _ = reader.ReadByte()
		}
		v := 0
		for b >= '0' && b <= '9' {
			v = v*10 + int(b-'0')
			b, _ = reader.ReadByte()
		}
		if neg {
			return -v
		}
		return v
	}
	k := readInt()
	for t := 0; t < k; t++ {
		n := readInt()
		c := readInt()
		nums := make([]int, n)
		for i := range nums {
			nums[i] = readInt()
		}
		writer.WriteString(strconv.FormatInt(countHeavyPairs(nums, c), 10))
		writer.WriteByte('\n')
	}
}
