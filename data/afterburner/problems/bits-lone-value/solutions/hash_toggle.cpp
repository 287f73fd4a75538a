class Solution {
public:
    long long loneValue(vector<long long>& nums) {
        unordered_set<long long> open;
        for (long long x : nums) {
            if (!open.erase(x)) open.insert(x);
        }
        return *open.begin();
    }
};
