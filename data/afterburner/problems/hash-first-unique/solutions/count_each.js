class Solution {
    firstSingle(nums) {
        const n = nums.length;
        for (let i = 0; i < n; i++) {
            let occurrences = 0;
            for (let j = 0; j < n; j++) if (nums[j] === nums[i]) occurrences++;
            if (occurrences === 1) return i;
        }
        return -1;
    }
}
