class Solution {
    public long countCoprimePairs(int[] nums) {
        int top = 0;
        for (int x : nums) top = Math.max(top, x);
        int[] spf = new int[top + 1];
        for (int i = 2; i <= top; i++) {
            if (spf[i] != 0) continue;
            for (int j = i; j <= top; j += i)
                if (spf[j] == 0) spf[j] = i;
        }
        long[] seen = new long[top + 1];  // earlier entries divisible by d
        int[] divs = new int[64];
        int[] signs = new int[64];
        long answer = 0;
        for (int x : nums) {
            int cnt = 1;
            divs[0] = 1;
            signs[0] = 1;
            while (x > 1) {
                int p = spf[x];
                while (x % p == 0) x /= p;
                for (int t = 0; t < cnt; t++) {
                    divs[cnt + t] = divs[t] * p;
                    signs[cnt + t] = -signs[t];
                }
                cnt *= 2;
            }
            for (int t = 0; t < cnt; t++) answer += signs[t] * seen[divs[t]];
            for (int t = 0; t < cnt; t++) seen[divs[t]]++;
        }
        return answer;
    }
}
