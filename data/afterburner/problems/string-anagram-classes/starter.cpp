class Solution {
public:
    vector<int> anagramClasses(vector<string>& words) {
        
    }
};
