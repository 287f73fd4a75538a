class Solution {
    longestClean(nums) {
        const n = nums.length;
        let best = 0;
        for (let start = 0; start < n; start++) {
            const seen = new Set();
            let end = start;
            while (end < n && !seen.has(nums[end])) seen.add(nums[end++]);
            best = Math.max(best, end - start);
        }
        return best;
    }
}
