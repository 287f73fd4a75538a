class Solution {
    windowMaxima(nums, k) {
        // cut into blocks of k: a window is a suffix of one block plus a prefix of the next
        const n = nums.length;
        const prefix = nums.slice();
        const suffix = nums.slice();
        for (let i = 1; i < n; i++) {
            if (i % k && prefix[i - 1] > prefix[i]) prefix[i] = prefix[i - 1];
        }
        for (let i = n - 2; i >= 0; i--) {
            if ((i + 1) % k && suffix[i + 1] > suffix[i]) suffix[i] = suffix[i + 1];
        }
        const out = [];
        for (let i = 0; i + k <= n; i++) out.push(Math.max(suffix[i], prefix[i + k - 1]));
        return out;
    }
}
