package main

import (
	"bufio"
	"os"
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
	readTriples := func(count int) [][]int {
		rows := make([][]int, count)
		for i := range rows {
			a := readInt()
			b := readInt()
			c := readInt()
			rows[i] = []int{a, b, c}
		}
		return rows
	}
	k := readInt()
	for c := 0; c < k; c++ {
		n := readInt()
		m := readInt()
		q := readInt()
		edges := readTriples(m)
		queries := readTriples(q)
		writer.WriteString(reachableUnder(n, edges, queries))
		writer.WriteByte('\n')
	}
}
