class Solution {
public:
    long long mergeCost(vector<int>& w) {
        
    }
};
