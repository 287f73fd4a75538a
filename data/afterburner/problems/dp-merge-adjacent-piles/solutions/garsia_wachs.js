class Solution {
    mergeCost(w) {
        // Garsia-Wachs: merge the first pair a[k], a[k+1] with a[k] <= a[k+2], then move
        // the merged pile left past every lighter pile. Sentinels at both ends.
        const a = [Infinity, ...w, Infinity];
        let total = 0;
        while (a.length > 3) {
            let k = 1;
            while (a[k - 1] > a[k + 1]) k++;
            k--;
            const merged = a[k] + a[k + 1];
            total += merged;
            a.splice(k, 2);
            let pos = k - 1;
            while (a[pos] < merged) pos--;
            a.splice(pos + 1, 0, merged);
        }
        return total;
    }
}
