package main

import (
	"bufio"
	"container/heap"
	"os"
	"sort"
	"strconv"
)

var _ = sort.Ints
var _ = heap.Init

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
		intervals := make([][]int, n)
		for i := 0; i < n; i++ {
			l := nextInt()
			r := nextInt()
			intervals[i] = []int{l, r}
		}
		writer.WriteString(strconv.Itoa(minTracks(intervals)))
		writer.WriteByte('\n')
	}
}
