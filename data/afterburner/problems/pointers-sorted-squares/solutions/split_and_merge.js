class Solution {
    sortedSquares(nums) {
        // squares of the negatives, read backwards, and of the rest are both sorted
        let split = 0;
        while (split < nums.length && nums[split] < 0) split++;
        const neg = nums.slice(0, split).reverse().map((x) => x * x);
        const pos = nums.slice(split).map((x) => x * x);
        const merged = [];
        let i = 0;
        let j = 0;
        while (i < neg.length && j < pos.length) merged.push(neg[i] <= pos[j] ? neg[i++] : pos[j++]);
        while (i < neg.length) merged.push(neg[i++]);
        while (j < pos.length) merged.push(pos[j++]);
        return merged;
    }
}
