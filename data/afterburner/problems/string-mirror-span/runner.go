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
	k, _ := strconv.Atoi(token())
	for t := 0; t < k; t++ {
		s := token()
		writer.WriteString(strconv.Itoa(longestPalindrome(s)))
		writer.WriteByte('\n')
	}
}
