class Solution {
public:
    long long countHeavyPairs(vector<int>& nums, int c) {
        // the values seen so far live in sorted blocks of bounded size
        const size_t B = 512;
        vector<vector<long long>> blocks;
        long long count = 0;
        for (int v : nums) {
            long long x = v, bound = (long long)c * x;
            // count seen values greater than bound
            for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
                if (it->back() <= bound) break;
                if (it->front() > bound) {
                    count += it->size();
                } else {
                    count += it->end() - upper_bound(it->begin(), it->end(), bound);
                    break;
                }
            }
            // insert x into the first block whose last value is >= x
            size_t b = 0;
            while (b < blocks.size() && blocks[b].back() < x) b++;
            if (blocks.empty()) {
                blocks.push_back({x});
                continue;
            }
            if (b == blocks.size()) b--;
            auto& blk = blocks[b];
            blk.insert(upper_bound(blk.begin(), blk.end(), x), x);
            if (blk.size() > 2 * B) {
                vector<long long> tail(blk.begin() + B, blk.end());
                blk.resize(B);
                blocks.insert(blocks.begin() + b + 1, tail);
            }
        }
        return count;
    }
};
