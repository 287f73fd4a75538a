func anagramClasses(words []string) []int {
	
}
