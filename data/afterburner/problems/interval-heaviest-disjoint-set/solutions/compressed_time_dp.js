class Solution {
    maxWeight(bookings) {
        const n = bookings.length;
        const times = [];
        const slot = new Map();
        for (const b of bookings) {
            for (const t of [b[0], b[1]]) {
                if (!slot.has(t)) {
                    slot.set(t, 0);
                    times.push(t);
                }
            }
        }
        times.sort((a, b) => a - b);
        times.forEach((t, i) => slot.set(t, i));
        const m = times.length;
        // bookings ending at each time slot
        const ending = Array.from({ length: m }, () => []);
        for (const b of bookings) ending[slot.get(b[1])].push(b);
        const best = new Float64Array(m); // best[t]: bookings that all end by times[t]
        for (let t = 1; t < m; t++) {
            let cur = best[t - 1];
            for (const b of ending[t]) {
                const cand = best[slot.get(b[0])] + b[2];
                if (cand > cur) cur = cand;
            }
            best[t] = cur;
        }
        return best[m - 1];
    }
}
