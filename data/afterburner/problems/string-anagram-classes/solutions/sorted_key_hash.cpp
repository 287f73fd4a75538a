class Solution {
public:
    vector<int> anagramClasses(vector<string>& words) {
        // equivalent words have the same letters in sorted order
        unordered_map<string, int> sizes;
        sizes.reserve(words.size() * 2);
        int best = 0;
        for (const string& w : words) {
            string key = w;
            sort(key.begin(), key.end());
            best = max(best, ++sizes[key]);
        }
        return {(int)sizes.size(), best};
    }
};
