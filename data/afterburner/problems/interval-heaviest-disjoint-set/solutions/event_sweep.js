class Solution {
    maxWeight(bookings) {
        const n = bookings.length;
        // one packed key per event (exact below 2^53): time, ends before starts, index
        const ev = new Float64Array(2 * n);
        for (let i = 0; i < n; i++) {
            ev[2 * i] = bookings[i][0] * 262144 + 131072 + i;
            ev[2 * i + 1] = bookings[i][1] * 262144 + i;
        }
        ev.sort();
        const value = new Float64Array(n);
        let best = 0;
        for (let q = 0; q < ev.length; q++) {
            const low = ev[q] % 262144;
            if (low >= 131072) {
                const i = low - 131072;
                value[i] = best + bookings[i][2];
            } else if (value[low] > best) {
                best = value[low];
            }
        }
        return best;
    }
}
