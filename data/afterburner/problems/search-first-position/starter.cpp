class Solution {
public:
    vector<int> firstPositions(vector<long long>& nums, vector<long long>& queries) {
        
    }
};
