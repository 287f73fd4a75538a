class Solution {
public:
    vector<int> nextGreaterGap(vector<int>& nums) {
        
    }
};
