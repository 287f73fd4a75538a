class Solution {
public:
    long long countExactSum(vector<long long>& nums, long long k) {
        
    }
};
