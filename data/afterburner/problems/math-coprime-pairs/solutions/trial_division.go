type signedDivisor struct {
	d    int
	sign int64
}

func primeFactors(x int) []int {
	ps := []int{}
	for f := 2; f*f <= x; {
		if x%f == 0 {
			ps = append(ps, f)
			for x%f == 0 {
				x /= f
			}
		}
		if f == 2 {
			f++
		} else {
			f += 2
		}
	}
	if x > 1 {
		ps = append(ps, x)
	}
	return ps
}

func countCoprimePairs(nums []int) int64 {
	times := map[int]int64{}
	for _, x := range nums {
		times[x]++
	}
	// signed squarefree divisors of each distinct value, and how many entries each d divides
	signedDivs := map[int][]signedDivisor{}
	divisible := map[int]int64{}
	for value, t := range times {
		divs := []signedDivisor{{1, 1}}
		for _, p := range primeFactors(value) {
			sz := len(divs)
			for i := 0; i < sz; i++ {
				divs = append(divs, signedDivisor{divs[i].d * p, -divs[i].sign})
			}
		}
		for _, sd := range divs {
			divisible[sd.d] += t
		}
		signedDivs[value] = divs
	}
	var ordered int64 // ordered pairs, an entry with itself included
	for value, t := range times {
		var coprime int64
		for _, sd := range signedDivs[value] {
			coprime += sd.sign * divisible[sd.d]
		}
		ordered += t * coprime
	}
	return (ordered - times[1]) / 2
}
