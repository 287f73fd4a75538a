class Solution {
public:
    long long loneValue(vector<long long>& nums) {
        set<long long> open;
        for (long long x : nums) {
            auto it = open.find(x);
            if (it != open.end()) open.erase(it);
            else open.insert(x);
        }
        return *open.begin();
    }
};
