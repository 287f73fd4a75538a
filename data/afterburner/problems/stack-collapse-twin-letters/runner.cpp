#include <bits/stdc++.h>
using namespace std;

==Code Submission==

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int k;
    if (!(cin >> k)) return 0;
    while (k--) {
        string s;
        cin >> s;
        Solution sol;
        string r = sol.collapsePairs(s);
        cout << (r.empty() ? string("EMPTY") : r) << '\n';
    }
    return 0;
}
