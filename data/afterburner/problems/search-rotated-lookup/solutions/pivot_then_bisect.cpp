class Solution {
public:
    vector<int> locate(vector<int>& nums, vector<int>& queries) {
        // find where the minimum sits, then search the one sorted run that can hold v
        int n = nums.size(), lo = 0, hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (nums[mid] > nums[hi]) lo = mid + 1;
            else hi = mid;
        }
        int pivot = lo;
        vector<int> out;
        out.reserve(queries.size());
        for (int v : queries) {
            auto first = nums.begin(), last = nums.end();
            if (pivot > 0 && v >= nums[0]) last = nums.begin() + pivot;
            else first = nums.begin() + pivot;
            auto it = lower_bound(first, last, v);
            out.push_back(it != last && *it == v ? int(it - nums.begin()) : -1);
        }
        return out;
    }
};
