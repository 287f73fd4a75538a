class Solution {
public:
    int firstSingle(vector<long long>& nums) {
        
    }
};
