class Solution {
    minFuseCost(nums) {
        const a = Float64Array.from(nums).sort();
        let total = 0;
        let acc = a[0];
        for (let i = 1; i < a.length; i++) {
            acc += a[i];
            total += acc;
        }
        return total;
    }
}
