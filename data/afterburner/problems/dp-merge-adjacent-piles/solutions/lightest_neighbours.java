class Solution {
    public long mergeCost(int[] w) {
        // greedy: always merge the neighbouring pair with the smallest sum
        ArrayList<Long> piles = new ArrayList<>();
        for (int x : w) piles.add((long) x);
        long total = 0;
        while (piles.size() > 1) {
            int k = 0;
            for (int i = 1; i + 1 < piles.size(); i++)
                if (piles.get(i) + piles.get(i + 1) < piles.get(k) + piles.get(k + 1)) k = i;
            long merged = piles.get(k) + piles.get(k + 1);
            total += merged;
            piles.set(k, merged);
            piles.remove(k + 1);
        }
        return total;
    }
}
