class Solution {
public:
    string collapsePairs(string s) {
        // Doubly linked list over positions 1..n with sentinels 0 and n+1.
        int n = s.size();
        vector<int> prv(n + 2), nxt(n + 2);
        for (int i = 0; i <= n + 1; ++i) {
            prv[i] = i - 1;
            nxt[i] = i + 1;
        }
        int cur = 1;
        while (cur <= n) {
            int b = nxt[cur];
            if (b <= n && s[cur - 1] == s[b - 1]) {
                int a = prv[cur], c = nxt[b];
                nxt[a] = c;
                prv[c] = a;
                // step back so a new pair formed across the gap is seen
                cur = (a == 0) ? c : a;
            } else {
                cur = b;
            }
        }
        string out;
        for (int i = nxt[0]; i <= n; i = nxt[i]) out.push_back(s[i - 1]);
        return out;
    }
};
