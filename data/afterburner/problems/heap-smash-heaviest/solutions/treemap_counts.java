class Solution {
    public int lastRemaining(int[] weights) {
        // ordered map value -> count; pairs of the largest value cancel in bulk
        TreeMap<Integer, Integer> count = new TreeMap<>();
        for (int w : weights) count.merge(w, 1, Integer::sum);
        while (!count.isEmpty()) {
            Map.Entry<Integer, Integer> top = count.pollLastEntry();
            int x = top.getKey();
            if (top.getValue() % 2 == 0) continue;
            if (count.isEmpty()) return x;
            Map.Entry<Integer, Integer> second = count.lastEntry();
            int y = second.getKey();
            if (second.getValue() == 1) count.remove(y);
            else count.put(y, second.getValue() - 1);
            count.merge(x - y, 1, Integer::sum);
        }
        return 0;
    }
}
