class Solution {
public:
    vector<int> windowCounts(vector<long long>& times, long long w) {
        
    }
};
