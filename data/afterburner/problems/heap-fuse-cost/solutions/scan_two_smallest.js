class Solution {
    minFuseCost(nums) {
        const items = Float64Array.from(nums);
        let size = items.length;
        let total = 0;
        while (size > 1) {
            // find the two smallest by a full scan every round
            let a = 0;
            let b = 1;
            if (items[b] < items[a]) {
                a = 1;
                b = 0;
            }
            for (let i = 2; i < size; i++) {
                if (items[i] < items[a]) {
                    b = a;
                    a = i;
                } else if (items[i] < items[b]) {
                    b = i;
                }
            }
            const s = items[a] + items[b];
            total += s;
            items[a] = s;
            items[b] = items[size - 1];
            size--;
        }
        return total;
    }
}
