class Solution {
public:
    vector<int> anagramClasses(vector<string>& words) {
        // keep the classes in a list and look each signature up by scanning it
        vector<pair<string, int>> classes;
        for (const string& w : words) {
            string key = w;
            sort(key.begin(), key.end());
            bool found = false;
            for (auto& cls : classes) {
                if (cls.first == key) {
                    cls.second++;
                    found = true;
                    break;
                }
            }
            if (!found) classes.push_back({key, 1});
        }
        int best = 0;
        for (auto& cls : classes) best = max(best, cls.second);
        return {(int)classes.size(), best};
    }
};
