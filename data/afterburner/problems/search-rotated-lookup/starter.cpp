class Solution {
public:
    vector<int> locate(vector<int>& nums, vector<int>& queries) {
        
    }
};
