class Solution {
    loneValue(nums) {
        const s = Float64Array.from(nums).sort();
        for (let i = 0; i + 1 < s.length; i += 2) {
            if (s[i] !== s[i + 1]) return s[i];
        }
        return s[s.length - 1];
    }
}
