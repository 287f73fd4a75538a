class Solution {
    divisorTally(nums) {
        return nums.map((x) => {
            let c = 0;
            for (let d = 1; d <= x; d++)
                if (x % d === 0) c++;
            return c;
        });
    }
}
