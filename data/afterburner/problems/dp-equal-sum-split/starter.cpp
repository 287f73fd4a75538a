class Solution {
public:
    bool canSplitEvenly(vector<int>& nums) {
        
    }
};
