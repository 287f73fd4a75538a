class Solution {
    collapsePairs(s) {
        // erase the first equal pair, then search again from the beginning
        while (true) {
            let i = 0;
            while (i + 1 < s.length && s[i] !== s[i + 1]) i++;
            if (i + 1 >= s.length) return s;
            s = s.slice(0, i) + s.slice(i + 2);
        }
    }
}
