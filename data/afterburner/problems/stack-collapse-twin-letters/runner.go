package main

import (
	"bufio"
	"os"
)

==Code Submission==

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<20)
	writer := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer writer.Flush()
	token := func() string {
		var b []byte
		c, err := reader.ReadByte()
		for err == nil && c <= ' ' {
			c, err = reader.ReadByte()
		}
		for err == nil && c > ' ' {
			b = append(b, c)
			c, err = reader.ReadByte()
		}
		return string(b)
	}
	k := 0
	for _, c := range token() {
		k = k*10 + int(c-'0')
	}
	for t := 0; t < k; t++ {
		s := token()
		r := collapsePairs(s)
		if len(r) == 0 {
			r = "EMPTY"
		}
		writer.WriteString(r)
		writer.WriteByte('\n')
	}
}
