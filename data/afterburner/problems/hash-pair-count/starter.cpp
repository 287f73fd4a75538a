class Solution {
public:
    long long countPairs(vector<long long>& nums, long long target) {
        
    }
};
