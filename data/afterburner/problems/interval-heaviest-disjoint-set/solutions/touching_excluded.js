class Solution {
    maxWeight(bookings) {
        const items = bookings.slice().sort((a, b) => a[1] - b[1]);
        const n = items.length;
        const ends = new Float64Array(n);
        for (let i = 0; i < n; i++) ends[i] = items[i][1];
        const best = new Float64Array(n + 1);
        for (let i = 0; i < n; i++) {
            const s = items[i][0];
            let lo = 0;
            let hi = i;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (ends[mid] < s) lo = mid + 1;
                else hi = mid;
            }
            best[i + 1] = Math.max(best[i], best[lo] + items[i][2]);
        }
        return best[n];
    }
}
