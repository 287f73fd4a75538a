#include <bits/stdc++.h>
using namespace std;

==Code Submission==

int main() {
    int k;
    if (scanf("%d", &k) != 1) return 0;
    Solution solution;
    for (int c = 0; c < k; c++) {
        int n;
        scanf("%d", &n);
        printf("%lld\n", solution.countSequences(n));
    }
    return 0;
}
