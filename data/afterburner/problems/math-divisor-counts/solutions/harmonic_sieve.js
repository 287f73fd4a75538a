class Solution {
    divisorTally(nums) {
        let top = 0;
        for (const x of nums) if (x > top) top = x;
        // every d adds one to each of its multiples
        const count = new Int32Array(top + 1);
        for (let d = 1; d <= top; d++)
            for (let m = d; m <= top; m += d) count[m]++;
        return nums.map((x) => count[x]);
    }
}
