class Solution {
public:
    int lastRemaining(vector<int>& weights) {
        
    }
};
