class Solution {
public:
    vector<long long> rangeSums(vector<long long>& nums, vector<vector<int>>& queries) {
        
    }
};
