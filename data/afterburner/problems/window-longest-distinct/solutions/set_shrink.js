class Solution {
    longestClean(nums) {
        const window = new Set();
        let left = 0;
        let best = 0;
        for (const x of nums) {
            while (window.has(x)) window.delete(nums[left++]);
            window.add(x);
            if (window.size > best) best = window.size;
        }
        return best;
    }
}
