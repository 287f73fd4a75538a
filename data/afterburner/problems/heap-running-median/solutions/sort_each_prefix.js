class Solution {
    runningMedians(nums) {
        const out = [];
        for (let i = 1; i <= nums.length; i++) {
            const prefix = nums.slice(0, i).sort((a, b) => a - b);
            out.push(prefix[(i - 1) >> 1]);
        }
        return out;
    }
}
