class Solution {
public:
    vector<int> windowMaxima(vector<int>& nums, int k) {
        
    }
};
