class Solution {
public:
    long long countSequences(int n) {
        
    }
};
