class Solution {
    windowMaxima(nums, k) {
        const out = [];
        for (let s = 0; s + k <= nums.length; s++) {
            let best = nums[s];
            for (let j = s + 1; j < s + k; j++) if (nums[j] > best) best = nums[j];
            out.push(best);
        }
        return out;
    }
}
