class Solution {
public:
    vector<int> locate(vector<int>& nums, vector<int>& queries) {
        // one binary search per query: one half of [lo, hi] is always sorted
        vector<int> out;
        out.reserve(queries.size());
        for (int v : queries) {
            int lo = 0, hi = (int)nums.size() - 1, found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) / 2, m = nums[mid];
                if (m == v) { found = mid; break; }
                if (nums[lo] <= m) {
                    if (nums[lo] <= v && v < m) hi = mid - 1;
                    else lo = mid + 1;
                } else {
                    if (m < v && v <= nums[hi]) lo = mid + 1;
                    else hi = mid - 1;
                }
            }
            out.push_back(found);
        }
        return out;
    }
};
