class Solution {
    lastRemaining(weights) {
        const items = Int32Array.from(weights);
        let size = items.length;
        const removeMax = () => {
            let best = 0;
            for (let i = 1; i < size; i++) if (items[i] > items[best]) best = i;
            const v = items[best];
            items.copyWithin(best, best + 1, size);
            size--;
            return v;
        };
        while (size > 1) {
            // scan for the largest, close the gap, then do it again for the second
            const x = removeMax();
            const y = removeMax();
            if (x > y) items[size++] = x - y;
        }
        return size === 1 ? items[0] : 0;
    }
}
