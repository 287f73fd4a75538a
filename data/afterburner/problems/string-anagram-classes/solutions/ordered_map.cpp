class Solution {
public:
    vector<int> anagramClasses(vector<string>& words) {
        // counting-sort each word's letters; classes kept in a balanced search tree
        map<string, int> sizes;
        int best = 0;
        for (const string& w : words) {
            int counts[26] = {0};
            for (char ch : w) counts[ch - 'a']++;
            string key;
            for (int c = 0; c < 26; c++) key.append(counts[c], char('a' + c));
            best = max(best, ++sizes[key]);
        }
        return {(int)sizes.size(), best};
    }
};
