class Solution {
    longestPalindrome(s) {
        // only grows around letters, so even-length answers are missed
        const n = s.length;
        let best = 1;
        for (let c = 0; c < n; c++) {
            let k = 1;
            while (c - k >= 0 && c + k < n && s[c - k] === s[c + k]) k++;
            best = Math.max(best, 2 * k - 1);
        }
        return best;
    }
}
