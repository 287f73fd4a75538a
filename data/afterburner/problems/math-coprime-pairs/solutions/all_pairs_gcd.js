class Solution {
    countCoprimePairs(nums) {
        const gcd = (a, b) => {
            while (b !== 0) {
                const t = a % b;
                a = b;
                b = t;
            }
            return a;
        };
        let count = 0;
        for (let i = 0; i < nums.length; i++)
            for (let j = i + 1; j < nums.length; j++)
                if (gcd(nums[i], nums[j]) === 1) count++;
        return count;
    }
}
