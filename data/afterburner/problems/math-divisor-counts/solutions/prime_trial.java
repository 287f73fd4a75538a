class Solution {
    public int[] divisorTally(int[] nums) {
        int top = 0;
        for (int x : nums) top = Math.max(top, x);
        int limit = (int) Math.sqrt(top) + 1;
        boolean[] composite = new boolean[limit + 1];
        List<Integer> primeList = new ArrayList<>();
        for (int i = 2; i <= limit; i++) {
            if (composite[i]) continue;
            primeList.add(i);
            for (int j = i * i; j <= limit; j += i) composite[j] = true;
        }
        int[] primes = primeList.stream().mapToInt(Integer::intValue).toArray();
        int[] res = new int[nums.length];
        for (int i = 0; i < nums.length; i++) {
            int x = nums[i], total = 1;
            for (int p : primes) {
                if (p * p > x) break;
                if (x % p == 0) {
                    int e = 0;
                    while (x % p == 0) { x /= p; e++; }
                    total *= e + 1;
                }
            }
            if (x > 1) total *= 2;
            res[i] = total;
        }
        return res;
    }
}
