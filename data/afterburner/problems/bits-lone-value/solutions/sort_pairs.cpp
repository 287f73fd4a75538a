class Solution {
public:
    long long loneValue(vector<long long>& nums) {
        vector<long long> s(nums);
        sort(s.begin(), s.end());
        for (size_t i = 0; i + 1 < s.size(); i += 2)
            if (s[i] != s[i + 1]) return s[i];
        return s.back();
    }
};
