class Solution {
    nearestTripleSum(nums, target) {
        const n = nums.length;
        let best = nums[0] + nums[1] + nums[2];
        for (let i = 0; i < n; i++)
            for (let j = i + 1; j < n; j++)
                for (let k = j + 1; k < n; k++) {
                    const s = nums[i] + nums[j] + nums[k];
                    const d = Math.abs(s - target), bd = Math.abs(best - target);
                    if (d < bd || (d === bd && s < best)) best = s;
                }
        return best;
    }
}
