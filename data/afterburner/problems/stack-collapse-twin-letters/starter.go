func collapsePairs(s string) string {
    
}
