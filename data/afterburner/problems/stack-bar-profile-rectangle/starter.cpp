class Solution {
public:
    long long largestRectangle(vector<int>& heights) {
        
    }
};
