class Solution {
    private static List<Integer> primeFactors(int x) {
        List<Integer> ps = new ArrayList<>();
        for (int f = 2; (long) f * f <= x; f += (f == 2 ? 1 : 2)) {
            if (x % f == 0) {
                ps.add(f);
                while (x % f == 0) x /= f;
            }
        }
        if (x > 1) ps.add(x);
        return ps;
    }

    public long countCoprimePairs(int[] nums) {
        HashMap<Integer, Long> times = new HashMap<>();
        for (int x : nums) times.merge(x, 1L, Long::sum);
        // signed squarefree divisors of each distinct value
        HashMap<Integer, List<int[]>> signedDivs = new HashMap<>();
        HashMap<Integer, Long> divisible = new HashMap<>();
        for (Map.Entry<Integer, Long> e : times.entrySet()) {
            List<int[]> divs = new ArrayList<>();
            divs.add(new int[]{1, 1});
            for (int p : primeFactors(e.getKey())) {
                int sz = divs.size();
                for (int i = 0; i < sz; i++) divs.add(new int[]{divs.get(i)[0] * p, -divs.get(i)[1]});
            }
            for (int[] ds : divs) divisible.merge(ds[0], e.getValue(), Long::sum);
            signedDivs.put(e.getKey(), divs);
        }
        long ordered = 0;  // ordered pairs, an entry with itself included
        for (Map.Entry<Integer, Long> e : times.entrySet()) {
            long coprime = 0;
            for (int[] ds : signedDivs.get(e.getKey())) coprime += ds[1] * divisible.get(ds[0]);
            ordered += e.getValue() * coprime;
        }
        long ones = times.getOrDefault(1, 0L);
        return (ordered - ones) / 2;
    }
}
