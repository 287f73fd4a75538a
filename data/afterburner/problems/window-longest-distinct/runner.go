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
	readInt := func() int64 {
		var n int64
		c, neg := byte(0), false
		for {
			b, err := reader.ReadByte()
			if err != nil {
				return n
			}
			c = b
			if c == '-' || (c >= '0' && c <= '9') {
				break
			}
		}
		if c == '-' {
			neg = true
			c, _ = reader.ReadByte()
		}
		for c >= '0' && c <= '9' {
			n = n*10 + int64(c-'0')
			b, err := reader.ReadByte()
			if err != nil {
				break
			}
			c = b
		}
		if neg {
			return -n
		}
		return n
	}
	k := int(readInt())
	for c := 0; c < k; c++ {
		n := int(readInt())
		nums := make([]int64, n)
		for i := range nums {
			nums[i] = readInt()
		}
		writer.WriteString(strconv.FormatInt(int64(longestClean(nums)), 10))
		writer.WriteByte('\n')
	}
}
