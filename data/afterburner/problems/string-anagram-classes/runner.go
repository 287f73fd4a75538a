package main

import (
	"bufio"
	"os"
	"strconv"
)

==Code Submission==

func main() {
	scanner := bufio.NewScanner(bufio.NewReaderSize(os.Stdin, 1<<16))
	scanner.Buffer(make([]byte, 1<<16), 1<<20)
	scanner.Split(bufio.ScanWords)
	writer := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer writer.Flush()
	next := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	cases, _ := strconv.Atoi(next())
	for c := 0; c < cases; c++ {
		n, _ := strconv.Atoi(next())
		words := make([]string, n)
		for i := range words {
			words[i] = next()
		}
		res := anagramClasses(words)
		writer.WriteString(strconv.Itoa(res[0]) + " " + strconv.Itoa(res[1]) + "\n")
	}
}
