class Solution {
public:
    long long countHeavyPairs(vector<int>& nums, int c) {
        // Fenwick tree over the sorted distinct values, filled left to right
        vector<long long> values(nums.begin(), nums.end());
        sort(values.begin(), values.end());
        values.erase(unique(values.begin(), values.end()), values.end());
        int m = values.size();
        vector<int> tree(m + 1, 0);
        long long answer = 0;
        for (int inserted = 0; inserted < (int)nums.size(); inserted++) {
            long long x = nums[inserted];
            // earlier values that are <= c * x do not count
            int pos = upper_bound(values.begin(), values.end(), (long long)c * x) - values.begin();
            long long atMost = 0;
            for (; pos > 0; pos -= pos & -pos) atMost += tree[pos];
            answer += inserted - atMost;
            int idx = lower_bound(values.begin(), values.end(), x) - values.begin() + 1;
            for (; idx <= m; idx += idx & -idx) tree[idx]++;
        }
        return answer;
    }
};
