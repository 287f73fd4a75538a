class Solution {
public:
    vector<int> runningMedians(vector<int>& nums) {
        
    }
};
