class Solution {
    public long countSequences(int n) {
        final long MOD = 1_000_000_007L;
        HashMap<Integer, Long> memo = new HashMap<>();
        memo.put(0, 1L);
        for (int i = 1; i <= n; i++) {
            long total = 0;
            for (int part = 1; part <= 3; part++) {
                total += memo.getOrDefault(i - part, 0L);
            }
            memo.put(i, total % MOD);
        }
        return memo.get(n);
    }
}
