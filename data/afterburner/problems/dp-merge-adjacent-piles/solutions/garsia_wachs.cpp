class Solution {
public:
    long long mergeCost(vector<int>& w) {
        // Garsia-Wachs: merge the first pair a[k], a[k+1] with a[k] <= a[k+2], then move
        // the merged pile left past every lighter pile. Sentinels at both ends.
        const long long INF = LLONG_MAX / 4;
        vector<long long> a;
        a.push_back(INF);
        for (int x : w) a.push_back(x);
        a.push_back(INF);
        long long total = 0;
        while (a.size() > 3) {
            size_t k = 1;
            while (a[k - 1] > a[k + 1]) ++k;
            --k;
            long long merged = a[k] + a[k + 1];
            total += merged;
            a.erase(a.begin() + k, a.begin() + k + 2);
            size_t pos = k - 1;
            while (a[pos] < merged) --pos;
            a.insert(a.begin() + pos + 1, merged);
        }
        return total;
    }
};
