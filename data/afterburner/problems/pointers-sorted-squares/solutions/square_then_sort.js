class Solution {
    sortedSquares(nums) {
        return nums.map((x) => x * x).sort((a, b) => a - b);
    }
}
