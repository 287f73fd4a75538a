class Solution {
public:
    vector<vector<int>> unionIntervals(vector<vector<int>>& intervals) {
        // Merge any meeting pair found, then start the search over.
        vector<vector<int>> blocks(intervals);
        bool changed = true;
        while (changed) {
            changed = false;
            for (size_t i = 0; i < blocks.size() && !changed; i++) {
                for (size_t j = i + 1; j < blocks.size(); j++) {
                    if (blocks[i][0] <= blocks[j][1] && blocks[j][0] <= blocks[i][1]) {
                        blocks[i] = {min(blocks[i][0], blocks[j][0]), max(blocks[i][1], blocks[j][1])};
                        blocks.erase(blocks.begin() + j);
                        changed = true;
                        break;
                    }
                }
            }
        }
        sort(blocks.begin(), blocks.end());
        return blocks;
    }
};
