class Solution {
    sortedSquares(nums) {
        const sq = nums.map((x) => x * x);
        for (let i = 1; i < sq.length; i++) {
            const key = sq[i];
            let j = i - 1;
            while (j >= 0 && sq[j] > key) {
                sq[j + 1] = sq[j];
                j--;
            }
            sq[j + 1] = key;
        }
        return sq;
    }
}
