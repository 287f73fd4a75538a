class Solution {
public:
    int longestClean(vector<long long>& nums) {
        
    }
};
