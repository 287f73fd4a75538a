class Solution {
    public long countCoprimePairs(int[] nums) {
        int top = 0;
        for (int x : nums) top = Math.max(top, x);
        int[] freq = new int[top + 1];
        for (int x : nums) freq[x]++;
        // mu from: sum of mu(d) over d | n is 1 for n = 1 and 0 otherwise
        int[] mu = new int[top + 1];
        mu[1] = 1;
        for (int i = 1; i <= top; i++) {
            if (mu[i] == 0) continue;
            for (int j = 2 * i; j <= top; j += i) mu[j] -= mu[i];
        }
        long ordered = 0;  // ordered pairs (i, j), i == j included
        for (int d = 1; d <= top; d++) {
            if (mu[d] == 0) continue;
            long c = 0;
            for (int m = d; m <= top; m += d) c += freq[m];
            ordered += mu[d] * c * c;
        }
        return ordered / 2;
    }
}
