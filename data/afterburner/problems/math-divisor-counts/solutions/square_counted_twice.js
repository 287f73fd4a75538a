class Solution {
    divisorTally(nums) {
        return nums.map((x) => {
            let c = 0;
            for (let i = 1; i * i <= x; i++)
                if (x % i === 0) c += 2; // i and x / i
            return c;
        });
    }
}
