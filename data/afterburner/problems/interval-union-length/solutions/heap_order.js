class Solution {
    coveredLength(segments) {
        // binary min-heap of segment indices, ordered by start then end
        const n = segments.length;
        const L = new Float64Array(n);
        const R = new Float64Array(n);
        for (let i = 0; i < n; i++) {
            L[i] = segments[i][0];
            R[i] = segments[i][1];
        }
        const heap = new Int32Array(n);
        let size = 0;
        const less = (a, b) => L[a] < L[b] || (L[a] === L[b] && R[a] < R[b]);
        const push = (v) => {
            let i = size++;
            while (i > 0) {
                const p = (i - 1) >> 1;
                if (!less(v, heap[p])) break;
                heap[i] = heap[p];
                i = p;
            }
            heap[i] = v;
        };
        const pop = () => {
            const top = heap[0];
            const v = heap[--size];
            let i = 0;
            while (true) {
                let c = 2 * i + 1;
                if (c >= size) break;
                if (c + 1 < size && less(heap[c + 1], heap[c])) c++;
                if (!less(heap[c], v)) break;
                heap[i] = heap[c];
                i = c;
            }
            heap[i] = v;
            return top;
        };
        for (let i = 0; i < n; i++) push(i);
        let s = pop();
        let start = L[s];
        let end = R[s];
        let total = 0;
        while (size > 0) {
            s = pop();
            if (L[s] > end) {
                total += end - start;
                start = L[s];
                end = R[s];
            } else if (R[s] > end) {
                end = R[s];
            }
        }
        return total + end - start;
    }
}
