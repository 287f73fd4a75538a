class Solution {
public:
    vector<int> anagramClasses(vector<string>& words) {
        // sort every signature, then count runs of equal ones
        vector<string> sigs;
        sigs.reserve(words.size());
        for (const string& w : words) {
            string key = w;
            sort(key.begin(), key.end());
            sigs.push_back(move(key));
        }
        sort(sigs.begin(), sigs.end());
        int classes = 0, best = 0, run = 0;
        for (size_t i = 0; i < sigs.size(); i++) {
            if (i == 0 || sigs[i] != sigs[i - 1]) {
                classes++;
                run = 0;
            }
            best = max(best, ++run);
        }
        return {classes, best};
    }
};
