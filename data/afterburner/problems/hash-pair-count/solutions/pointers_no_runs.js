class Solution {
    countPairs(nums, target) {
        const a = Float64Array.from(nums).sort();
        let i = 0;
        let j = a.length - 1;
        let total = 0;
        while (i < j) {
            const s = a[i] + a[j];
            if (s === target) {
                total++;
                i++;
                j--;
            } else if (s < target) {
                i++;
            } else {
                j--;
            }
        }
        return total;
    }
}
