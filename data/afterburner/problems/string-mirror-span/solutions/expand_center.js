class Solution {
    longestPalindrome(s) {
        // grow around each of the 2n-1 centres
        const n = s.length;
        let best = 1;
        for (let c = 0; c < 2 * n - 1; c++) {
            let lo = c >> 1, hi = lo + (c & 1);
            while (lo >= 0 && hi < n && s.charCodeAt(lo) === s.charCodeAt(hi)) {
                lo--;
                hi++;
            }
            if (hi - lo - 1 > best) best = hi - lo - 1;
        }
        return best;
    }
}
