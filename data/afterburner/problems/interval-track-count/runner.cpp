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
        vector<vector<int>> intervals(n, vector<int>(2));
        for (int i = 0; i < n; ++i) cin >> intervals[i][0] >> intervals[i][1];
        Solution sol;
        cout << sol.minTracks(intervals) << '\n';
    }
    return 0;
}
