func countCoprimePairs(nums []int) int64 {
	top := 0
	for _, x := range nums {
		if x > top {
			top = x
		}
	}
	spf := make([]int, top+1)
	for i := 2; i <= top; i++ {
		if spf[i] != 0 {
			continue
		}
		for j := i; j <= top; j += i {
			if spf[j] == 0 {
				spf[j] = i
			}
		}
	}
	seen := make([]int64, top+1) // earlier entries divisible by d
	var divs [64]int
	var signs [64]int64
	var answer int64
	for _, x := range nums {
		cnt := 1
		divs[0], signs[0] = 1, 1
		for x > 1 {
			p := spf[x]
			for x%p == 0 {
				x /= p
			}
			for t := 0; t < cnt; t++ {
				divs[cnt+t] = divs[t] * p
				signs[cnt+t] = -signs[t]
			}
			cnt *= 2
		}
		for t := 0; t < cnt; t++ {
			answer += signs[t] * seen[divs[t]]
		}
		for t := 0; t < cnt; t++ {
			seen[divs[t]]++
		}
	}
	return answer
}
