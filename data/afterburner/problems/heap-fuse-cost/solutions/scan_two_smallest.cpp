class Solution {
public:
    long long minFuseCost(vector<int>& nums) {
        vector<long long> items(nums.begin(), nums.end());
        long long total = 0;
        while (items.size() > 1) {
            // find the two smallest by a full scan every round
            size_t a = 0, b = 1;
            if (items[b] < items[a]) swap(a, b);
            for (size_t i = 2; i < items.size(); ++i) {
                if (items[i] < items[a]) {
                    b = a;
                    a = i;
                } else if (items[i] < items[b]) {
                    b = i;
                }
            }
            long long s = items[a] + items[b];
            total += s;
            items[a] = s;
            items[b] = items.back();
            items.pop_back();
        }
        return total;
    }
};
