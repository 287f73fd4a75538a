class Solution {
public:
    vector<int> divisorTally(vector<int>& nums) {
        
    }
};
