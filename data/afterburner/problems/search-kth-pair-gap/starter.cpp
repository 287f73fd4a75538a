class Solution {
public:
    long long kthGap(vector<long long>& nums, long long k) {
        
    }
};
