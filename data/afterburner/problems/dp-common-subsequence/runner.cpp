#include <bits/stdc++.h>
using namespace std;

==Code Submission==

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int k;
    if (!(cin >> k)) return 0;
    Solution solution;
    for (int c = 0; c < k; c++) {
        string a, b;
        cin >> a >> b;
        cout << solution.sharedSubsequenceLength(a, b) << '\n';
    }
    return 0;
}
