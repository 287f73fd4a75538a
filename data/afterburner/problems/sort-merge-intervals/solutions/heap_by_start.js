class Solution {
    unionIntervals(intervals) {
        // A binary min-heap (by start) hands out intervals; pop while they meet the block.
        const heap = intervals.slice();
        const less = (i, j) => heap[i][0] < heap[j][0];
        const down = (i) => {
            const size = heap.length;
            for (;;) {
                const a = 2 * i + 1, b = a + 1;
                let best = i;
                if (a < size && less(a, best)) best = a;
                if (b < size && less(b, best)) best = b;
                if (best === i) return;
                [heap[i], heap[best]] = [heap[best], heap[i]];
                i = best;
            }
        };
        const pop = () => {
            const top = heap[0];
            const last = heap.pop();
            if (heap.length > 0) {
                heap[0] = last;
                down(0);
            }
            return top;
        };
        for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
        const result = [];
        while (heap.length > 0) {
            let [l, r] = pop();
            while (heap.length > 0 && heap[0][0] <= r) {
                const next = pop();
                if (next[1] > r) r = next[1];
            }
            result.push([l, r]);
        }
        return result;
    }
}
