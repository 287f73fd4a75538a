class Solution {
public:
    long long loneValue(vector<long long>& nums) {
        
    }
};
