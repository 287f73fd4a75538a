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
		n, c, neg := 0, byte(0), false
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
			n = n*10 + int(c-'0')
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
	cases := readInt()
	buf := []byte{}
	for c := 0; c < cases; c++ {
		n := readInt()
		q := readInt()
		nums := make([]int, n)
		for i := range nums {
			nums[i] = readInt()
		}
		queries := make([]int, q)
		for i := range queries {
			queries[i] = readInt()
		}
		res := locate(nums, queries)
		buf = buf[:0]
		for i, v := range res {
			if i > 0 {
				buf = append(buf, ' ')
			}
			buf = strconv.AppendInt(buf, int64(v), 10)
		}
		buf = append(buf, '\n')
		writer.Write(buf)
	}
}
