class Solution {
    private int[] a, heap;
    private int p, hs;

    private int take() {
        if (hs > 0 && (p == a.length || heap[0] >= a[p])) {
            int top = heap[0];
            int v = heap[--hs];
            int i = 0;
            while (true) {
                int c = 2 * i + 1;
                if (c >= hs) break;
                if (c + 1 < hs && heap[c + 1] > heap[c]) c++;
                if (heap[c] <= v) break;
                heap[i] = heap[c];
                i = c;
            }
            heap[i] = v;
            return top;
        }
        return a[p++];
    }

    private void push(int v) {
        int i = hs++;
        while (i > 0) {
            int q = (i - 1) >> 1;
            if (heap[q] >= v) break;
            heap[i] = heap[q];
            i = q;
        }
        heap[i] = v;
    }

    public int lastRemaining(int[] weights) {
        // the original weights are consumed from a sorted array (largest first);
        // only the differences go through a primitive max-heap
        int n = weights.length;
        int[] s = weights.clone();
        Arrays.sort(s);
        a = new int[n];
        for (int i = 0; i < n; i++) a[i] = s[n - 1 - i];
        heap = new int[n];
        p = 0;
        hs = 0;
        while ((n - p) + hs > 1) {
            int x = take();
            int y = take();
            if (x > y) push(x - y);
        }
        return (n - p) + hs == 1 ? take() : 0;
    }
}
