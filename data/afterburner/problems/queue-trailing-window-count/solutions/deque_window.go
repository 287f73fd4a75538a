import "container/list"

func windowCounts(times []int64, w int64) []int {
	window := list.New()
	res := make([]int, 0, len(times))
	for _, t := range times {
		window.PushBack(t)
		for t-window.Front().Value.(int64) >= w {
			window.Remove(window.Front())
		}
		res = append(res, window.Len())
	}
	return res
}
