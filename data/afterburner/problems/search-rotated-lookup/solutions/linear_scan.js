class Solution {
    locate(nums, queries) {
        const out = [];
        for (const v of queries) {
            let found = -1;
            for (let i = 0; i < nums.length; i++) {
                if (nums[i] === v) {
                    found = i;
                    break;
                }
            }
            out.push(found);
        }
        return out;
    }
}
