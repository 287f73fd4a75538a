class Solution {
public:
    long long minFuseCost(vector<int>& nums) {
        // sorted inputs in one queue; fused sums come out non-decreasing, so a second queue suffices
        vector<long long> base(nums.begin(), nums.end());
        sort(base.begin(), base.end());
        size_t n = base.size(), i = 0, j = 0;
        vector<long long> fused;
        fused.reserve(n);
        auto take = [&]() {
            if (j >= fused.size() || (i < n && base[i] <= fused[j])) return base[i++];
            return fused[j++];
        };
        long long total = 0;
        for (size_t step = 1; step < n; ++step) {
            long long s = take();
            s += take();
            total += s;
            fused.push_back(s);
        }
        return total;
    }
};
