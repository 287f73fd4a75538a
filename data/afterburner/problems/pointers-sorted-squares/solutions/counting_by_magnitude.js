class Solution {
    sortedSquares(nums) {
        const biggest = Math.max(Math.abs(nums[0]), Math.abs(nums[nums.length - 1]));
        const counts = new Int32Array(biggest + 1);
        for (const x of nums) counts[Math.abs(x)]++;
        const result = new Array(nums.length);
        let k = 0;
        for (let v = 0; v <= biggest; v++)
            for (let c = counts[v]; c > 0; c--) result[k++] = v * v;
        return result;
    }
}
