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
        vector<vector<int>> bookings(n, vector<int>(3));
        for (int i = 0; i < n; ++i) cin >> bookings[i][0] >> bookings[i][1] >> bookings[i][2];
        Solution sol;
        cout << sol.maxWeight(bookings) << '\n';
    }
    return 0;
}
