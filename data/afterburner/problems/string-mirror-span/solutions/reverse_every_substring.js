class Solution {
    longestPalindrome(s) {
        const n = s.length;
        let best = 0;
        for (let i = 0; i < n; i++)
            for (let j = i; j < n; j++) {
                const sub = s.slice(i, j + 1);
                if (sub === sub.split('').reverse().join('')) best = Math.max(best, j - i + 1);
            }
        return best;
    }
}
