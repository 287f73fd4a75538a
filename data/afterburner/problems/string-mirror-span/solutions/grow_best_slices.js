class Solution {
    longestPalindrome(s) {
        // a palindrome ending at i can beat the best so far only by one or two letters
        const isPal = (lo, hi) => {
            while (lo < hi) {
                if (s.charCodeAt(lo) !== s.charCodeAt(hi)) return false;
                lo++;
                hi--;
            }
            return true;
        };
        let best = 1;
        for (let i = 1; i < s.length; i++) {
            if (i - best - 1 >= 0 && isPal(i - best - 1, i)) best += 2;
            else if (isPal(i - best, i)) best += 1;
        }
        return best;
    }
}
