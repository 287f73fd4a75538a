class Solution {
public:
    vector<int> firstPositions(vector<long long>& nums, vector<long long>& queries) {
        vector<int> ans;
        ans.reserve(queries.size());
        for (long long v : queries) {
            int lo = 0, hi = (int) nums.size() - 1, pos = -1;
            while (lo <= hi) {
                int mid = lo + (hi - lo) / 2;
                if (nums[mid] == v) { pos = mid; break; }
                if (nums[mid] < v) lo = mid + 1;
                else hi = mid - 1;
            }
            ans.push_back(pos);
        }
        return ans;
    }
};
