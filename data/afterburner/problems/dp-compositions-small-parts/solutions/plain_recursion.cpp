class Solution {
    static long long ways(int k) {
        if (k < 0) return 0;
        if (k == 0) return 1;
        return (ways(k - 1) + ways(k - 2) + ways(k - 3)) % 1000000007LL;
    }

public:
    long long countSequences(int n) {
        return ways(n);
    }
};
