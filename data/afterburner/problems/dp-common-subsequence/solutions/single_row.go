func sharedSubsequenceLength(a string, b string) int {
	m := len(b)
	row := make([]int32, m+1)
	for i := 0; i < len(a); i++ {
		ch := a[i]
		var diag int32 // row[j-1] from the previous pass
		for j := 1; j <= m; j++ {
			above := row[j]
			if ch == b[j-1] {
				row[j] = diag + 1
			} else if row[j-1] > above {
				row[j] = row[j-1]
			}
			diag = above
		}
	}
	return int(row[m])
}
