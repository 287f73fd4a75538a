class Solution {
    private static int removeMax(int[] items, int size) {
        int best = 0;
        for (int i = 1; i < size; i++) if (items[i] > items[best]) best = i;
        int v = items[best];
        System.arraycopy(items, best + 1, items, best, size - best - 1);
        return v;
    }

    public int lastRemaining(int[] weights) {
        int[] items = weights.clone();
        int size = items.length;
        while (size > 1) {
            // scan for the largest, close the gap, then do it again for the second
            int x = removeMax(items, size--);
            int y = removeMax(items, size--);
            if (x > y) items[size++] = x - y;
        }
        return size == 1 ? items[0] : 0;
    }
}
