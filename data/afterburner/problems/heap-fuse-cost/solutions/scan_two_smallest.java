class Solution {
    public long minFuseCost(int[] nums) {
        int size = nums.length;
        long[] items = new long[size];
        for (int i = 0; i < size; i++) items[i] = nums[i];
        long total = 0;
        while (size > 1) {
            // find the two smallest by a full scan every round
            int a = 0, b = 1;
            if (items[b] < items[a]) {
                a = 1;
                b = 0;
            }
            for (int i = 2; i < size; i++) {
                if (items[i] < items[a]) {
                    b = a;
                    a = i;
                } else if (items[i] < items[b]) {
                    b = i;
                }
            }
            long s = items[a] + items[b];
            total += s;
            items[a] = s;
            items[b] = items[size - 1];
            size--;
        }
        return total;
    }
}
