class Solution {
public:
    long long minFuseCost(vector<int>& nums) {
        // two 16-bit counting-sort passes instead of a comparison sort, then the two-queue merge
        size_t n = nums.size();
        vector<unsigned> a(nums.begin(), nums.end()), tmp(n);
        vector<size_t> cnt(1 << 16);
        for (int shift = 0; shift < 32; shift += 16) {
            fill(cnt.begin(), cnt.end(), 0);
            for (unsigned v : a) cnt[(v >> shift) & 0xffff]++;
            size_t sum = 0;
            for (auto& c : cnt) {
                size_t t = c;
                c = sum;
                sum += t;
            }
            for (unsigned v : a) tmp[cnt[(v >> shift) & 0xffff]++] = v;
            a.swap(tmp);
        }
        vector<long long> fused(n);
        size_t i = 0, j = 0, tail = 0;
        long long total = 0;
        for (size_t step = 1; step < n; ++step) {
            long long s = 0;
            for (int r = 0; r < 2; ++r) {
                if (j >= tail || (i < n && a[i] <= fused[j])) s += a[i++];
                else s += fused[j++];
            }
            fused[tail++] = s;
            total += s;
        }
        return total;
    }
};
