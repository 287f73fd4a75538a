class Solution {
public:
    vector<int> oneBitCounts(int n) {
        
    }
};
