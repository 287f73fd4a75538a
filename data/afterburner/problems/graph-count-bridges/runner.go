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
	k := readInt()
	for c := 0; c < k; c++ {
		n := readInt()
		m := readInt()
		edges := make([][]int, m)
		for i := range edges {
			u := readInt()
			v := readInt()
			edges[i] = []int{u, v}
		}
		writer.WriteString(strconv.Itoa(countBridges(n, edges)))
		writer.WriteByte('\n')
	}
}
