class Solution {
    longestPalindrome(s) {
        // Manacher on the string with separators: ^#a#b#...#$ (as char codes)
        const n = s.length;
        const m = 2 * n + 3;
        const t = new Int32Array(m).fill(-1);
        t[0] = -2;
        t[m - 1] = -3;
        for (let i = 0; i < n; i++) t[2 * i + 2] = s.charCodeAt(i);
        const rad = new Int32Array(m);
        let center = 0, right = 0, best = 0;
        for (let i = 1; i < m - 1; i++) {
            if (i < right) rad[i] = Math.min(right - i, rad[2 * center - i]);
            while (t[i + rad[i] + 1] === t[i - rad[i] - 1]) rad[i]++;
            if (i + rad[i] > right) {
                center = i;
                right = i + rad[i];
            }
            if (rad[i] > best) best = rad[i];
        }
        return best;
    }
}
