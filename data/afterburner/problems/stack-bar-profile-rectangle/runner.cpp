#include <bits/stdc++.h>
using namespace std;

==Code Submission==

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int k;
    if (!(cin >> k)) return 0;
    while (k--) {
        int n;
        cin >> n;
        vector<int> heights(n);
        for (auto& x : heights) cin >> x;
        Solution sol;
        cout << sol.largestRectangle(heights) << '\n';
    }
    return 0;
}
