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
        cout << sol.longestPalindrome(s) << '\n';
    }
    return 0;
}
