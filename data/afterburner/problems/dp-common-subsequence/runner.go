package main

import (
	"bufio"
	"os"
	"strconv"
)

==Code Submission==

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<26)
	scanner.Split(bufio.ScanWords)
	writer := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer writer.Flush()
	next := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	k, _ := strconv.Atoi(next())
	for c := 0; c < k; c++ {
		a := next()
		b := next()
		writer.WriteString(strconv.Itoa(sharedSubsequenceLength(a, b)))
		writer.WriteByte('\n')
	}
}
