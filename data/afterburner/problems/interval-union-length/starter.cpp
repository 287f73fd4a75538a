class Solution {
public:
    long long coveredLength(vector<vector<int>>& segments) {
        
    }
};
