class Solution {
public:
    vector<int> runningMedians(vector<int>& nums) {
        // an ordered multiset with an iterator kept on the lower median
        multiset<int> seen;
        multiset<int>::iterator mid;
        vector<int> out;
        out.reserve(nums.size());
        for (int x : nums) {
            seen.insert(x);
            size_t n = seen.size();
            if (n == 1) {
                mid = seen.begin();
            } else if (x < *mid) {
                // inserted below: for even n the lower median moves down
                if (n % 2 == 0) --mid;
            } else {
                // equal keys go after mid, so this counts as above
                if (n % 2 == 1) ++mid;
            }
            out.push_back(*mid);
        }
        return out;
    }
};
