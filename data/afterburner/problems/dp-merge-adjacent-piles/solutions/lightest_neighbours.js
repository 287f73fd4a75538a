class Solution {
    mergeCost(w) {
        // greedy: always merge the neighbouring pair with the smallest sum
        const piles = w.slice();
        let total = 0;
        while (piles.length > 1) {
            let k = 0;
            for (let i = 1; i + 1 < piles.length; i++)
                if (piles[i] + piles[i + 1] < piles[k] + piles[k + 1]) k = i;
            const merged = piles[k] + piles[k + 1];
            total += merged;
            piles.splice(k, 2, merged);
        }
        return total;
    }
}
