class Solution {
    private static long ways(int k) {
        if (k < 0) return 0;
        if (k == 0) return 1;
        return (ways(k - 1) + ways(k - 2) + ways(k - 3)) % 1_000_000_007L;
    }

    public long countSequences(int n) {
        return ways(n);
    }
}
