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
	readToken := func() string {
		b, err := reader.ReadByte()
		for err == nil && (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
			b, err = reader.ReadByte()
		}
		buf := make([]byte, 0, 16)
		for err == nil && b != ' ' && b != '\n' && b != '\r' && b != '\t' {
			buf = append(buf, b)
			b, err = reader.ReadByte()
		}
		return string(buf)
	}
	readInt := func() int {
		v, _ := strconv.Atoi(readToken())
		return v
	}
	k := readInt()
	for t := 0; t < k; t++ {
		r := readInt()
		readInt()
		grid := make([]string, r)
		for i := range grid {
			grid[i] = readToken()
		}
		writer.WriteString(strconv.Itoa(countIslands(grid)))
		writer.WriteByte('\n')
	}
}
