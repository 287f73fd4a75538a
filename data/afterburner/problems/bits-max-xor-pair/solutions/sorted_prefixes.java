class Solution {
    public int largestPairXor(int[] nums) {
        // sort once; shifted values stay sorted, so each round dedupes and binary searches
        int[] sorted = nums.clone();
        java.util.Arrays.sort(sorted);
        int[] prefixes = new int[sorted.length];
        int best = 0;
        for (int b = 29; b >= 0; b--) {
            int size = 0;
            for (int x : sorted) {
                int p = x >> b;
                if (size == 0 || prefixes[size - 1] != p) prefixes[size++] = p;
            }
            int candidate = (best << 1) | 1;
            boolean found = false;
            for (int i = 0; i < size && !found; i++) {
                if (java.util.Arrays.binarySearch(prefixes, 0, size, prefixes[i] ^ candidate) >= 0) found = true;
            }
            best = found ? candidate : best << 1;
        }
        return best;
    }
}
